"""The agreed plan and deadline (R7.1.3): set only through Accept / Change Deadline, required before a ticket is
resolved or closed by a person. Helpdesk's automatic status changes never fail on it: they flag the ticket and
the warning job reminds the responsible person instead."""

import frappe
from frappe import _

from casmes_aftersales.helpdesk_compat import in_background_job, status_category
from casmes_aftersales.utils.values import same_value

AGREEMENT_FIELDS = (
	"casmes_agreed_plan",
	"casmes_agreed_deadline",
	"casmes_accepted_at",
	"casmes_accepted_by",
)


class AgreementRequiredError(frappe.ValidationError):
	pass


def guard_agreement_fields(ticket) -> None:
	"""Plan, deadline and their history change only through the app's actions."""
	if ticket.flags.casmes_agreement_action:
		return
	before = None if ticket.is_new() else ticket.get_doc_before_save()
	changed = [
		f for f in AGREEMENT_FIELDS if not same_value(before.get(f) if before else None, ticket.get(f))
	]
	old_rows = [row.name for row in before.casmes_deadline_changes] if before else []
	new_rows = [row.name for row in ticket.casmes_deadline_changes]
	if changed or old_rows != new_rows:
		frappe.throw(
			_("The agreed plan and deadline are set with Accept and changed with Change Deadline only"),
			frappe.PermissionError,
		)


def is_automatic_change() -> bool:
	return in_background_job() or bool(frappe.flags.casmes_in_communication)


def guard_resolution(ticket) -> None:
	if status_category(ticket.status) != "Resolved":
		return
	before = None if ticket.is_new() else ticket.get_doc_before_save()
	if before and status_category(before.status) == "Resolved":
		return
	if ticket.casmes_agreed_plan and ticket.casmes_agreed_deadline:
		return
	if is_automatic_change():
		return  # flagged by clocks.refresh (casmes_needs_agreement) and reminded by the warning job
	frappe.throw(
		_(
			"Agree the plan and the deadline with the customer (Accept) before resolving or closing this ticket"
		),
		AgreementRequiredError,
		title=_("Agreed plan and deadline missing"),
	)
