"""Acceptance through the REST API as a real client (separate web server, session cookie, CSRF token): the
status log is immutable even for System Manager and Administrator; bad agreement input changes nothing; an
agent's reply through the API is the first response."""

import frappe
import requests

from casmes_aftersales.core.survey import QUESTIONS
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_agent, make_ticket, make_user
from casmes_aftersales.tests.live_server import LiveServer

PASSWORD = "Casmes-Test-Passw0rd!"
SYSTEM_MANAGER = "rest.sysmanager@casmes.example.com"
AGENT = "rest.agent@casmes.example.com"


def set_password(user: str):
	from frappe.utils.password import update_password

	update_password(user, PASSWORD)


class TestRestAPI(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_user(SYSTEM_MANAGER, ("System Manager",))
		make_agent(AGENT)
		for user in (SYSTEM_MANAGER, AGENT):
			set_password(user)
		cls.ticket = make_ticket(subject="REST acceptance ticket")
		frappe.db.commit()  # nosemgrep -- the live server is another process
		cls.server = LiveServer(frappe.local.site).start()

	@classmethod
	def tearDownClass(cls):
		cls.server.stop()
		remove_ticket(cls.ticket.name)
		super().tearDownClass()

	def log_entry(self):
		return frappe.get_all("Ticket Status Log", {"ticket": self.ticket.name}, ["name", "to_status"])[0]

	def test_status_log_is_immutable_through_rest_even_for_system_manager(self):
		entry = self.log_entry()
		path = f"/api/resource/Ticket Status Log/{entry.name}"
		for user, password in (
			(SYSTEM_MANAGER, PASSWORD),
			("Administrator", frappe.conf.admin_password or "admin"),
		):
			client = self.server.client(user, password)
			self.assertEqual(client.get(path).status_code, 200, user)  # readable
			response = client.put(path, json={"to_status": "Closed"})
			self.assertEqual(response.status_code, 403, (user, response.text[:300]))
			response = client.delete(path)
			self.assertEqual(response.status_code, 403, (user, response.text[:300]))
			response = client.post(
				"/api/method/frappe.client.set_value",
				json={
					"doctype": "Ticket Status Log",
					"name": entry.name,
					"fieldname": "to_status",
					"value": "Closed",
				},
			)
			self.assertEqual(response.status_code, 403, (user, response.text[:300]))
			response = client.post(
				"/api/resource/Ticket Status Log", json={"ticket": self.ticket.name, "event": "Created"}
			)
			self.assertIn(response.status_code, (403, 417), (user, response.text[:300]))
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("Ticket Status Log", entry.name, "to_status"), entry.to_status)
		self.assertEqual(frappe.db.count("Ticket Status Log", {"ticket": self.ticket.name}), 1)

	def test_bad_agreement_input_changes_nothing(self):
		client = self.server.client(AGENT, PASSWORD)
		fields = ["status", "casmes_agreed_plan", "casmes_agreed_deadline", "casmes_accepted_at", "modified"]
		before = frappe.db.get_value("HD Ticket", self.ticket.name, fields, as_dict=True)
		response = client.post(
			"/api/method/casmes_aftersales.api.ticket.accept",
			json={"ticket": self.ticket.name, "plan": "", "deadline": "2099-01-01 10:00:00"},
		)
		self.assertEqual(response.status_code, 417, response.text[:300])
		response = client.put(f"/api/resource/HD Ticket/{self.ticket.name}", json={"status": "Resolved"})
		self.assertEqual(response.status_code, 417, response.text[:300])
		response = client.put(
			f"/api/resource/HD Ticket/{self.ticket.name}", json={"casmes_agreed_plan": "set behind the API"}
		)
		self.assertEqual(response.status_code, 403, response.text[:300])
		frappe.db.rollback()
		self.assertEqual(frappe.db.get_value("HD Ticket", self.ticket.name, fields, as_dict=True), before)

	def test_csrf_token_is_required(self):
		client = self.server.client(AGENT, PASSWORD)
		response = client.http.post(
			f"{self.server.url}/api/method/casmes_aftersales.api.ticket.log_response",
			json={"ticket": self.ticket.name, "channel": "Phone", "summary": "no token"},
			headers={"Accept": "application/json"},
		)
		self.assertEqual(response.status_code, 400, response.text[:300])
		frappe.db.rollback()
		self.assertIsNone(frappe.db.get_value("HD Ticket", self.ticket.name, "casmes_first_response_at"))

	def test_logged_answer_through_rest_is_the_first_response(self):
		ticket = make_ticket(subject="REST phone answer")
		frappe.db.commit()  # nosemgrep
		try:
			client = self.server.client(AGENT, PASSWORD)
			response = client.post(
				"/api/method/casmes_aftersales.api.ticket.log_response",
				json={"ticket": ticket.name, "channel": "Phone", "summary": "Explained by phone"},
			)
			self.assertEqual(response.status_code, 200, response.text[:300])
			frappe.db.rollback()
			values = frappe.db.get_value(
				"HD Ticket", ticket.name, ["casmes_first_response_at", "casmes_response_status"], as_dict=True
			)
			self.assertTrue(values.casmes_first_response_at)
			self.assertEqual(values.casmes_response_status, "On Time")
		finally:
			remove_ticket(ticket.name)


