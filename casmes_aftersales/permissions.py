"""Who may see retest cases, complaints, archives, follow-ups, surveys, retention and sample records: after-sales
staff by their roles; a customer (portal user) only the records of tickets Helpdesk lets them read — never another
customer's."""

import frappe

from casmes_aftersales.helpdesk_compat import is_staff


def _ticket_conditions(user: str) -> str | None:
	methods = frappe.get_hooks("permission_query_conditions").get("HD Ticket") or []
	conditions = [c for c in (frappe.get_attr(m)(user) for m in methods) if c]
	return " and ".join(f"({c})" for c in conditions) if conditions else None


def case_query(user: str | None = None, doctype: str | None = None) -> str:
	"""List condition for every customer-visible DocType (Frappe passes the DocType being listed)."""
	user = user or frappe.session.user
	if is_staff(user):
		return ""
	conditions = _ticket_conditions(user)
	if not conditions:
		return "1=0"
	table = f"`tab{doctype}`" if doctype else None
	column = f"{table}.`ticket`" if table else "`ticket`"
	return f"{column} in (select `tabHD Ticket`.name from `tabHD Ticket` where {conditions})"


def has_case_permission(doc, ptype: str = "read", user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if is_staff(user):
		return None  # the roles decide
	if ptype not in ("read", "print"):
		return False
	return bool(doc.ticket) and frappe.has_permission("HD Ticket", "read", doc=doc.ticket, user=user)
