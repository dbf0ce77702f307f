"""HD Ticket document events: small named steps, each in its own module under ``tickets/``."""

from frappe.utils import now_datetime

from casmes_aftersales.tickets import agreement, category_rules, clocks, intake, pairs, status_log


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


def on_update(ticket, method=None):
	if not ticket.flags.in_insert:
		status_log.log_changes(ticket)
		if ticket.has_value_changed("casmes_category"):
			pairs.ensure_pair(ticket)
