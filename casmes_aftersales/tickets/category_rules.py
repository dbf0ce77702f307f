"""Records a category requires before its ticket is resolved or closed: a dispute needs the negotiated solution
and the customer's acceptance or a recorded refusal (R5.1.2); a report-format change needs the approval that the
results are unchanged and the new report version (R5.2.1)."""

import frappe
from frappe import _
from frappe.utils import now_datetime

from casmes_aftersales.helpdesk_compat import status_category
from casmes_aftersales.tickets.agreement import is_automatic_change

APPROVER_ROLES = {"Tester", "After-sales Manager", "System Manager"}


def validate(ticket) -> None:
	record_format_approval(ticket)
	if not becomes_resolved(ticket) or is_automatic_change():
		return
	if ticket.casmes_category == "Dispute":
		check_dispute(ticket)
	elif ticket.casmes_category == "Report Format Change":
		check_format_change(ticket)


def becomes_resolved(ticket) -> bool:
	if status_category(ticket.status) != "Resolved":
		return False
	before = None if ticket.is_new() else ticket.get_doc_before_save()
	return not (before and status_category(before.status) == "Resolved")


def record_format_approval(ticket) -> None:
	before = None if ticket.is_new() else ticket.get_doc_before_save()
	was_approved = bool(before and before.casmes_results_unchanged)
	if ticket.casmes_results_unchanged and not was_approved:
		if not (APPROVER_ROLES & set(frappe.get_roles()) or frappe.session.user == "Administrator"):
			frappe.throw(
				_("Only a Tester or the After-sales Manager can approve that the results are unchanged"),
				frappe.PermissionError,
			)
		ticket.casmes_format_approved_by, ticket.casmes_format_approved_at = (
			frappe.session.user,
			now_datetime(),
		)
	elif not ticket.casmes_results_unchanged:
		ticket.casmes_format_approved_by = ticket.casmes_format_approved_at = None


def check_dispute(ticket) -> None:
	if not ticket.casmes_dispute_subject or not (ticket.casmes_dispute_solution or "").strip():
		frappe.throw(
			_("Record the disputed subject and the negotiated solution before resolving the dispute")
		)
	if ticket.casmes_dispute_outcome == "Refused" and not (ticket.casmes_dispute_refusal_note or "").strip():
		frappe.throw(_("Record the customer's refusal before resolving the dispute"))
	if ticket.casmes_dispute_outcome not in ("Accepted", "Refused"):
		frappe.throw(_("Record whether the customer accepted the solution before resolving the dispute"))


def check_format_change(ticket) -> None:
	if not ticket.casmes_results_unchanged:
		frappe.throw(_("A report format change needs the approval that the test results are unchanged"))
	if not (ticket.casmes_new_report_version or "").strip():
		frappe.throw(_("Record the new report version before completing the format change"))
