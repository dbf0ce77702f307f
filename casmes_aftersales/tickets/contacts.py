"""The customer's contact details on a ticket."""

import frappe


def customer_mobile(ticket) -> str | None:
	"""The mobile number of the ticket's contact (or of the contact with the raiser's e-mail)."""
	if ticket.get("contact"):
		return frappe.db.get_value("Contact", ticket.contact, "mobile_no") or None
	if ticket.get("raised_by"):
		return frappe.db.get_value("Contact", {"email_id": ticket.raised_by}, "mobile_no") or None
	return None
