"""Daily: warn once about each sample whose agreed handling is overdue (R5.3)."""

import frappe
from frappe import _
from frappe.utils import today

from casmes_aftersales.jobs.clock_warnings import notify


def overdue_samples() -> list[dict]:
	return frappe.get_all(
		"Sample Handling",
		filters={"status": "Pending", "due_date": ["<", today()]},
		fields=["name", "sample_id", "ticket", "due_date", "agreed_method", "owner", "overdue_notified"],
		order_by="due_date asc",
	)


def warn_overdue() -> None:
	for row in overdue_samples():
		if row.overdue_notified:
			continue
		responsible = row.ticket and frappe.db.get_value("HD Ticket", row.ticket, "casmes_responsible")
		users = list(dict.fromkeys(filter(None, [responsible, row.owner])))
		doc = frappe.get_doc("Sample Handling", row.name)
		subject = _("Sample {0}: the agreed handling ({1}) was due on {2}")
		notify(users, subject.format(row.sample_id, _(row.agreed_method), row.due_date), doc)
		doc.db_set("overdue_notified", 1, update_modified=False)
