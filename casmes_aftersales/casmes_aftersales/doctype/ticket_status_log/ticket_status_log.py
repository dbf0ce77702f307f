# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import now_datetime


class TicketStatusLog(Document):
	"""One line of a ticket's traceable history (R6.2.2). Written only by the app; nobody — System Manager and
	Administrator included — can change or delete a line, through Desk or REST."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		actor: DF.Link | None
		at: DF.Datetime
		event: DF.Literal["Created", "Status Change", "Responsible Change"]
		from_status: DF.Data | None
		previous_responsible: DF.Link | None
		responsible: DF.Link | None
		status_category: DF.Data | None
		ticket: DF.Link
		to_status: DF.Data | None
	# end: auto-generated types

	def before_insert(self):
		if not self.flags.written_by_app:
			frappe.throw(_("Status log entries are written by the system only"), frappe.PermissionError)

	def validate(self):
		if not self.is_new():
			raise_immutable()

	def on_trash(self):
		raise_immutable()


def raise_immutable():
	frappe.throw(_("Status log entries cannot be changed or deleted"), frappe.PermissionError)


def write_status_log(ticket: str, event: str, **values) -> None:
	entry = frappe.get_doc(
		{
			"doctype": "Ticket Status Log",
			"ticket": ticket,
			"event": event,
			"at": values.pop("at", None) or now_datetime(),
			"actor": values.pop("actor", None) or frappe.session.user,
			**values,
		}
	)
	entry.flags.written_by_app = True
	entry.insert(ignore_permissions=True)
