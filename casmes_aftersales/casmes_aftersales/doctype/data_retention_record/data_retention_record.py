# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import add_days, getdate, today

from casmes_aftersales.core.retention import may_delete, retain_until
from casmes_aftersales.utils.core_errors import core_errors_as_validation


class DataRetentionRecord(Document):
	"""Raw data of an order or sample kept as agreed, at least 5 years (R5.2.2); it cannot be deleted — by any
	role, System Manager included — before its retain-until date."""

	def validate(self):
		with core_errors_as_validation():
			self.retain_until = retain_until(getdate(self.start_date), self.retention_years)

	def on_trash(self):
		guard_retention(self.retain_until, _("data retention record"))


def guard_retention(until, what: str) -> None:
	if not may_delete(getdate(until) if until else None, getdate(today())):
		frappe.throw(
			_("This {0} must be kept until {1} and cannot be deleted before then").format(
				what, frappe.format(until, {"fieldtype": "Date"})
			),
			frappe.PermissionError,
		)


@frappe.whitelist()
def expiring(days: int = 30) -> list[dict]:
	"""Records whose retain-until date falls within the next ``days`` days (set-based, indexed)."""
	days = int(days)
	if days < 0:
		frappe.throw(_("The number of days cannot be negative"))
	return frappe.get_list(
		"Data Retention Record",
		filters={"retain_until": ["between", [today(), add_days(today(), days)]]},
		fields=["name", "reference_type", "reference", "customer", "retain_until", "storage_location"],
		order_by="retain_until asc",
	)
