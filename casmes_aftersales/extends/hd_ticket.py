"""HD Ticket document events: small named steps, each in its own module under ``tickets/``."""

from frappe.utils import now_datetime

from casmes_aftersales.tickets import (
	after_resolution,
	agreement,
	archive,
	category_rules,
	clocks,
	intake,
	pairs,
	status_log,
	surveys,
)


def before_insert(ticket, method=None):
	intake.set_channel(ticket)
	intake.route_by_category(ticket)


def validate(ticket, method=None):
	ticket.flags.casmes_now = now_datetime()
	agreement.guard_agreement_fields(ticket)
	agreement.guard_resolution(ticket)
	category_rules.validate(ticket)
	clocks.refresh(ticket, ticket.flags.casmes_now)


def after_insert(ticket, method=None):
	status_log.log_created(ticket)
	pairs.ensure_pair(ticket)
	archive.refresh_archive(ticket.name)


def on_update(ticket, method=None):
	if not ticket.flags.in_insert:
		status_log.log_changes(ticket)
		if ticket.has_value_changed("casmes_category"):
			pairs.ensure_pair(ticket)
		before = ticket.get_doc_before_save()
		if ticket.casmes_resolved_at and not (before and before.casmes_resolved_at):
			after_resolution.on_resolved(ticket)
		surveys.take_helpdesk_feedback(ticket)
		archive.refresh_archive(ticket.name)
