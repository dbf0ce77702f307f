"""R6.2.2: every status and responsible-person change is logged with time, actor and responsible person; the
log cannot be changed or deleted by anyone."""

import datetime as dt

import frappe
from frappe.utils import get_datetime

from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_agent, make_ticket

AGENT = "log.agent@casmes.example.com"


class TestStatusLog(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)

	def entries(self, ticket):
		return frappe.get_all(
			"Ticket Status Log",
			{"ticket": ticket},
			["event", "from_status", "to_status", "actor", "responsible", "previous_responsible", "at"],
			order_by="at asc, creation asc",
		)

	def test_creation_status_and_responsible_changes_are_logged(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket()
		with self.freeze_time("2026-03-02 09:30:00"):
			frappe.set_user(AGENT)
			ticket.reload()
			ticket.status = "On Hold"
			ticket.casmes_responsible = AGENT
			ticket.save(ignore_permissions=True)
			frappe.set_user("Administrator")
		by_event = {entry.event: entry for entry in self.entries(ticket.name)}
		self.assertEqual(len(self.entries(ticket.name)), 3)
		created, status_change = by_event["Created"], by_event["Status Change"]
		responsible_change = by_event["Responsible Change"]
		self.assertEqual(
			(created.event, created.to_status, created.responsible), ("Created", "Open", "Administrator")
		)
		self.assertEqual(get_datetime(created.at), dt.datetime(2026, 3, 2, 9, 0))
		self.assertEqual(status_change.event, "Status Change")
		self.assertEqual((status_change.from_status, status_change.to_status), ("Open", "On Hold"))
		self.assertEqual(status_change.actor, AGENT)
		self.assertEqual(get_datetime(status_change.at), dt.datetime(2026, 3, 2, 9, 30))
		self.assertEqual(responsible_change.event, "Responsible Change")
		self.assertEqual(
			(responsible_change.previous_responsible, responsible_change.responsible),
			("Administrator", AGENT),
		)

	def test_responsible_person_is_never_empty(self):
		ticket = make_ticket()
		ticket.casmes_responsible = None
		ticket.save()
		self.assertEqual(ticket.casmes_responsible, "Administrator")

	def test_entries_cannot_be_changed_or_deleted_even_by_administrator(self):
		ticket = make_ticket()
		name = frappe.get_all("Ticket Status Log", {"ticket": ticket.name}, pluck="name")[0]
		entry = frappe.get_doc("Ticket Status Log", name)
		entry.to_status = "Closed"
		with self.assertRaises(frappe.PermissionError):
			entry.save(ignore_permissions=True)
		with self.assertRaises(frappe.PermissionError):
			frappe.delete_doc("Ticket Status Log", name, ignore_permissions=True, force=True)
		self.assertEqual(frappe.db.get_value("Ticket Status Log", name, "to_status"), "Open")

	def test_entries_cannot_be_forged(self):
		ticket = make_ticket()
		with self.assertRaises(frappe.PermissionError):
			frappe.get_doc(
				{
					"doctype": "Ticket Status Log",
					"ticket": ticket.name,
					"event": "Created",
					"at": "2020-01-01",
				}
			).insert(ignore_permissions=True)

	def test_no_role_may_write_or_delete(self):
		for role in ("System Manager", "After-sales Manager", "Customer Service", "Agent"):
			perms = [p for p in frappe.get_meta("Ticket Status Log").permissions if p.role == role]
			self.assertTrue(perms, role)
			for perm in perms:
				self.assertEqual((perm.write, perm.create, perm.delete), (0, 0, 0), role)
