// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.ui.form.on("Working Calendar", {
	setup(frm) {
		frm.set_df_property("time_zone", "options", frappe.boot.timezones || []);
	},
	refresh(frm) {
		if (frm.doc.official_data_note) {
			frm.dashboard.set_headline_alert(frm.doc.official_data_note, "orange");
		}
		if (!frm.is_new()) {
			frm.add_custom_button(__("Load China Official Year"), () => {
				frappe.prompt(
					{
						fieldname: "year",
						fieldtype: "Int",
						label: __("Year"),
						reqd: 1,
						default: new Date().getFullYear(),
					},
					({ year }) =>
						frm.call("load_official_year", { year }).then(({ message }) => {
							frm.reload_doc();
							frappe.show_alert({
								message: __("Loaded {0} holidays and {1} make-up working days", [
									message.holidays,
									message.makeup_days,
								]),
								indicator: "green",
							});
						}),
					__("Load China Official Year")
				);
			});
		}
	},
});
