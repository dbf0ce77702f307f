// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt
// Desk actions on an after-sales ticket: accept with the agreed plan and deadline (7.1.3), change the deadline
// with the customer's consent, and log an answer given by phone or online chat (7.1.1).

frappe.ui.form.on("HD Ticket", {
	refresh(frm) {
		if (frm.is_new()) return;
		const group = __("After-sales");
		if (!frm.doc.casmes_accepted_at) {
			frm.add_custom_button(__("Accept"), () => casmes_accept(frm), group);
		} else {
			frm.add_custom_button(__("Change Deadline"), () => casmes_change_deadline(frm), group);
		}
		frm.add_custom_button(__("Log Phone or Chat Answer"), () => casmes_log_response(frm), group);
		frm.add_custom_button(__("Retest Case"), () => casmes_open_pair(frm, "Retest Case"), group);
		frm.add_custom_button(__("Complaint"), () => casmes_open_pair(frm, "Complaint"), group);
		if (frm.doc.casmes_needs_agreement) {
			frm.dashboard.set_headline_alert(
				__("Answered without an agreed plan and deadline: accept the ticket with the customer"),
				"orange"
			);
		}
	},
});

function casmes_call(frm, method, args) {
	return frappe
		.call({ method: `casmes_aftersales.api.ticket.${method}`, args: { ticket: frm.doc.name, ...args } })
		.then(() => frm.reload_doc());
}

function casmes_accept(frm) {
	frappe.prompt(
		[
			{ fieldname: "plan", fieldtype: "Small Text", label: __("Agreed Plan"), reqd: 1 },
			{ fieldname: "deadline", fieldtype: "Datetime", label: __("Agreed Deadline"), reqd: 1 },
		],
		(values) => casmes_call(frm, "accept", values),
		__("Accept")
	);
}

function casmes_change_deadline(frm) {
	frappe.prompt(
		[
			{ fieldname: "new_deadline", fieldtype: "Datetime", label: __("New Deadline"), reqd: 1 },
			{ fieldname: "new_plan", fieldtype: "Small Text", label: __("New Plan"), default: frm.doc.casmes_agreed_plan },
			{ fieldname: "reason", fieldtype: "Small Text", label: __("Reason"), reqd: 1 },
			{ fieldname: "customer_consent", fieldtype: "Check", label: __("Customer Consented"), reqd: 1 },
			{ fieldname: "consent_note", fieldtype: "Data", label: __("How the Customer Consented") },
		],
		(values) => casmes_call(frm, "change_deadline", values),
		__("Change Deadline")
	);
}

function casmes_log_response(frm) {
	frappe.prompt(
		[
			{
				fieldname: "channel",
				fieldtype: "Select",
				label: __("Intake Channel"),
				options: [
					{ value: "Phone", label: __("Phone") },
					{ value: "Online Chat", label: __("Online Chat") },
				],
				default: "Phone",
				reqd: 1,
			},
			{ fieldname: "summary", fieldtype: "Small Text", label: __("Summary"), reqd: 1 },
		],
		(values) => casmes_call(frm, "log_response", values),
		__("Log Phone or Chat Answer")
	);
}

function casmes_open_pair(frm, doctype) {
	frappe
		.call({
			method: "casmes_aftersales.tickets.pairs.create_for_ticket",
			args: { ticket: frm.doc.name, doctype },
		})
		.then(({ message }) => frappe.set_route("Form", doctype, message));
}
