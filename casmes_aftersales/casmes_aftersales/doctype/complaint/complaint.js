// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.ui.form.on("Complaint", {
	refresh(frm) {
		if (frm.doc.ticket) {
			frm.add_custom_button(__("Ticket"), () => frappe.set_route("Form", "HD Ticket", frm.doc.ticket));
		}
		if (frm.doc.severity === "Major" && frm.doc.status !== "Closed") {
			frm.dashboard.set_headline_alert(__("Major complaint: tracked until closed with verified actions"), "orange");
		}
	},
});
