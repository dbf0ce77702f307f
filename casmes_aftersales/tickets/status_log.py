"""Write the ticket's traceable history (R6.2.2) into the immutable Ticket Status Log."""

from frappe.utils import get_datetime

from casmes_aftersales.casmes_aftersales.doctype.ticket_status_log.ticket_status_log import write_status_log
from casmes_aftersales.helpdesk_compat import status_category


def log_created(ticket) -> None:
	write_status_log(
		ticket.name,
		"Created",
		at=get_datetime(ticket.creation),
		to_status=ticket.status,
		status_category=status_category(ticket.status),
		responsible=ticket.casmes_responsible,
	)


def log_changes(ticket) -> None:
	before = ticket.get_doc_before_save()
	if not before:
		return
	at = ticket.flags.casmes_now
	if before.status != ticket.status:
		write_status_log(
			ticket.name,
			"Status Change",
			at=at,
			from_status=before.status,
			to_status=ticket.status,
			status_category=status_category(ticket.status),
			responsible=ticket.casmes_responsible,
		)
	if before.casmes_responsible != ticket.casmes_responsible:
		write_status_log(
			ticket.name,
			"Responsible Change",
			at=at,
			to_status=ticket.status,
			previous_responsible=before.casmes_responsible,
			responsible=ticket.casmes_responsible,
		)
