"""R6.1.2: a retest or complaint request is confirmed and recorded at once: the ticket and its Retest Case /
Complaint exist together, whichever is created first."""

import frappe
from frappe import _

PAIRS = {"Retest": "Retest Case", "Complaint": "Complaint"}


def ensure_pair(ticket) -> str | None:
	"""Create the ticket's Retest Case or Complaint when its category asks for one and none exists."""
	doctype = PAIRS.get(ticket.casmes_category)
	if not doctype:
		return None
	existing = frappe.db.get_value(doctype, {"ticket": ticket.name})
	if existing:
		return existing
	record = frappe.get_doc({"doctype": doctype, "ticket": ticket.name})
	record.insert(ignore_permissions=True)
	return record.name


def link_ticket_category(ticket: str, category: str) -> None:
	"""A case created from a ticket without an after-sales category gives the ticket that category."""
	current = frappe.db.get_value("HD Ticket", ticket, "casmes_category")
	if not current or current == "Other":
		frappe.db.set_value("HD Ticket", ticket, "casmes_category", category, update_modified=False)


@frappe.whitelist(methods=["POST"])
def create_for_ticket(ticket: str, doctype: str) -> str:
	"""From the ticket form: open the ticket's retest case or complaint, creating it when missing."""
	if doctype not in PAIRS.values():
		frappe.throw(_("Only a Retest Case or a Complaint can be created for a ticket"))
	frappe.get_doc("HD Ticket", ticket).check_permission("write")
	frappe.has_permission(doctype, "create", throw=True)
	existing = frappe.db.get_value(doctype, {"ticket": ticket})
	if existing:
		return existing
	record = frappe.get_doc({"doctype": doctype, "ticket": ticket})
	record.insert()
	return record.name
