"""The ticket's clocks (R7.1.1 response, R7.2 delivery against the agreed deadline), computed by the core with the
ticket's SLA profile and working calendar, paused per the profile, and the moments of the next warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import frappe
from frappe.utils import get_datetime, now_datetime

from casmes_aftersales.calendars import CalendarAdapter, get_calendar
from casmes_aftersales.core.clock import SLAClock, WorkingTarget
from casmes_aftersales.core.intake import pauses_from_history, ticket_clock_status
from casmes_aftersales.helpdesk_compat import status_category
from casmes_aftersales.tickets.intake import ensure_responsible
from casmes_aftersales.tickets.profiles import pause_statuses_of, profile_for, thresholds_of


@dataclass
class TicketClock:
	name: str  # "Response" or "Delivery"
	clock: SLAClock
	met_at: dt.datetime | None  # in the calendar's zone, like the clock
	level_field: str
	warn_field: str


def status_history(ticket, now: dt.datetime) -> list[tuple[dt.datetime, str]]:
	"""``[(when, status)]`` from the status log, plus the change being saved now."""
	if ticket.is_new():
		return [(get_datetime(ticket.creation or now), ticket.status)]
	log = frappe.qb.DocType("Ticket Status Log")
	rows = (
		frappe.qb.from_(log)
		.select(log.at, log.to_status)
		.where((log.ticket == ticket.name) & (log.event.isin(["Created", "Status Change"])))
		.orderby(log.at)
		.run()
	)
	history = [(get_datetime(at), status) for at, status in rows]
	before = ticket.get_doc_before_save()
	if before and before.status != ticket.status:
		history.append((now, ticket.status))
	return history


def ticket_clocks(ticket, profile, now: dt.datetime) -> tuple[CalendarAdapter, list[TicketClock]]:
	cal = CalendarAdapter(get_calendar(profile.calendar))
	history = [(cal.to_core(at), status) for at, status in status_history(ticket, now)]
	pauses = pauses_from_history(history, pause_statuses_of(profile))
	start = cal.to_core(get_datetime(ticket.creation or now))
	first_response = ticket.casmes_first_response_at
	clocks = [
		TicketClock(
			"Response",
			SLAClock(cal.calendar, start, WorkingTarget(profile.first_response_hours, "hours"), pauses),
			cal.to_core(get_datetime(first_response)) if first_response else None,
			"casmes_response_warn_level",
			"casmes_response_warn_at",
		)
	]
	if ticket.casmes_accepted_at and ticket.casmes_agreed_deadline:
		accepted = cal.to_core(get_datetime(ticket.casmes_accepted_at))
		promised = cal.calendar.working_time_between(
			accepted, cal.to_core(get_datetime(ticket.casmes_agreed_deadline))
		)
		target = WorkingTarget(max(promised.total_seconds(), 0), "seconds")
		resolved = ticket.casmes_resolved_at
		clocks.append(
			TicketClock(
				"Delivery",
				SLAClock(
					cal.calendar, accepted, target, [p for p in pauses if p[1] is None or p[1] > accepted]
				),
				cal.to_core(get_datetime(resolved)) if resolved else None,
				"casmes_delivery_warn_level",
				"casmes_delivery_warn_at",
			)
		)
	return cal, clocks


def next_warning(cal: CalendarAdapter, clock: TicketClock, thresholds, level: int) -> dt.datetime | None:
	if clock.met_at is not None:
		return None
	pending = [t for t in thresholds if round(t * 100) > (level or 0)]
	return cal.from_core(clock.clock.moment_at_fraction(pending[0])) if pending else None


def refresh(ticket, now: dt.datetime | None = None) -> None:
	"""Set profile, responsible person, due moments, statuses and next warning moments on the ticket."""
	now = now or now_datetime()
	profile = profile_for(ticket)
	ticket.casmes_sla_profile = profile.name
	ensure_responsible(ticket, profile)

	if status_category(ticket.status) == "Resolved":
		ticket.casmes_resolved_at = ticket.casmes_resolved_at or now
	else:
		ticket.casmes_resolved_at = None
	agreed = bool(ticket.casmes_agreed_plan and ticket.casmes_agreed_deadline)
	ticket.casmes_needs_agreement = int(bool(ticket.casmes_first_response_at) and not agreed)

	cal, clocks = ticket_clocks(ticket, profile, now)
	thresholds = thresholds_of(profile)
	ticket.casmes_delivery_due = None
	ticket.casmes_delivery_status = "Pending"
	ticket.casmes_delivery_warn_at = None
	for item in clocks:
		due = cal.from_core(item.clock.due)
		status = ticket_clock_status(item.clock.state(cal.to_core(now), item.met_at))
		if item.name == "Response":
			ticket.casmes_response_due, ticket.casmes_response_status = due, status
		else:
			ticket.casmes_delivery_due, ticket.casmes_delivery_status = due, status
		ticket.set(item.warn_field, next_warning(cal, item, thresholds, ticket.get(item.level_field)))
