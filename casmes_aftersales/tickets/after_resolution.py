"""When a ticket is resolved: exactly one follow-up visit (R6.3.1) and one survey invitation (R6.3.2), however
often hooks and jobs run (unique ``ticket`` on both)."""

import frappe
from frappe import _
from frappe.utils import get_datetime, now_datetime

from casmes_aftersales.calendars import CalendarAdapter, get_calendar
from casmes_aftersales.helpdesk_compat import status_is_link, statuses_in_category
from casmes_aftersales.integrations.sms import send_sms
from casmes_aftersales.tickets.contacts import customer_mobile
from casmes_aftersales.tickets.profiles import profile_for
from casmes_aftersales.tickets.surveys import ensure_survey


def on_resolved(ticket) -> None:
	ensure_follow_up(ticket)
	ensure_survey(ticket)


def ensure_follow_up(ticket) -> str:
	existing = frappe.db.get_value("Follow-up Visit", {"ticket": ticket.name})
	if existing:
		return existing
	profile = profile_for(ticket)
	cal = CalendarAdapter(get_calendar(profile.calendar))
	resolved = cal.to_core(get_datetime(ticket.casmes_resolved_at or now_datetime()))
	due = cal.from_core(cal.calendar.add_working_days(resolved, int(profile.follow_up_days)))
	visit = frappe.get_doc(
		{
			"doctype": "Follow-up Visit",
			"ticket": ticket.name,
			"due": due,
			"method": "Phone",
			"mobile_no": customer_mobile(ticket),
		}
	)
	try:
		visit.insert(ignore_permissions=True)
	except frappe.DuplicateEntryError:
		return frappe.db.get_value("Follow-up Visit", {"ticket": ticket.name})
	return visit.name


def send_follow_up_sms(visit) -> None:
	if not visit.mobile_no:
		frappe.throw(_("Enter the customer's mobile number for the SMS follow-up"))
	subject = frappe.db.get_value("HD Ticket", visit.ticket, "subject")
	message = _(
		"Your request “{0}” (ticket {1}) was resolved. Does the result work for you? Reply or call us."
	).format(subject, visit.ticket)
	send_sms(visit.mobile_no, message)
	visit.db_set({"sms_sent_at": now_datetime(), "status": "SMS Sent", "method": "SMS"})


def handle_further_problem(visit) -> None:
	if visit.problem_action == "Reopen the Ticket":
		ticket = frappe.get_doc("HD Ticket", visit.ticket)
		ticket.status = reopen_status()
		ticket.flags.ignore_permissions = True
		ticket.save()
	elif visit.problem_action == "Open a New Ticket":
		old = frappe.get_doc("HD Ticket", visit.ticket)
		new = frappe.get_doc(
			{
				"doctype": "HD Ticket",
				"subject": _("Follow-up of ticket {0}: {1}").format(old.name, old.subject)[:140],
				"description": visit.further_problem,
				"raised_by": old.raised_by,
				"customer": old.customer,
				"casmes_channel": "Phone",  # a follow-up problem is taken by phone or SMS
				"casmes_category": old.casmes_category,
				"ticket_split_from": old.name,
			}
		).insert(ignore_permissions=True)
		visit.db_set("new_ticket", new.name)


def reopen_status() -> str:
	configured = (
		frappe.db.get_single_value("HD Settings", "ticket_reopen_status") if status_is_link() else None
	)
	return configured or (statuses_in_category("Open") or ["Open"])[0]
