"""The Service Archive of a ticket (R4.1.2), assembled from the ticket's life: basic information, the process
(status log, assignments, communications, retest case, complaint, follow-up, survey — each with time and actor)
and the result. Rebuilt whenever any of these changes; one archive per ticket."""

import frappe
from frappe.utils import get_datetime, getdate, strip_html

from casmes_aftersales.core.retention import MIN_RETENTION_YEARS, add_years


def _(text: str) -> str:
	"""Event names are stored in English and translated when shown (the print format calls ``_()``); this marks
	them for the translation catalogue without translating them now."""
	return text


def refresh_archive(ticket_name: str) -> None:
	if frappe.flags.in_test or frappe.flags.in_install or frappe.flags.in_migrate:
		rebuild_archive(ticket_name)
	else:
		frappe.enqueue(
			rebuild_archive,
			ticket_name=ticket_name,
			queue="short",
			job_id=f"casmes-archive-{ticket_name}",
			deduplicate=True,
			enqueue_after_commit=True,
		)


def on_related_update(doc, method=None) -> None:
	if doc.get("ticket"):
		refresh_archive(doc.ticket)


def rebuild_archive(ticket_name: str) -> str | None:
	ticket = frappe.db.get_value("HD Ticket", ticket_name, "*", as_dict=True)
	if not ticket:
		return None
	name = frappe.db.get_value("Service Archive", {"ticket": ticket_name})
	archive = frappe.get_doc("Service Archive", name) if name else frappe.new_doc("Service Archive")
	retest = frappe.db.get_value("Retest Case", {"ticket": ticket_name}, "*", as_dict=True)
	complaint = frappe.db.get_value("Complaint", {"ticket": ticket_name}, "*", as_dict=True)
	visit = frappe.db.get_value("Follow-up Visit", {"ticket": ticket_name}, "*", as_dict=True)
	survey = frappe.db.get_value("Satisfaction Survey", {"ticket": ticket_name}, "*", as_dict=True)
	retention = frappe.get_all(
		"Data Retention Record", {"ticket": ticket_name}, ["reference_type", "reference", "retain_until"]
	)
	samples = frappe.get_all("Sample Handling", {"ticket": ticket_name}, pluck="sample_id")
	archive.update(
		{
			"ticket": ticket_name,
			"customer": ticket.customer,
			"contact": ticket.contact,
			"raised_by": ticket.raised_by,
			"subject": ticket.subject,
			"channel": ticket.casmes_channel,
			"category": ticket.casmes_category,
			"order_numbers": _join([retest and retest.original_order, *_refs(retention, "Order")]),
			"sample_numbers": _join([retest and retest.sample_id, *samples, *_refs(retention, "Sample")]),
			"report_numbers": _join(
				[
					retest and retest.report_no,
					retest and retest.corrected_report_no,
					ticket.casmes_new_report_version,
				]
			),
			"resolution": strip_html(ticket.resolution_details or "") or ticket.casmes_agreed_plan,
			"resolved_at": ticket.casmes_resolved_at,
			"customer_confirmation": _confirmation(visit, complaint),
			"satisfaction": survey.average_score if survey and survey.status == "Answered" else None,
			"retain_until": _retain_until(ticket, retention),
		}
	)
	archive.set("events", sorted(events(ticket, retest, complaint, visit, survey), key=lambda e: e["at"]))
	archive.flags.ignore_permissions = True
	archive.save() if name else archive.insert()
	return archive.name


def _refs(retention, kind):
	return [row.reference for row in retention if row.reference_type == kind]


def _join(values) -> str:
	return ", ".join(dict.fromkeys(str(v) for v in values if v))


def _confirmation(visit, complaint) -> str:
	"""The customer's own words: the follow-up answer (Yes / No, and any further problem) and the opinion on a
	complaint's result."""
	parts = []
	if visit and visit.result_works:
		parts.append(" ".join(filter(None, [visit.result_works, visit.further_problem])))
	if complaint and complaint.customer_opinion:
		parts.append(complaint.customer_opinion)
	return "\n".join(parts)


def _retain_until(ticket, retention):
	base = getdate(ticket.casmes_resolved_at or ticket.creation)
	dates = [add_years(base, MIN_RETENTION_YEARS)] + [
		getdate(r.retain_until) for r in retention if r.retain_until
	]
	return max(dates)


def _event(at, event, actor=None, details=None, doctype=None, name=None) -> dict:
	return {
		"at": get_datetime(at),
		"event": event,
		"actor": actor or "",
		"details": (details or "")[:1000],
		"reference_doctype": doctype,
		"reference_name": name,
	}


def events(ticket, retest, complaint, visit, survey) -> list[dict]:
	found = []
	for row in frappe.get_all(
		"Ticket Status Log",
		{"ticket": ticket.name},
		["name", "event", "at", "actor", "from_status", "to_status", "previous_responsible", "responsible"],
	):
		if row.event == "Responsible Change":
			details = f"{row.previous_responsible or '-'} → {row.responsible or '-'}"
		else:
			details = f"{row.from_status or '-'} → {row.to_status or '-'}"
		found.append(_event(row.at, row.event, row.actor, details, "Ticket Status Log", row.name))
	for row in frappe.get_all(
		"ToDo",
		{"reference_type": "HD Ticket", "reference_name": ticket.name},
		["name", "creation", "owner", "allocated_to"],
	):
		found.append(_event(row.creation, _("Assigned"), row.owner, row.allocated_to, "ToDo", row.name))
	for row in frappe.get_all(
		"Communication",
		{
			"reference_doctype": "HD Ticket",
			"reference_name": ticket.name,
			"communication_type": "Communication",
		},
		["name", "creation", "sender", "sent_or_received", "communication_medium", "subject"],
	):
		kind = (
			_("Reply to the customer") if row.sent_or_received == "Sent" else _("Message from the customer")
		)
		details = f"{row.communication_medium or 'Email'}: {row.subject or ''}"
		found.append(_event(row.creation, kind, row.sender, details, "Communication", row.name))
	if retest:
		found.append(
			_event(
				retest.creation,
				_("Retest case"),
				retest.owner,
				f"{retest.cause_code or ''} {retest.status}",
				"Retest Case",
				retest.name,
			)
		)
	if complaint:
		for field, label in (
			("received_at", _("Complaint received")),
			("acknowledged_at", _("Complaint acknowledged")),
			("solution_confirmed_at", _("Solution confirmed with the customer")),
			("completed_at", _("Complaint handling completed")),
			("feedback_given_at", _("Result fed back to the customer")),
		):
			if complaint.get(field):
				found.append(
					_event(
						complaint.get(field),
						label,
						complaint.complaint_owner,
						None,
						"Complaint",
						complaint.name,
					)
				)
	if visit:
		found.append(
			_event(
				visit.creation,
				_("Follow-up visit planned"),
				None,
				str(visit.due or ""),
				"Follow-up Visit",
				visit.name,
			)
		)
		if visit.done_at:
			found.append(
				_event(
					visit.done_at,
					_("Follow-up visit done"),
					visit.done_by,
					visit.further_problem,
					"Follow-up Visit",
					visit.name,
				)
			)
	if survey:
		if survey.invited_at:
			found.append(
				_event(
					survey.invited_at,
					_("Satisfaction survey sent"),
					None,
					survey.invited_via,
					"Satisfaction Survey",
					survey.name,
				)
			)
		if survey.answered_at:
			details = str(survey.average_score)
			found.append(
				_event(
					survey.answered_at,
					_("Satisfaction survey answered"),
					None,
					details,
					"Satisfaction Survey",
					survey.name,
				)
			)
	return found