def assert_lists_only_own(test, client, doctype: str, own: str, other: str) -> None:
	"""The list holds the customer's record, not the other's, and only records of the customer's tickets."""
	listed = client.get(
		f"/api/resource/{doctype}", params={"fields": '["name", "ticket"]', "limit_page_length": 500}
	).json()["data"]
	names = [row["name"] for row in listed]
	test.assertIn(own, names, doctype)
	test.assertNotIn(other, names, doctype)
	raisers = {frappe.db.get_value("HD Ticket", row["ticket"], "raised_by") for row in listed}
	test.assertEqual(raisers, {CUSTOMER_A}, doctype)


def remove_ticket(name: str):
	"""Test clean-up of committed data, below the app's own rules (the log is immutable for everyone else)."""
	for doctype, field in (
		("Ticket Status Log", "ticket"),
		("Retest Case", "ticket"),
		("Complaint", "ticket"),
		("SLA Warning Log", "ticket"),
		("Communication", "reference_name"),
		("ToDo", "reference_name"),
		("Notification Log", "document_name"),
		("Email Queue", "reference_name"),
	):
		frappe.db.delete(doctype, {field: name})
	frappe.db.delete("HD Ticket", {"name": name})
	frappe.db.commit()  # nosemgrep


CUSTOMER_A = "rest.customer.a@casmes.example.com"
CUSTOMER_B = "rest.customer.b@casmes.example.com"


