"""Staff actions on a ticket: accept with the agreed plan and deadline (R7.1.3), change the deadline with the
customer's consent, and log a phone or chat answer as the response (R7.1.1)."""

import datetime

import frappe
from frappe import _
from frappe.utils import cint, get_datetime, now_datetime

from casmes_aftersales.helpdesk_compat import is_staff


def _ticket_for_update(name: str):
	if not is_staff():
		frappe.throw(_("Only after-sales staff can do this"), frappe.PermissionError)
	ticket = frappe.get_doc("HD Ticket", name)
	ticket.check_permission("write")
	return ticket


def _deadline(value) -> datetime.datetime:
	try:
		deadline = get_datetime(value) if value else None
	except Exception:
		deadline = None
	if not deadline:
		frappe.throw(_("Enter the agreed deadline as a date and time"))
	if deadline <= now_datetime():
		frappe.throw(_("The agreed deadline must be in the future"))
	return deadline


@frappe.whitelist(methods=["POST"])
def accept(ticket: str, plan: str | None = None, deadline: str | None = None):
	"""Accept the request with the plan and deadline agreed with the customer; both are required."""
	doc = _ticket_for_update(ticket)
	plan = (plan or "").strip()
	if not plan or not deadline:
		frappe.throw(
			_("Accepting a ticket needs both the agreed plan and the agreed deadline"),
			title=_("Agreed plan and deadline missing"),
		)
	if doc.casmes_accepted_at:
		frappe.throw(
			_("This ticket is already accepted: change the deadline with the customer's consent instead")
		)
	doc.update(
		{
			"casmes_agreed_plan": plan,
			"casmes_agreed_deadline": _deadline(deadline),
			"casmes_accepted_at": now_datetime(),
			"casmes_accepted_by": frappe.session.user,
		}
	)
	doc.flags.casmes_agreement_action = True
	doc.save()
	return doc.as_dict()


@frappe.whitelist(methods=["POST"])
def change_deadline(
	ticket: str,
	new_deadline: str | None = None,
	reason: str | None = None,
	customer_consent: int | str | None = None,
	consent_note: str | None = None,
	new_plan: str | None = None,
):
	"""Move the agreed deadline (and optionally the plan); the old values, reason and consent are kept."""
	doc = _ticket_for_update(ticket)
	if not doc.casmes_accepted_at:
		frappe.throw(_("Accept the ticket with an agreed plan and deadline first"))
	reason = (reason or "").strip()
	if not reason:
		frappe.throw(_("Give the reason for changing the agreed deadline"))
	if not cint(customer_consent):
		frappe.throw(_("The customer must consent to a new deadline"))
	deadline = _deadline(new_deadline)
	plan = (new_plan or "").strip() or doc.casmes_agreed_plan
	doc.append(
		"casmes_deadline_changes",
		{
			"changed_at": now_datetime(),
			"changed_by": frappe.session.user,
			"old_deadline": doc.casmes_agreed_deadline,
			"new_deadline": deadline,
			"old_plan": doc.casmes_agreed_plan,
			"new_plan": plan,
			"reason": reason,
			"customer_consent": 1,
			"consent_note": (consent_note or "").strip(),
		},
	)
	doc.casmes_agreed_deadline, doc.casmes_agreed_plan = deadline, plan
	doc.flags.casmes_agreement_action = True
	doc.save()
	return doc.as_dict()


RESPONSE_MEDIA = {"Phone": "Phone", "Online Chat": "Chat"}


@frappe.whitelist(methods=["POST"])
def log_response(ticket: str, channel: str | None = None, summary: str | None = None):
	"""Record an answer given by phone or online chat; the first one counts as the ticket's first response."""
	doc = _ticket_for_update(ticket)
	if channel not in RESPONSE_MEDIA:
		frappe.throw(_("Choose Phone or Online Chat for a logged answer"))
	summary = (summary or "").strip()
	if not summary:
		frappe.throw(_("Summarise the answer given to the customer"))
	communication = frappe.get_doc(
		{
			"doctype": "Communication",
			"communication_type": "Communication",
			"communication_medium": RESPONSE_MEDIA[channel],
			"sent_or_received": "Sent",
			"subject": _("{0} answer: {1}").format(_(channel), doc.subject),
			"content": summary,
			"sender": frappe.session.user,
			"recipients": doc.raised_by,
			"reference_doctype": "HD Ticket",
			"reference_name": doc.name,
			"status": "Linked",
		}
	)
	communication.insert(ignore_permissions=True)
	return communication.name
