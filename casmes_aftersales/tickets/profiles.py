"""Which SLA profile applies to a ticket, and its parsed settings."""

import frappe
from frappe import _

from casmes_aftersales.core.intake import ProfileRule, choose_profile, parse_thresholds


def profile_rules() -> list[ProfileRule]:
	rows = frappe.get_all(
		"SLA Profile",
		filters={"enabled": 1},
		fields=["name", "is_default", "category", "priority", "team", "customer"],
	)
	return [ProfileRule(**row) for row in rows]


def profile_for(ticket):
	name = choose_profile(
		profile_rules(),
		{
			"category": ticket.get("casmes_category"),
			"priority": ticket.get("priority"),
			"team": ticket.get("agent_group"),
			"customer": ticket.get("customer"),
		},
	)
	if not name:
		frappe.throw(_("No SLA profile applies to this ticket: mark one SLA profile as the default"))
	return frappe.get_cached_doc("SLA Profile", name)


def thresholds_of(profile) -> tuple[float, ...]:
	return parse_thresholds(profile.warning_thresholds)


def pause_statuses_of(profile) -> set[str]:
	return {row.status for row in profile.pause_statuses}
