"""An assignment (Helpdesk / Assignment Rule) makes the assignee responsible while the fallback person still is."""

import frappe

from casmes_aftersales.casmes_aftersales.doctype.ticket_status_log.ticket_status_log import write_status_log


def after_insert(todo, method=None):
	if todo.reference_type != "HD Ticket" or todo.status != "Open" or not todo.allocated_to:
		return
	ticket = frappe.db.get_value(
		"HD Ticket", todo.reference_name, ["casmes_responsible", "casmes_sla_profile", "status"], as_dict=True
	)
	if not ticket or ticket.casmes_responsible == todo.allocated_to:
		return
	fallback = frappe.db.get_value("SLA Profile", ticket.casmes_sla_profile, "default_responsible")
	if ticket.casmes_responsible and ticket.casmes_responsible != fallback:
		return
	frappe.db.set_value(
		"HD Ticket", todo.reference_name, "casmes_responsible", todo.allocated_to, update_modified=False
	)
	write_status_log(
		todo.reference_name,
		"Responsible Change",
		to_status=ticket.status,
		previous_responsible=ticket.casmes_responsible,
		responsible=todo.allocated_to,
	)
