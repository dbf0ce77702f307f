"""A complaint's clocks (R10.1–R10.3) from the core, on the calendar of its ticket's SLA profile."""

import frappe
from frappe.utils import get_datetime, now_datetime

from casmes_aftersales.calendars import CalendarAdapter, get_calendar
from casmes_aftersales.casmes_aftersales.doctype.sla_warning_log.sla_warning_log import warning_name
from casmes_aftersales.core.complaints import (
	ACKNOWLEDGEMENT,
	ANALYSIS,
	FEEDBACK,
	ComplaintTargets,
	complaint_clocks,
)
from casmes_aftersales.core.intake import ticket_clock_status
from casmes_aftersales.tickets.profiles import profile_for
from casmes_aftersales.utils.core_errors import core_errors_as_validation

# clock -> (due field, status field, the field that meets it)
CLOCK_FIELDS = {
	ACKNOWLEDGEMENT: ("acknowledge_due", "acknowledge_status", "acknowledged_at"),
	ANALYSIS: ("analysis_due", "analysis_status", "solution_confirmed_at"),
	FEEDBACK: ("feedback_due", "feedback_status", "feedback_given_at"),
}


def clocks_of(complaint):
	ticket = frappe.get_doc("HD Ticket", complaint.ticket)
	profile = profile_for(ticket)
	cal = CalendarAdapter(get_calendar(profile.calendar))
	targets = ComplaintTargets(
		profile.complaint_ack_hours, profile.complaint_analysis_days, profile.complaint_feedback_days
	)
	completed = cal.to_core(get_datetime(complaint.completed_at)) if complaint.completed_at else None
	with core_errors_as_validation():
		clocks = complaint_clocks(
			cal.calendar, cal.to_core(get_datetime(complaint.received_at)), targets, completed
		)
	return cal, clocks


def met_at(cal, complaint, clock):
	value = complaint.get(CLOCK_FIELDS[clock][2])
	return cal.to_core(get_datetime(value)) if value else None


def warning_clock(clock: str) -> str:
	return f"Complaint {clock}"


def already_warned(ticket: str, clock: str) -> bool:
	return bool(frappe.db.exists("SLA Warning Log", warning_name(ticket, warning_clock(clock), 100)))


def refresh_complaint_clocks(complaint, now=None) -> None:
	now = now or now_datetime()
	cal, clocks = clocks_of(complaint)
	upcoming = []
	for name, (due_field, status_field, _met) in CLOCK_FIELDS.items():
		clock = clocks.get(name)
		if clock is None:
			complaint.set(due_field, None)
			complaint.set(status_field, "Pending")
			continue
		met = met_at(cal, complaint, name)
		due = cal.from_core(clock.due)
		complaint.set(due_field, due)
		complaint.set(status_field, ticket_clock_status(clock.state(cal.to_core(now), met)))
		if met is None and due is not None and (due > now or not already_warned(complaint.ticket, name)):
			upcoming.append(due)
	complaint.next_warning_at = None if complaint.status == "Closed" or not upcoming else min(upcoming)
