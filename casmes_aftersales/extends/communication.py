"""First response (R7.1.1) = the first staff reply on any channel: an email or portal reply, or a phone call or
chat answer logged by staff (``api.ticket.log_response``), all of which are Communications sent on the ticket."""

import frappe
from frappe.utils import get_datetime, now_datetime

from casmes_aftersales.helpdesk_compat import is_staff
from casmes_aftersales.tickets import clocks

CLOCK_FIELDS = (
	"casmes_first_response_at",
	"casmes_response_due",
	"casmes_response_status",
	"casmes_response_warn_at",
	"casmes_needs_agreement",
)


def _on_ticket(communication) -> bool:
	return communication.reference_doctype == "HD Ticket" and bool(communication.reference_name)


def is_staff_reply(communication) -> bool:
	return (
		_on_ticket(communication)
		and communication.sent_or_received == "Sent"
		and communication.communication_type == "Communication"
		and is_staff()
	)


def before_insert(communication, method=None):
	# Helpdesk saves the ticket while this communication is inserted (status changes on replies): such a save is
	# automatic and must never fail on a missing agreed plan (see tickets.agreement).
	if _on_ticket(communication):
		frappe.flags.casmes_in_communication = True


def after_insert(communication, method=None):
	if is_staff_reply(communication):
		record_first_response(communication.reference_name, get_datetime(communication.creation))


def on_update(communication, method=None):
	frappe.flags.casmes_in_communication = False


def record_first_response(ticket_name: str, at=None) -> None:
	if frappe.db.get_value("HD Ticket", ticket_name, "casmes_first_response_at"):
		return
	ticket = frappe.get_doc("HD Ticket", ticket_name)
	ticket.casmes_first_response_at = at or now_datetime()
	clocks.refresh(ticket)
	ticket.db_set({field: ticket.get(field) for field in CLOCK_FIELDS}, update_modified=False)
