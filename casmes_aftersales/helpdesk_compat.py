"""What differs between Helpdesk versions, decided by looking at the DocTypes, never at version numbers.

Current Helpdesk: ``HD Ticket.status`` is a Link to ``HD Ticket Status``, whose category (Open / Paused / Resolved)
decides. Older Helpdesk: ``status`` is a Select (Open, Replied, Resolved, Closed)."""

import frappe

from casmes_aftersales.core.intake import LEGACY_STATUS_CATEGORIES

STAFF_ROLES = (
	"After-sales Manager",
	"Customer Manager",
	"Customer Service",
	"Tester",
	"Agent",
	"Agent Manager",
)


def status_is_link() -> bool:
	return frappe.get_meta("HD Ticket").get_field("status").fieldtype == "Link"


def _status_category_field() -> str | None:
	meta = frappe.get_meta("HD Ticket Status")
	return next((f for f in ("category", "status_category") if meta.has_field(f)), None)


def status_category(status: str | None) -> str | None:
	if not status:
		return None
	if status_is_link():
		field = _status_category_field()
		return frappe.get_cached_value("HD Ticket Status", status, field) if field else None
	return LEGACY_STATUS_CATEGORIES.get(status)


def statuses_in_category(category: str) -> list[str]:
	if status_is_link():
		field = _status_category_field()
		return frappe.get_all("HD Ticket Status", {field: category}, pluck="name") if field else []
	return [status for status, cat in LEGACY_STATUS_CATEGORIES.items() if cat == category]


def is_staff(user: str | None = None) -> bool:
	"""An agent of the lab (Helpdesk agent, or one of the after-sales roles), not a customer."""
	user = user or frappe.session.user
	if user == "Guest":
		return False
	if user == "Administrator" or frappe.db.exists("HD Agent", {"name": user}):
		return True
	return bool(set(frappe.get_roles(user)) & {*STAFF_ROLES, "System Manager"})


def in_background_job() -> bool:
	return bool(getattr(frappe.local, "job", None))
