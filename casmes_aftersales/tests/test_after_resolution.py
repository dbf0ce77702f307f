"""After resolution (R6.3.1, R6.3.2, R8.3): exactly one follow-up visit and one survey invitation; the follow-up's
result, further problems and SMS; Helpdesk's rating kept consistent with the survey."""

import datetime as dt
import http.server
import json
import threading

import frappe
from frappe.utils import get_datetime

from casmes_aftersales.api import ticket as ticket_api
from casmes_aftersales.core.survey import QUESTIONS
from casmes_aftersales.jobs import clock_warnings, samples
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_agent, make_ticket
from casmes_aftersales.tickets.surveys import record_answers

AGENT = "after.agent@casmes.example.com"


def resolve(ticket_name: str, at: str = "2026-03-02 10:00:00"):
	frappe.set_user(AGENT)
	ticket_api.accept(ticket_name, "Explain the result", "2099-01-05 17:00:00")
	frappe.set_user("Administrator")
	ticket = frappe.get_doc("HD Ticket", ticket_name)
	ticket.status = "Resolved"
	ticket.save()
	return ticket


class TestAfterResolution(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)

	def test_resolution_creates_one_follow_up_and_one_invitation(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_responsible=AGENT)
		with self.freeze_time("2026-03-02 10:00:00"):
			ticket = resolve(ticket.name)
			ticket.reload()
			ticket.save()
			clock_warnings.run()
			samples.warn_overdue()
			ticket.reload()
			ticket.status = "Open"  # reopened and resolved again
			ticket.save()
			ticket.reload()
			ticket.status = "Closed"
			ticket.save()
		self.assertEqual(frappe.db.count("Follow-up Visit", {"ticket": ticket.name}), 1)
		self.assertEqual(frappe.db.count("Satisfaction Survey", {"ticket": ticket.name}), 1)
		survey = frappe.get_doc("Satisfaction Survey", {"ticket": ticket.name})
		self.assertEqual(survey.accountable, AGENT)
		self.assertEqual(
			frappe.db.count(
				"Email Queue", {"reference_doctype": "Satisfaction Survey", "reference_name": survey.name}
			),
			1,
		)
		visit = frappe.get_doc("Follow-up Visit", {"ticket": ticket.name})
		self.assertEqual(get_datetime(visit.due), dt.datetime(2026, 3, 5, 10, 0))  # 3 working days

	def test_follow_up_problem_reopens_or_opens_a_new_ticket(self):
		ticket = make_ticket()
		resolve(ticket.name)
		visit = frappe.get_doc("Follow-up Visit", {"ticket": ticket.name})
		visit.update({"done_at": frappe.utils.now_datetime(), "result_works": "No"})
		with self.assertRaises(frappe.ValidationError):
			visit.save()
		visit.reload()
		visit.update(
			{
				"done_at": frappe.utils.now_datetime(),
				"result_works": "No",
				"further_problem": "The new report still shows the old unit",
				"problem_action": "Reopen the Ticket",
			}
		)
		visit.save()
		self.assertEqual(frappe.db.get_value("HD Ticket", ticket.name, "status_category"), "Open")

		other = make_ticket()
		resolve(other.name)
		visit = frappe.get_doc("Follow-up Visit", {"ticket": other.name})
		visit.update(
			{
				"done_at": frappe.utils.now_datetime(),
				"result_works": "Yes",
				"further_problem": "Needs a copy in English too",
				"problem_action": "Open a New Ticket",
			}
		)
		visit.save()
		visit.reload()
		self.assertTrue(visit.new_ticket)
		self.assertEqual(frappe.db.get_value("HD Ticket", visit.new_ticket, "ticket_split_from"), other.name)

	def test_follow_up_and_survey_invitation_by_sms_go_through_sms_settings(self):
		received = []

		class Gateway(http.server.BaseHTTPRequestHandler):
			def do_GET(self):
				received.append(self.path)
				self.send_response(200)
				self.end_headers()
				self.wfile.write(b"OK")

			def log_message(self, *args):
				pass

		server = http.server.HTTPServer(("127.0.0.1", 0), Gateway)
		thread = threading.Thread(target=lambda: [server.handle_request() for _ in range(2)], daemon=True)
		thread.start()
		settings = frappe.get_single("SMS Settings")
		settings.update(
			{
				"sms_gateway_url": f"http://127.0.0.1:{server.server_port}/send",
				"message_parameter": "text",
				"receiver_parameter": "to",
				"use_post": 0,
			}
		)
		settings.save()
		contact = frappe.get_doc(
			{
				"doctype": "Contact",
				"first_name": "SMS Customer",
				"email_id": "sms.customer@casmes.example.com",
			}
		)
		contact.append("email_ids", {"email_id": "sms.customer@casmes.example.com", "is_primary": 1})
		contact.append("phone_nos", {"phone": "13800138000", "is_primary_mobile_no": 1})
		contact.insert(ignore_permissions=True)
		ticket = make_ticket(raised_by="sms.customer@casmes.example.com")
		resolve(ticket.name)  # the survey invitation goes by e-mail and SMS
		survey = frappe.get_doc("Satisfaction Survey", {"ticket": ticket.name})
		self.assertEqual(survey.invited_via, "Email and SMS")
		visit = frappe.get_doc("Follow-up Visit", {"ticket": ticket.name})
		self.assertEqual(visit.mobile_no, "13800138000")
		visit.send_sms()
		thread.join(timeout=10)
		server.server_close()
		self.assertEqual(len(received), 2)
		self.assertTrue(all("13800138000" in path for path in received))
		self.assertIn("survey%3Ftoken%3D", received[0])
		self.assertEqual(frappe.db.get_value("Follow-up Visit", visit.name, "status"), "SMS Sent")

	def test_staff_record_after_a_call_and_answers_are_immutable(self):
		ticket = make_ticket()
		resolve(ticket.name)
		survey = frappe.get_doc("Satisfaction Survey", {"ticket": ticket.name})
		survey.record_after_call(dict.fromkeys(QUESTIONS, 4), "Fine")
		survey.reload()
		self.assertEqual(
			(survey.status, survey.source, survey.average_score), ("Answered", "Staff after a Call", 4)
		)
		self.assertEqual(frappe.db.get_value("HD Ticket", ticket.name, "feedback_rating"), 0.8)
		from_form = frappe.get_doc(json.loads(frappe.as_json(survey.as_dict())))
		from_form.save()  # a Desk save that changes nothing is fine
		survey.reload()
		survey.comment = "Changed later"
		with self.assertRaises(frappe.PermissionError):
			survey.save()
		with self.assertRaises(frappe.PermissionError):
			record_answers(
				frappe.get_doc("Satisfaction Survey", survey.name),
				dict.fromkeys(QUESTIONS, 5),
				"",
				"Survey Page",
			)

	def test_helpdesk_rating_answers_the_survey(self):
		ticket = make_ticket()
		ticket = resolve(ticket.name)
		ticket.reload()
		ticket.feedback_rating = 0.6
		ticket.save()
		survey = frappe.get_doc("Satisfaction Survey", {"ticket": ticket.name})
		self.assertEqual(
			(survey.status, survey.source, survey.average_score), ("Answered", "Helpdesk Feedback", 3)
		)
