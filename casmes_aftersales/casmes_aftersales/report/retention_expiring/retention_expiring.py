# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt
"""Data retention records reaching their retain-until date within the next N days (R5.2.2)."""

from frappe import _

from casmes_aftersales.casmes_aftersales.doctype.data_retention_record.data_retention_record import expiring


def execute(filters=None):
	days = int((filters or {}).get("days") or 30)
	columns = [
		{
			"fieldname": "name",
			"label": _("Data Retention Record"),
			"fieldtype": "Link",
			"options": "Data Retention Record",
			"width": 160,
		},
		{"fieldname": "reference_type", "label": _("Reference Type"), "fieldtype": "Data", "width": 100},
		{"fieldname": "reference", "label": _("Order / Sample Number"), "fieldtype": "Data", "width": 160},
		{
			"fieldname": "customer",
			"label": _("Customer"),
			"fieldtype": "Link",
			"options": "HD Customer",
			"width": 160,
		},
		{"fieldname": "retain_until", "label": _("Retain Until"), "fieldtype": "Date", "width": 110},
		{"fieldname": "storage_location", "label": _("Storage Location"), "fieldtype": "Data", "width": 180},
	]
	return columns, expiring(days)
