"""Scheduler job: warn when a ticket's response or delivery clock crosses a threshold of its SLA profile, and
when a ticket was answered without an agreed plan and deadline.

Set-based: the due tickets are selected by the indexed ``casmes_*_warn_at`` columns (the next warning moment,
kept up to date whenever a ticket is saved), never by looping over all tickets. Exactly once: every warning first
inserts an SLA Warning Log named ``<ticket>-<clock>-<threshold>``; a duplicate key means it was already sent."""

import frappe
from frappe import _
from frappe.query_builder import Criterion
from frappe.utils import now_datetime

from casmes_aftersales.casmes_aftersales.doctype.sla_warning_log.sla_warning_log import warning_name
from casmes_aftersales.tickets.clocks import next_warning, ticket_clocks
from casmes_aftersales.tickets.complaint_clocks import (
	clocks_of,
	met_at,
	refresh_complaint_clocks,
	warning_clock,
)
from casmes_aftersales.tickets.profiles import profile_for, thresholds_of

BATCH = 500
CLOCK_COLUMNS = {"Response": "casmes_response_warn_at", "Delivery": "casmes_delivery_warn_at"}


def run():
	now = now_datetime()
	ticket = frappe.qb.DocType("HD Ticket")
	names = set()
	for column in CLOCK_COLUMNS.values():
		names.update(
			frappe.qb.from_(ticket)
			.select(ticket.name)
			.where(Criterion.all([ticket[column].isnotnull(), ticket[column] <= now]))
			.limit(BATCH)
			.run(pluck=True)
		)
	for name in sorted(names):
		warn_ticket(name, now)
	remind_missing_agreements(now)
	warn_complaints(now)


def warn_ticket(name: str, now) -> None:
	ticket = frappe.get_doc("HD Ticket", name)
	profile = profile_for(ticket)
	thresholds = thresholds_of(profile)
	cal, clocks = ticket_clocks(ticket, profile, now)
	updates = {}
	for item in clocks:
		if item.met_at is not None:
			updates[item.warn_field] = None
			continue
		level = ticket.get(item.level_field) or 0
		used = item.clock.fraction_used(cal.to_core(now))
		for threshold in thresholds:
			percent = round(threshold * 100)
			if percent > level and used >= threshold:
				send_warning(ticket, item.name, percent, cal.from_core(item.clock.due), now)
				level = percent
		updates[item.level_field] = level
		updates[item.warn_field] = next_warning(cal, item, thresholds, level)
	for field in CLOCK_COLUMNS.values():
		if field not in updates and ticket.get(field) and ticket.get(field) <= now:
			updates[field] = None  # that clock no longer runs (e.g. no agreed deadline any more)
	if updates:
		ticket.db_set(updates, update_modified=False)


def recipients(ticket, percent: int) -> list[str]:
	users = [ticket.casmes_responsible] if ticket.casmes_responsible else []
	if percent >= 100:
		users += managers()
	return list(dict.fromkeys(u for u in users if u and u != "Guest"))


def managers() -> list[str]:
	has_role = frappe.qb.DocType("Has Role")
	user = frappe.qb.DocType("User")
	return (
		frappe.qb.from_(has_role)
		.join(user)
		.on(user.name == has_role.parent)
		.select(user.name)
		.distinct()
		.where(
			(has_role.role == "After-sales Manager") & (has_role.parenttype == "User") & (user.enabled == 1)
		)
		.run(pluck=True)
	)


def claim(ticket: str, clock: str, percent: int, due, now, users: list[str]) -> bool:
	"""Insert the warning's log record; False when that warning was already sent."""
	if frappe.db.exists("SLA Warning Log", warning_name(ticket, clock, percent)):
		return False
	try:
		frappe.get_doc(
			{
				"doctype": "SLA Warning Log",
				"ticket": ticket,
				"clock": clock,
				"threshold": percent,
				"due": due,
				"at": now,
				"notified": "\n".join(users),
			}
		).insert(ignore_permissions=True)
	except frappe.DuplicateEntryError:
		return False
	return True


def send_warning(ticket, clock: str, percent: int, due, now) -> None:
	users = recipients(ticket, percent)
	if not claim(ticket.name, clock, percent, due, now, users):
		return
	if clock == "Response":
		subject = _("Ticket {0}: response time used {1}%, due {2}")
	else:
		subject = _("Ticket {0}: time to the agreed deadline used {1}%, due {2}")
	notify(
		users, subject.format(ticket.name, percent, frappe.utils.format_datetime(due) if due else "-"), ticket
	)


def remind_missing_agreements(now) -> None:
	ticket = frappe.qb.DocType("HD Ticket")
	warning = frappe.qb.DocType("SLA Warning Log")
	already = frappe.qb.from_(warning).select(warning.ticket).where(warning.clock == "Agreement")
	names = (
		frappe.qb.from_(ticket)
		.select(ticket.name)
		.where((ticket.casmes_needs_agreement == 1) & ticket.name.notin(already))
		.limit(BATCH)
		.run(pluck=True)
	)
	for name in names:
		doc = frappe.get_doc("HD Ticket", name)
		users = recipients(doc, 0)
		if claim(name, "Agreement", 0, None, now, users):
			subject = _(
				"Ticket {0} was answered but has no agreed plan and deadline yet: accept it with the customer"
			)
			notify(users, subject.format(name), doc)


def notify(users: list[str], subject: str, document) -> None:
	for user in users:
		frappe.get_doc(
			{
				"doctype": "Notification Log",
				"subject": subject,
				"for_user": user,
				"type": "Alert",
				"document_type": document.doctype,
				"document_name": document.name,
				"from_user": "Administrator",
			}
		).insert(ignore_permissions=True)


def warn_complaints(now) -> None:
	"""A breached complaint clock notifies the complaint's owner once; a breached major complaint is escalated
	to the After-sales Managers exactly once."""
	complaint = frappe.qb.DocType("Complaint")
	names = (
		frappe.qb.from_(complaint)
		.select(complaint.name)
		.where(complaint.next_warning_at.isnotnull() & (complaint.next_warning_at <= now))
		.limit(BATCH)
		.run(pluck=True)
	)
	for name in names:
		doc = frappe.get_doc("Complaint", name)
		cal, clocks = clocks_of(doc)
		breached = False
		for clock_name, clock in clocks.items():
			due = cal.from_core(clock.due)
			if met_at(cal, doc, clock_name) is not None or due is None or due > now:
				continue
			breached = True
			users = [doc.complaint_owner] if doc.complaint_owner else []
			if claim(doc.ticket, warning_clock(clock_name), 100, due, now, users):
				subject = _("Complaint {0}: the {1} deadline ({2}) has passed")
				notify(users, subject.format(name, _(clock_name), frappe.utils.format_datetime(due)), doc)
		if breached and doc.severity == "Major":
			escalate(doc, now)
		refresh_complaint_clocks(doc, now)
		doc.db_set("next_warning_at", doc.next_warning_at, update_modified=False)


def escalate(complaint, now) -> None:
	users = managers()
	if claim(complaint.ticket, "Complaint Escalation", 100, None, now, users):
		subject = _("Major complaint {0} is overdue and escalated to you")
		notify(users, subject.format(complaint.name), complaint)
		complaint.db_set("escalated_at", now, update_modified=False)
