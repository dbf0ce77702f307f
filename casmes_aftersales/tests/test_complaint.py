"""Complaints (clause 10, R6.1.2): created with their ticket, deadlines from the core on the ticket's calendar,
closing rules, escalation of a breached major complaint exactly once."""

import datetime as dt

import frappe
from frappe.utils import get_datetime

from casmes_aftersales.calendars import get_calendar
from casmes_aftersales.core.complaints import ANALYSIS, FEEDBACK, ComplaintTargets, complaint_clocks
from casmes_aftersales.jobs import clock_warnings
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import TEST_CALENDAR, make_agent, make_ticket, make_user

OWNER = "complaint.owner@casmes.example.com"
MANAGER = "complaint.manager@casmes.example.com"


class TestComplaint(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(OWNER)
		make_user(MANAGER, ("After-sales Manager",))

	def make_complaint(self, received="2025-09-30 16:00:00", **values):
		with self.freeze_time(received):
			ticket = make_ticket(
				casmes_category="Complaint", casmes_channel="Phone", casmes_responsible=OWNER
			)
		complaint = frappe.get_doc("Complaint", {"ticket": ticket.name})
		complaint.update(values)
		return complaint

	def test_complaint_created_with_its_ticket_and_holiday_spanning_deadlines(self):
		complaint = self.make_complaint()
		self.assertEqual(complaint.channel, "Phone")
		self.assertEqual(complaint.complaint_owner, OWNER)
		self.assertEqual(get_datetime(complaint.received_at), dt.datetime(2025, 9, 30, 16, 0))
		core = complaint_clocks(
			get_calendar(TEST_CALENDAR),
			dt.datetime(2025, 9, 30, 16, 0),
			ComplaintTargets(2, 1, 2),
			dt.datetime(2025, 10, 10, 11, 0),
		)
		self.assertEqual(get_datetime(complaint.analysis_due), core[ANALYSIS].due)
		self.assertEqual(core[ANALYSIS].due, dt.datetime(2025, 10, 9, 16, 0))
		self.assertEqual(get_datetime(complaint.acknowledge_due), dt.datetime(2025, 10, 9, 9, 0))
		complaint.update(
			{
				"acknowledged_at": "2025-09-30 16:30:00",
				"analysis": "Wrong reference used",
				"proposed_solution": "Re-issue the report",
				"solution_confirmed_at": "2025-10-09 10:00:00",
				"completed_at": "2025-10-10 11:00:00",
			}
		)
		complaint.save()
		self.assertEqual(get_datetime(complaint.feedback_due), core[FEEDBACK].due)
		self.assertEqual(core[FEEDBACK].due, dt.datetime(2025, 10, 13, 11, 0))
		self.assertEqual((complaint.acknowledge_status, complaint.analysis_status), ("On Time", "On Time"))
		self.assertEqual(complaint.status, "Completed")

	def test_close_needs_the_customers_opinion(self):
		done = {
			"analysis": "a",
			"proposed_solution": "b",
			"solution_confirmed_at": "2025-10-09 10:00:00",
			"completed_at": "2025-10-10 11:00:00",
		}
		complaint = self.make_complaint(**done)
		complaint.save()
		self.assertFailsToSave(complaint, status="Closed")
		self.assertEqual(frappe.db.get_value("Complaint", complaint.name, "status"), "Completed")
		complaint.update(
			{"status": "Closed", "customer_opinion": "Satisfied", "feedback_given_at": "2025-10-13 09:00:00"}
		)
		complaint.save()
		self.assertEqual(complaint.status, "Closed")

	def test_major_complaint_needs_verified_actions_to_close(self):
		complaint = self.make_complaint(
			severity="Major",
			analysis="a",
			proposed_solution="b",
			solution_confirmed_at="2025-10-09 10:00:00",
			completed_at="2025-10-10 11:00:00",
			customer_opinion="Accepted",
		)
		complaint.save()
		self.assertFailsToSave(complaint, status="Closed")
		action = {
			"action": "Add a second check of the reference",
			"action_type": "Corrective",
			"action_owner": OWNER,
			"due_date": "2025-10-20",
		}
		self.assertFailsToSave(complaint, status="Closed", actions=[action])
		self.assertFailsToSave(complaint, status="Closed", actions=[{**action, "verified": 1}])
		complaint.update(
			{"status": "Closed", "actions": [{**action, "done_on": "2025-10-15", "verified": 1}]}
		)
		complaint.save()
		self.assertEqual(complaint.actions[0].verified_by, "Administrator")
		self.assertEqual(complaint.status, "Closed")

	def assertFailsToSave(self, complaint, **values):
		complaint.reload()
		complaint.update(values)
		with self.assertRaises(frappe.ValidationError):
			complaint.save()
		complaint.reload()

	def test_bad_chronology_is_refused(self):
		complaint = self.make_complaint(acknowledged_at="2025-09-29 10:00:00")
		with self.assertRaises(frappe.ValidationError):
			complaint.save()
		complaint = self.make_complaint(completed_at="2025-10-10 11:00:00")
		with self.assertRaises(frappe.ValidationError):
			complaint.save()

	def test_breached_major_complaint_is_escalated_exactly_once(self):
		complaint = self.make_complaint(received="2026-03-02 09:00:00", severity="Major")
		complaint.save()
		with self.freeze_time("2026-03-03 09:30:00"):  # analysis was due 2026-03-03 09:00
			clock_warnings.run()
			clock_warnings.run()
		with self.freeze_time("2026-03-04 09:30:00"):
			clock_warnings.run()
		self.assertEqual(
			frappe.db.count("Notification Log", {"for_user": MANAGER, "document_name": complaint.name}), 1
		)
		self.assertTrue(frappe.db.get_value("Complaint", complaint.name, "escalated_at"))
		owner_warnings = frappe.db.count(
			"Notification Log", {"for_user": OWNER, "document_name": complaint.name}
		)
		self.assertEqual(owner_warnings, 2)  # acknowledgement and analysis deadlines, once each
