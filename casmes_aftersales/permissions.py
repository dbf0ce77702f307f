"""Who may see retest cases and complaints: after-sales staff by their roles; a customer (portal user) only the
records of tickets Helpdesk lets them read — never another customer's."""

import frappe

from casmes_aftersales.helpdesk_compat import is_staff


def _ticket_conditions(user: str) -> str | None:
	methods = frappe.get_hooks("permission_query_conditions").get("HD Ticket") or []
	conditions = [c for c in (frappe.get_attr(m)(user) for m in methods) if c]
	return " and ".join(f"({c})" for c in conditions) if conditions else None


def case_query(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	if is_staff(user):
		return ""
	conditions = _ticket_conditions(user)
	if not conditions:
		return "1=0"
	table = f"`tab{doctype}`" if doctype else None
	column = f"{table}.`ticket`" if table else "`ticket`"
	return f"{column} in (select `tabHD Ticket`.name from `tabHD Ticket` where {conditions})"


def retest_case_query(user: str | None = None) -> str:
	return case_query(user, "Retest Case")


def complaint_query(user: str | None = None) -> str:
	return case_query(user, "Complaint")


def service_archive_query(user: str | None = None) -> str:
	return case_query(user, "Service Archive")


def follow_up_visit_query(user: str | None = None) -> str:
	return case_query(user, "Follow-up Visit")


def satisfaction_survey_query(user: str | None = None) -> str:
	return case_query(user, "Satisfaction Survey")


def data_retention_record_query(user: str | None = None) -> str:
	return case_query(user, "Data Retention Record")


def sample_handling_query(user: str | None = None) -> str:
	return case_query(user, "Sample Handling")


def has_case_permission(doc, ptype: str = "read", user: str | None = None) -> bool | None:
	user = user or frappe.session.user
	if is_staff(user):
		return None  # the roles decide
	if ptype not in ("read", "print"):
		return False
	return bool(doc.ticket) and frappe.has_permission("HD Ticket", "read", doc=doc.ticket, user=user)