class TestCustomerIsolation(AfterSalesTestCase):
	"""A portal customer reads their own retest cases and complaints, never another customer's."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		for user in (CUSTOMER_A, CUSTOMER_B):
			make_user(user, ("HD Customer",))
			set_password(user)
		cls.tickets = {
			(user, category): make_ticket(raised_by=user, casmes_category=category).name
			for user in (CUSTOMER_A, CUSTOMER_B)
			for category in ("Retest", "Complaint")
		}
		frappe.db.commit()  # nosemgrep -- the live server is another process
		cls.server = LiveServer(frappe.local.site).start()

	@classmethod
	def tearDownClass(cls):
		cls.server.stop()
		for name in cls.tickets.values():
			remove_ticket(name)
		super().tearDownClass()

	def record(self, user, doctype):
		category = "Retest" if doctype == "Retest Case" else "Complaint"
		return frappe.db.get_value(doctype, {"ticket": self.tickets[(user, category)]})

	def test_customer_reads_own_records_only(self):
		client = self.server.client(CUSTOMER_A, PASSWORD)
		for doctype in ("Retest Case", "Complaint"):
			own, other = self.record(CUSTOMER_A, doctype), self.record(CUSTOMER_B, doctype)
			self.assertEqual(client.get(f"/api/resource/{doctype}/{own}").status_code, 200, doctype)
			response = client.get(f"/api/resource/{doctype}/{other}")
			self.assertEqual(response.status_code, 403, (doctype, response.text[:300]))
			assert_lists_only_own(self, client, doctype, own, other)

	def test_customer_cannot_change_a_record(self):
		client = self.server.client(CUSTOMER_A, PASSWORD)
		own = self.record(CUSTOMER_A, "Retest Case")
		response = client.put(f"/api/resource/Retest Case/{own}", json={"fee": 0, "status": "Approved"})
		self.assertEqual(response.status_code, 403, response.text[:300])


class TestAfterResolutionREST(AfterSalesTestCase):
	"""The survey page over plain HTTP with no login; retention deletion and customer isolation through REST."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_user(SYSTEM_MANAGER, ("System Manager",))
		make_agent(AGENT)
		for user in (SYSTEM_MANAGER, AGENT, CUSTOMER_A, CUSTOMER_B):
			make_user(user, ("HD Customer",) if "customer" in user else ())
			set_password(user)
		from casmes_aftersales.tests.test_after_resolution import AGENT as RESOLVER
		from casmes_aftersales.tests.test_after_resolution import resolve

		make_agent(RESOLVER)
		cls.tickets = []
		for user in (CUSTOMER_A, CUSTOMER_B):
			ticket = make_ticket(raised_by=user, casmes_responsible=AGENT)
			resolve(ticket.name)
			cls.tickets.append(ticket.name)
		cls.retention = frappe.get_doc(
			{
				"doctype": "Data Retention Record",
				"reference_type": "Sample",
				"reference": "S-REST-1",
				"ticket": cls.tickets[0],
				"retention_years": 5,
				"start_date": frappe.utils.today(),
				"storage_location": "NAS-02",
			}
		).insert()
		frappe.db.commit()  # nosemgrep -- the live server is another process
		cls.server = LiveServer(frappe.local.site).start()

	@classmethod
	def tearDownClass(cls):
		cls.server.stop()
		frappe.db.delete("Data Retention Record", {"name": cls.retention.name})
		for name in cls.tickets:
			for doctype in ("Service Archive", "Follow-up Visit", "Satisfaction Survey"):
				frappe.db.delete(doctype, {"ticket": name})
			frappe.db.delete("Email Queue", {"reference_doctype": "Satisfaction Survey"})
			remove_ticket(name)
		super().tearDownClass()

	def token(self, ticket: str) -> str:
		import quopri
		import re

		survey = frappe.db.get_value("Satisfaction Survey", {"ticket": ticket})
		message = frappe.db.get_value(
			"Email Queue", {"reference_doctype": "Satisfaction Survey", "reference_name": survey}, "message"
		)
		text = quopri.decodestring(message.encode()).decode(errors="ignore")
		return re.search(r"survey\?token=([A-Za-z0-9_\-]+)", text).group(1)

	def guest(self, method, path, **kwargs):
		frappe.db.rollback()
		return requests.request(
			method,
			f"{self.server.url}{path}",
			headers={**self.server.headers, "Accept": "application/json"},
			timeout=120,
			**kwargs,
		)

	def test_survey_token_works_once_and_refuses_forged_and_expired(self):
		# the public endpoint is rate-limited per address: start this run's count afresh
		frappe.cache.delete(frappe.cache.make_key("rl:casmes_aftersales.api.survey.submit:127.0.0.1"))
		token = self.token(self.tickets[0])
		page = self.guest("GET", f"/survey?token={token}&_lang=zh")
		self.assertEqual(page.status_code, 200)
		self.assertTrue("casmes-survey-form" in page.text, "the survey form is missing")
		self.assertTrue("满意度调查" in page.text, "the page is not in Chinese with _lang=zh")
		answer = {"token": token, "scores": dict.fromkeys(QUESTIONS, 5), "comment": "很好"}
		forged = {**answer, "token": token[:-2] + ("AA" if not token.endswith("AA") else "BB")}
		self.assertEqual(
			self.guest("POST", "/api/method/casmes_aftersales.api.survey.submit", json=forged).status_code,
			403,
		)
		response = self.guest("POST", "/api/method/casmes_aftersales.api.survey.submit", json=answer)
		self.assertEqual(response.status_code, 200, response.text[:300])
		again = self.guest("POST", "/api/method/casmes_aftersales.api.survey.submit", json=answer)
		self.assertEqual(again.status_code, 403, again.text[:300])
		self.assertFalse(
			"casmes-survey-form" in self.guest("GET", f"/survey?token={token}").text, "form shown again"
		)
		survey = frappe.get_doc("Satisfaction Survey", {"ticket": self.tickets[0]})
		self.assertEqual((survey.status, survey.source, survey.average_score), ("Answered", "Survey Page", 5))

		expired_token = self.token(self.tickets[1])
		frappe.db.set_value(
			"Satisfaction Survey", {"ticket": self.tickets[1]}, "expires_at", frappe.utils.add_days(None, -1)
		)
		frappe.db.commit()  # nosemgrep
		response = self.guest(
			"POST", "/api/method/casmes_aftersales.api.survey.submit", json={**answer, "token": expired_token}
		)
		self.assertEqual(response.status_code, 403, response.text[:300])
		self.assertEqual(
			frappe.db.get_value("Satisfaction Survey", {"ticket": self.tickets[1]}, "status"), "Invited"
		)

	def test_deleting_inside_the_retention_period_fails_even_for_system_manager(self):
		client = self.server.client(SYSTEM_MANAGER, PASSWORD)
		archive = frappe.db.get_value("Service Archive", {"ticket": self.tickets[0]})
		for doctype, name in (("Data Retention Record", self.retention.name), ("Service Archive", archive)):
			response = client.delete(f"/api/resource/{doctype}/{name}")
			self.assertEqual(response.status_code, 403, (doctype, response.text[:300]))
			frappe.db.rollback()
			self.assertTrue(frappe.db.exists(doctype, name), doctype)

	def test_customer_cannot_read_another_customers_archive_follow_up_or_survey(self):
		client = self.server.client(CUSTOMER_A, PASSWORD)
		for doctype in ("Service Archive", "Follow-up Visit", "Satisfaction Survey"):
			own = frappe.db.get_value(doctype, {"ticket": self.tickets[0]})
			other = frappe.db.get_value(doctype, {"ticket": self.tickets[1]})
			self.assertEqual(client.get(f"/api/resource/{doctype}/{own}").status_code, 200, doctype)
			self.assertEqual(client.get(f"/api/resource/{doctype}/{other}").status_code, 403, doctype)
			assert_lists_only_own(self, client, doctype, own, other)
