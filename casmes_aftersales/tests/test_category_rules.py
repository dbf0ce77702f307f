"""Disputes (R5.1.2) and report-format changes (R5.2.1): the records their category requires before resolving."""

import frappe

from casmes_aftersales.api import ticket as ticket_api
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_agent, make_ticket

AGENT = "rules.agent@casmes.example.com"
TESTER = "rules.tester@casmes.example.com"


class TestCategoryRules(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)
		make_agent(TESTER, roles=("Tester",))

	def accepted_ticket(self, category, **values):
		ticket = make_ticket(casmes_category=category, **values)
		frappe.set_user(AGENT)
		ticket_api.accept(ticket.name, "Discuss with the customer", "2099-01-05 17:00:00")
		frappe.set_user("Administrator")
		return frappe.get_doc("HD Ticket", ticket.name)

	def assertCannotResolve(self, ticket, **values):
		ticket.reload()
		ticket.update({"status": "Resolved", **values})
		with self.assertRaises(frappe.ValidationError):
			ticket.save()
		self.assertNotEqual(frappe.db.get_value("HD Ticket", ticket.name, "status"), "Resolved")

	def test_dispute_needs_solution_and_acceptance_or_recorded_refusal(self):
		ticket = self.accepted_ticket("Dispute")
		self.assertCannotResolve(ticket)
		values = {"casmes_dispute_subject": "Test Fees", "casmes_dispute_solution": "Waive the surcharge"}
		self.assertCannotResolve(ticket, **values)
		self.assertCannotResolve(ticket, casmes_dispute_outcome="Refused", **values)
		ticket.reload()
		ticket.update(
			{
				"status": "Resolved",
				"casmes_dispute_outcome": "Refused",
				"casmes_dispute_refusal_note": "Customer keeps the complaint open with the regulator",
				**values,
			}
		)
		ticket.save()
		self.assertEqual(ticket.status, "Resolved")

	def test_format_change_needs_approval_and_new_version(self):
		ticket = self.accepted_ticket("Report Format Change", casmes_format_change="Add the unit column")
		self.assertCannotResolve(ticket, casmes_new_report_version="R-1 v2")
		frappe.set_user(AGENT)  # a Customer Service agent may not approve that results are unchanged
		ticket.reload()
		ticket.casmes_results_unchanged = 1
		with self.assertRaises(frappe.PermissionError):
			ticket.save(ignore_permissions=True)
		frappe.set_user(TESTER)
		ticket.reload()
		ticket.casmes_results_unchanged = 1
		ticket.save(ignore_permissions=True)
		frappe.set_user("Administrator")
		self.assertEqual(ticket.casmes_format_approved_by, TESTER)
		self.assertCannotResolve(ticket)
		ticket.reload()
		ticket.update({"status": "Resolved", "casmes_new_report_version": "R-1 v2"})
		ticket.save()
		self.assertEqual(ticket.status, "Resolved")
