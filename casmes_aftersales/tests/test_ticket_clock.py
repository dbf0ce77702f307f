"""The response clock, first response and the agreed plan/deadline on real Helpdesk tickets (R7.1.1, R7.1.3)."""

import datetime as dt
import json

import frappe
from frappe.utils import get_datetime

from casmes_aftersales.api import ticket as ticket_api
from casmes_aftersales.calendars import get_calendar
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import (
	TEST_CALENDAR,
	make_agent,
	make_customer,
	make_outgoing_email_account,
	make_portal_contact,
	make_ticket,
)
from casmes_aftersales.tickets.agreement import AgreementRequiredError

AGENT = "cs.agent@casmes.example.com"


class TestResponseClock(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)

	def test_portal_ticket_friday_before_a_public_holiday(self):
		"""Friday 2026-04-03 17:00, before Qingming (Monday 2026-04-06 off): 0.5 h on Friday, 1.5 h on Tuesday."""
		make_customer("_Test Lab Customer")
		make_portal_contact("portal.customer@casmes.example.com", "_Test Lab Customer")
		from helpdesk.helpdesk.doctype.hd_ticket.api import new as new_portal_ticket

		with self.freeze_time("2026-04-03 17:00:00"):
			frappe.set_user("portal.customer@casmes.example.com")
			ticket = new_portal_ticket({"subject": "Report question", "description": "Which standard?"})
			frappe.set_user("Administrator")
		ticket.reload()
		expected = get_calendar(TEST_CALENDAR).add_working_hours(dt.datetime(2026, 4, 3, 17, 0), 2)
		self.assertEqual(expected, dt.datetime(2026, 4, 7, 10, 0))
		self.assertEqual(get_datetime(ticket.casmes_response_due), expected)
		self.assertEqual(ticket.casmes_channel, "Web Form")
		self.assertEqual(ticket.casmes_response_status, "Pending")
		self.assertEqual(ticket.casmes_responsible, "Administrator")  # the profile's fallback until assigned

	def test_agent_email_reply_is_the_first_response_on_time(self):
		make_outgoing_email_account()
		with self.freeze_time("2026-03-02 09:00:00"):  # a Monday
			ticket = make_ticket(casmes_channel="Email")
		with self.freeze_time("2026-03-02 10:30:00"):
			frappe.set_user(AGENT)
			ticket.reload()
			ticket.reply_via_agent(message="The peak is quartz (101).", to=ticket.raised_by)
		ticket.reload()
		self.assertEqual(get_datetime(ticket.casmes_first_response_at), dt.datetime(2026, 3, 2, 10, 30))
		self.assertEqual(ticket.casmes_response_status, "On Time")
		self.assertTrue(
			frappe.db.exists("Email Queue", {"reference_doctype": "HD Ticket", "reference_name": ticket.name})
		)

	def test_agent_email_reply_after_two_working_hours_is_late(self):
		make_outgoing_email_account()
		with self.freeze_time("2026-03-02 11:00:00"):
			ticket = make_ticket(casmes_channel="Email")
		with self.freeze_time("2026-03-02 15:01:00"):  # 1 h before lunch + 1.5 h after = 2.5 h
			frappe.set_user(AGENT)
			ticket.reload()
			ticket.reply_via_agent(message="Sorry for the delay.", to=ticket.raised_by)
		ticket.reload()
		self.assertEqual(get_datetime(ticket.casmes_response_due), dt.datetime(2026, 3, 2, 14, 30))
		self.assertEqual(ticket.casmes_response_status, "Late")

	def test_unanswered_overdue_ticket_is_late(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket()
		with self.freeze_time("2026-03-02 11:01:00"):
			ticket.reload()
			ticket.save()
		self.assertEqual(ticket.casmes_response_status, "Late")

	def test_logged_phone_answer_counts_as_first_response(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_channel="Phone")
		with self.freeze_time("2026-03-02 09:40:00"):
			frappe.set_user(AGENT)
			ticket_api.log_response(ticket.name, "Phone", "Explained the test conditions by phone")
		ticket.reload()
		self.assertEqual(get_datetime(ticket.casmes_first_response_at), dt.datetime(2026, 3, 2, 9, 40))
		self.assertEqual(ticket.casmes_response_status, "On Time")
		with self.freeze_time("2026-03-02 10:00:00"):  # a second answer does not move the first response
			frappe.set_user(AGENT)
			ticket_api.log_response(ticket.name, "Online Chat", "Sent the method by chat")
		self.assertEqual(
			get_datetime(frappe.db.get_value("HD Ticket", ticket.name, "casmes_first_response_at")),
			dt.datetime(2026, 3, 2, 9, 40),
		)

	def test_customer_reply_is_not_a_response(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket()
			frappe.get_doc(
				{
					"doctype": "Communication",
					"communication_type": "Communication",
					"communication_medium": "Email",
					"sent_or_received": "Received",
					"content": "Any news?",
					"sender": "customer@example.com",
					"reference_doctype": "HD Ticket",
					"reference_name": ticket.name,
				}
			).insert(ignore_permissions=True)
		self.assertIsNone(frappe.db.get_value("HD Ticket", ticket.name, "casmes_first_response_at"))

	def test_pause_status_moves_the_due_moment(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket()
		self.assertEqual(get_datetime(ticket.casmes_response_due), dt.datetime(2026, 3, 2, 11, 0))
		with self.freeze_time("2026-03-02 09:30:00"):
			ticket.reload()
			ticket.status = "On Hold"
			ticket.save()
		with self.freeze_time("2026-03-02 10:30:00"):
			ticket.reload()
			ticket.status = "Open"
			ticket.save()
		self.assertEqual(get_datetime(ticket.casmes_response_due), dt.datetime(2026, 3, 2, 12, 0))


class TestIntakeChannel(AfterSalesTestCase):
	def test_staff_ticket_needs_a_channel(self):
		count = frappe.db.count("HD Ticket")
		with self.assertRaises(frappe.ValidationError):
			make_ticket(casmes_channel="")
		self.assertEqual(frappe.db.count("HD Ticket"), count)

	def test_email_ticket_sets_its_channel(self):
		account = make_outgoing_email_account()
		ticket = make_ticket(casmes_channel="", email_account=account)
		self.assertEqual(ticket.casmes_channel, "Email")

	def test_staff_chooses_phone_or_chat(self):
		self.assertEqual(make_ticket(casmes_channel="Online Chat").casmes_channel, "Online Chat")


class TestAgreedPlanAndDeadline(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)

	def snapshot(self, name):
		fields = ["status", "casmes_agreed_plan", "casmes_agreed_deadline", "casmes_accepted_at", "modified"]
		return frappe.db.get_value("HD Ticket", name, fields, as_dict=True)

	def test_accept_needs_plan_and_deadline_and_changes_nothing_otherwise(self):
		ticket = make_ticket()
		before = self.snapshot(ticket.name)
		frappe.set_user(AGENT)
		for plan, deadline in (("", "2099-01-05 17:00:00"), ("Retest sample A", None), ("  ", "")):
			with self.assertRaises(frappe.ValidationError):
				ticket_api.accept(ticket.name, plan, deadline)
		with self.assertRaises(frappe.ValidationError):
			ticket_api.accept(ticket.name, "Retest sample A", "2000-01-01 10:00:00")  # in the past
		self.assertEqual(self.snapshot(ticket.name), before)

	def test_resolving_without_agreement_fails_and_changes_nothing(self):
		ticket = make_ticket()
		before = self.snapshot(ticket.name)
		ticket.status = "Resolved"
		with self.assertRaises(AgreementRequiredError):
			ticket.save()
		self.assertEqual(self.snapshot(ticket.name), before)
		ticket.reload()
		ticket.status = "Closed"
		with self.assertRaises(AgreementRequiredError):
			ticket.save()

	def test_accept_then_resolve(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket()
			frappe.set_user(AGENT)
			ticket_api.accept(ticket.name, "Explain the method in writing", "2026-03-04 17:00:00")
			frappe.set_user("Administrator")
		ticket.reload()
		self.assertEqual(ticket.casmes_accepted_by, AGENT)
		self.assertEqual(get_datetime(ticket.casmes_delivery_due), dt.datetime(2026, 3, 4, 17, 0))
		self.assertEqual(ticket.casmes_delivery_status, "Pending")
		with self.freeze_time("2026-03-03 10:00:00"):
			ticket.status = "Resolved"
			ticket.save()
		self.assertEqual(ticket.casmes_delivery_status, "On Time")

	def test_agent_reply_on_a_ticket_without_agreement_still_goes_out(self):
		"""Helpdesk may move the ticket on an agent's reply (here straight to Resolved): that must not fail."""
		make_outgoing_email_account()
		frappe.db.set_single_value("HD Settings", "auto_update_status", 1)
		frappe.db.set_single_value("HD Settings", "update_status_to", "Resolved")
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_channel="Email")
		with self.freeze_time("2026-03-02 09:20:00"):
			frappe.set_user(AGENT)
			ticket.reload()
			ticket.reply_via_agent(message="Done: see the corrected report.", to=ticket.raised_by)
			frappe.set_user("Administrator")
		ticket.reload()
		self.assertEqual(ticket.status, "Resolved")
		self.assertEqual(get_datetime(ticket.casmes_first_response_at), dt.datetime(2026, 3, 2, 9, 20))
		self.assertEqual(ticket.casmes_response_status, "On Time")
		self.assertEqual(ticket.casmes_needs_agreement, 1)
		self.assertTrue(frappe.db.exists("Email Queue", {"reference_name": ticket.name}))

	def test_deadline_change_keeps_history_and_needs_reason_and_consent(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket()
			frappe.set_user(AGENT)
			ticket_api.accept(ticket.name, "Retest", "2026-03-04 17:00:00")
			for reason, consent in (("", 1), ("Instrument down", 0)):
				with self.assertRaises(frappe.ValidationError):
					ticket_api.change_deadline(ticket.name, "2026-03-06 17:00:00", reason, consent)
			ticket_api.change_deadline(
				ticket.name, "2026-03-06 17:00:00", "Instrument down", 1, "Customer agreed by phone"
			)
			frappe.set_user("Administrator")
		ticket.reload()
		self.assertEqual(get_datetime(ticket.casmes_agreed_deadline), dt.datetime(2026, 3, 6, 17, 0))
		(change,) = ticket.casmes_deadline_changes
		self.assertEqual(get_datetime(change.old_deadline), dt.datetime(2026, 3, 4, 17, 0))
		self.assertEqual(change.reason, "Instrument down")
		self.assertEqual(change.customer_consent, 1)
		self.assertEqual(change.changed_by, AGENT)

	def test_desk_save_of_an_accepted_ticket_is_not_refused(self):
		"""A Desk form sends the whole document back with datetimes as strings: unchanged values are unchanged."""
		ticket = make_ticket()
		frappe.set_user(AGENT)
		ticket_api.accept(ticket.name, "Explain the method", "2099-01-05 17:00:00")
		ticket_api.change_deadline(ticket.name, "2099-01-09 17:00:00", "Instrument down", 1)
		frappe.set_user("Administrator")
		from_form = frappe.get_doc(
			json.loads(frappe.as_json(frappe.get_doc("HD Ticket", ticket.name).as_dict()))
		)
		from_form.subject = "Question about the XRD report (edited)"
		from_form.save()
		self.assertEqual(
			frappe.db.get_value("HD Ticket", ticket.name, "casmes_agreed_plan"), "Explain the method"
		)

	def test_agreement_fields_cannot_be_edited_directly(self):
		ticket = make_ticket()
		ticket.casmes_agreed_plan = "Sneaky plan"
		ticket.casmes_agreed_deadline = "2099-01-01 10:00:00"
		with self.assertRaises(frappe.PermissionError):
			ticket.save()
