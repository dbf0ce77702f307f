# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt
"""Samples whose agreed handling is overdue (R5.3)."""

from frappe import _

from casmes_aftersales.jobs.samples import overdue_samples


def execute(filters=None):
	columns = [
		{
			"fieldname": "name",
			"label": _("Sample Handling"),
			"fieldtype": "Link",
			"options": "Sample Handling",
			"width": 150,
		},
		{"fieldname": "sample_id", "label": _("Sample"), "fieldtype": "Data", "width": 140},
		{
			"fieldname": "ticket",
			"label": _("Ticket"),
			"fieldtype": "Link",
			"options": "HD Ticket",
			"width": 100,
		},
		{"fieldname": "agreed_method", "label": _("Agreed Handling"), "fieldtype": "Data", "width": 150},
		{"fieldname": "due_date", "label": _("Due"), "fieldtype": "Date", "width": 110},
	]
	return columns, overdue_samples()
