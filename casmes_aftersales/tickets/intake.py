"""At intake: the channel (R6.1.1), routing by category onto a Helpdesk team (R6.2.1) and the responsible
person (R6.2.2), who is never empty."""

import json

import frappe
from frappe import _

from casmes_aftersales.casmes_aftersales.doctype.after_sales_settings.after_sales_settings import (
	team_for_category,
)
from casmes_aftersales.helpdesk_compat import in_background_job, is_staff


def set_channel(ticket) -> None:
	if ticket.casmes_channel:
		return
	if ticket.get("email_account") and not ticket.via_customer_portal:
		ticket.casmes_channel = "Email"
	elif in_background_job():
		ticket.casmes_channel = "Email"  # tickets created by jobs come from the mailbox
	elif ticket.via_customer_portal and not is_staff():
		ticket.casmes_channel = "Web Form"
	elif is_staff():
		frappe.throw(
			_("Choose the intake channel (Phone or Online Chat) for a ticket entered by staff"),
			title=_("Intake channel required"),
		)
	else:
		ticket.casmes_channel = "Web Form"


def route_by_category(ticket) -> None:
	if ticket.agent_group or not ticket.casmes_category:
		return
	team = team_for_category(ticket.casmes_category)
	if team:
		ticket.agent_group = team


def first_assignee(ticket) -> str | None:
	try:
		assigned = json.loads(ticket.get("_assign") or "[]")
	except ValueError:
		return None
	return assigned[0] if assigned else None


def ensure_responsible(ticket, profile) -> None:
	"""Someone is responsible at all times: the one named, else the first assignee, else the profile's fallback."""
	if not ticket.casmes_responsible:
		ticket.casmes_responsible = first_assignee(ticket) or profile.default_responsible
