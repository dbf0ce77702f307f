# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

from frappe import _
from frappe.model.document import Document

from casmes_aftersales.casmes_aftersales.doctype.data_retention_record.data_retention_record import (
	guard_retention,
)


class ServiceArchive(Document):
	"""The after-sales archive of a case (R4.1.2), assembled from the ticket's life by ``tickets/archive.py``;
	it cannot be deleted inside its retention period."""

	def on_trash(self):
		guard_retention(self.retain_until, _("service archive"))
