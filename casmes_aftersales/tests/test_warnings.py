"""The warning job: one notification per threshold per ticket, however often it runs (R7.1.1 breach warnings)."""

import frappe

from casmes_aftersales.api import ticket as ticket_api
from casmes_aftersales.jobs import clock_warnings
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_agent, make_ticket, make_user

AGENT = "warn.agent@casmes.example.com"
MANAGER = "aftersales.manager@casmes.example.com"


class TestWarningJob(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)
		make_user(MANAGER, ("After-sales Manager",))

	def notifications(self, user, ticket):
		return frappe.db.count("Notification Log", {"for_user": user, "document_name": ticket})

	def test_each_threshold_is_notified_once(self):
		with self.freeze_time("2026-03-02 09:00:00"):  # due 11:00; 75 % at 10:30
			ticket = make_ticket(casmes_responsible=AGENT)
		self.assertEqual(str(ticket.casmes_response_warn_at), "2026-03-02 10:30:00")
		with self.freeze_time("2026-03-02 10:20:00"):
			clock_warnings.run()
		self.assertEqual(self.notifications(AGENT, ticket.name), 0)
		with self.freeze_time("2026-03-02 10:35:00"):
			clock_warnings.run()
			clock_warnings.run()
		self.assertEqual(self.notifications(AGENT, ticket.name), 1)
		self.assertEqual(self.notifications(MANAGER, ticket.name), 0)
		self.assertEqual(frappe.db.get_value("HD Ticket", ticket.name, "casmes_response_warn_level"), 75)
		with self.freeze_time("2026-03-02 11:05:00"):
			clock_warnings.run()
			clock_warnings.run()
		with self.freeze_time("2026-03-03 11:05:00"):
			clock_warnings.run()
		self.assertEqual(self.notifications(AGENT, ticket.name), 2)
		self.assertEqual(self.notifications(MANAGER, ticket.name), 1)
		self.assertEqual(
			sorted(frappe.get_all("SLA Warning Log", {"ticket": ticket.name}, pluck="threshold")), [75, 100]
		)
		self.assertIsNone(frappe.db.get_value("HD Ticket", ticket.name, "casmes_response_warn_at"))

	def test_a_late_first_run_sends_every_crossed_threshold_once(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_responsible=AGENT)
		with self.freeze_time("2026-03-04 09:00:00"):
			clock_warnings.run()
			clock_warnings.run()
		self.assertEqual(self.notifications(AGENT, ticket.name), 2)
		self.assertEqual(self.notifications(MANAGER, ticket.name), 1)

	def test_answered_ticket_gets_no_response_warning(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_responsible=AGENT)
		with self.freeze_time("2026-03-02 09:10:00"):
			frappe.set_user(AGENT)
			ticket_api.log_response(ticket.name, "Phone", "Answered")
			ticket_api.accept(ticket.name, "Send the raw data", "2026-03-05 17:00:00")
			frappe.set_user("Administrator")
		with self.freeze_time("2026-03-02 11:30:00"):
			clock_warnings.run()
		self.assertFalse(frappe.db.exists("SLA Warning Log", {"ticket": ticket.name, "clock": "Response"}))

	def test_delivery_clock_warns_before_the_agreed_deadline(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_responsible=AGENT)
			frappe.set_user(AGENT)
			ticket_api.log_response(ticket.name, "Phone", "Answered")
			ticket_api.accept(ticket.name, "Retest sample B", "2026-03-02 17:00:00")  # 7 working hours
			frappe.set_user("Administrator")
		with self.freeze_time("2026-03-02 15:45:00"):  # 3 + 2.25 = 5.25 h of 7 = 75 %
			clock_warnings.run()
			clock_warnings.run()
		self.assertEqual(
			frappe.get_all(
				"SLA Warning Log", {"ticket": ticket.name, "clock": "Delivery"}, pluck="threshold"
			),
			[75],
		)

	def test_answered_without_agreement_is_reminded_once(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_responsible=AGENT)
			frappe.set_user(AGENT)
			ticket_api.log_response(ticket.name, "Phone", "Answered")
			frappe.set_user("Administrator")
		self.assertEqual(frappe.db.get_value("HD Ticket", ticket.name, "casmes_needs_agreement"), 1)
		with self.freeze_time("2026-03-02 09:15:00"):
			clock_warnings.run()
			clock_warnings.run()
		self.assertTrue(frappe.db.exists("SLA Warning Log", {"ticket": ticket.name, "clock": "Agreement"}))
		self.assertEqual(self.notifications(AGENT, ticket.name), 1)
