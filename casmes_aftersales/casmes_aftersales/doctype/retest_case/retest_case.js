// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.ui.form.on("Retest Case", {
	refresh(frm) {
		if (frm.doc.ticket) {
			frm.add_custom_button(__("Ticket"), () => frappe.set_route("Form", "HD Ticket", frm.doc.ticket));
		}
		const erpnext = frappe.boot.versions && frappe.boot.versions.erpnext;
		if (erpnext && !frm.is_new() && !frm.doc.quotation && frm.doc.retest_class !== "Free" && frm.doc.fee > 0) {
			frm.add_custom_button(__("Create Quotation"), () =>
				frappe
					.call({
						method: "casmes_aftersales.integrations.erpnext.quotation.make_retest_quotation",
						args: { retest_case: frm.doc.name },
					})
					.then(({ message }) => frappe.set_route("Form", "Quotation", message))
			);
		}
		if (frm.doc.proposed_code && frm.doc.proposed_code !== frm.doc.cause_code) {
			frm.dashboard.set_headline_alert(
				__("The retest is within tolerance of the original result: cause {0} applies", [frm.doc.proposed_code]),
				"blue"
			);
		}
	},
});
