"""Install results, roles and permissions (R4.1.1), routing by category (R6.2.1), calendars and profiles."""

import datetime as dt

import frappe

from casmes_aftersales.core.china import has_official_data
from casmes_aftersales.setup.custom_fields import get_custom_fields
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import (
	TEST_CALENDAR,
	make_agent,
	make_profile,
	make_team,
	make_ticket,
	make_user,
)

ROLES = ("After-sales Manager", "Customer Manager", "Customer Service", "Tester")


class TestInstall(AfterSalesTestCase):
	def test_roles_exist(self):
		for role in ROLES:
			self.assertTrue(frappe.db.exists("Role", role), role)

	def test_custom_fields_exist(self):
		for doctype, fields in get_custom_fields().items():
			for field in fields:
				self.assertTrue(frappe.get_meta(doctype).has_field(field["fieldname"]), field["fieldname"])

	def test_agents_see_channel_and_category_on_helpdesk_forms(self):
		rows = frappe.get_all(
			"HD Ticket Template Field", {"parent": "Default"}, ["fieldname", "hide_from_customer"]
		)
		shown = {row.fieldname: row.hide_from_customer for row in rows}
		self.assertEqual(shown.get("casmes_channel"), 1)
		self.assertEqual(shown.get("casmes_category"), 1)

	def test_workspace_links_every_list_and_report(self):
		links = {
			link.link_to for link in frappe.get_doc("Workspace", "After-sales").links if link.type == "Link"
		}
		for target in ("Retest Case", "Complaint", "Service Archive", "Retention Expiring", "SLA Profile"):
			self.assertIn(target, links)

	def test_default_calendar_and_profile_installed(self):
		self.assertTrue(frappe.db.exists("SLA Profile", {"is_default": 1}))
		self.assertTrue(frappe.db.exists("Working Calendar", "Standard Lab Week"))


class TestPermissions(AfterSalesTestCase):
	def test_manager_configures_others_read(self):
		make_user("perm.manager@casmes.example.com", ("After-sales Manager",))
		make_user("perm.tester@casmes.example.com", ("Tester",))
		for doctype in ("Working Calendar", "SLA Profile"):
			self.assertTrue(frappe.has_permission(doctype, "write", user="perm.manager@casmes.example.com"))
			self.assertTrue(frappe.has_permission(doctype, "read", user="perm.tester@casmes.example.com"))
			self.assertFalse(frappe.has_permission(doctype, "write", user="perm.tester@casmes.example.com"))
		self.assertFalse(
			frappe.has_permission("Ticket Status Log", "write", user="perm.manager@casmes.example.com")
		)
		self.assertTrue(
			frappe.has_permission("Ticket Status Log", "read", user="perm.tester@casmes.example.com")
		)

	def test_customers_cannot_use_staff_actions(self):
		from casmes_aftersales.api import ticket as ticket_api

		ticket = make_ticket()
		make_user("perm.customer@casmes.example.com", ("HD Customer",))
		frappe.set_user("perm.customer@casmes.example.com")
		with self.assertRaises(frappe.PermissionError):
			ticket_api.log_response(ticket.name, "Phone", "I answered myself")
		self.assertFalse(frappe.has_permission("Ticket Status Log", "read"))


class TestRouting(AfterSalesTestCase):
	def test_category_routes_to_team_and_assignee_becomes_responsible(self):
		tester = make_agent("routing.tester@casmes.example.com", roles=("Tester",))
		make_team("_Test Testers", [tester.name])
		settings = frappe.get_single("After-sales Settings")
		settings.set(
			"routing", [{"category": "Technical Question", "team": "_Test Testers", "handled_by": "Tester"}]
		)
		settings.save()
		ticket = make_ticket(casmes_category="Technical Question")
		self.assertEqual(ticket.agent_group, "_Test Testers")
		self.assertEqual(ticket.casmes_responsible, tester.name)
		self.assertTrue(
			frappe.db.exists(
				"Ticket Status Log",
				{"ticket": ticket.name, "event": "Responsible Change", "responsible": tester.name},
			)
		)

	def test_duplicate_routing_is_refused(self):
		make_team("_Test Testers", [make_agent("routing.tester@casmes.example.com").name])
		settings = frappe.get_single("After-sales Settings")
		settings.set("routing", [{"category": "Dispute", "team": "_Test Testers"}] * 2)
		with self.assertRaises(frappe.ValidationError):
			settings.save()


class TestProfiles(AfterSalesTestCase):
	def test_most_specific_profile_applies(self):
		make_profile("_Test Complaints", category="Complaint", first_response_hours=1)
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_category="Complaint")
		self.assertEqual(ticket.casmes_sla_profile, "_Test Complaints")
		self.assertEqual(str(ticket.casmes_response_due), "2026-03-02 10:00:00")

	def test_bad_profile_input_is_refused(self):
		for values in ({"warning_thresholds": "75, 150"}, {"first_response_hours": -1}, {"kpi_target": 0}):
			with self.assertRaises(frappe.ValidationError):
				make_profile("_Test Bad", **values)
		self.assertFalse(frappe.db.exists("SLA Profile", "_Test Bad"))

	def test_only_one_default(self):
		make_profile("_Test New Default", is_default=1)
		self.assertEqual(
			frappe.get_all("SLA Profile", {"is_default": 1}, pluck="name"), ["_Test New Default"]
		)


class TestWorkingCalendar(AfterSalesTestCase):
	def test_overlapping_intervals_are_refused_with_a_translated_error(self):
		calendar = frappe.get_doc("Working Calendar", TEST_CALENDAR)
		calendar.append("weekly_hours", {"weekday": "Monday", "start_time": "11:00", "end_time": "14:00"})
		with self.assertRaises(frappe.ValidationError) as raised:
			calendar.save()
		self.assertIn("overlap", str(raised.exception))
		frappe.local.lang = "zh"
		calendar = frappe.get_doc("Working Calendar", TEST_CALENDAR)
		calendar.append("weekly_hours", {"weekday": "Monday", "start_time": "11:00", "end_time": "14:00"})
		with self.assertRaises(frappe.ValidationError) as raised:
			calendar.save()
		self.assertIn("重叠", str(raised.exception))

	def test_official_year_loads_make_up_days(self):
		calendar = frappe.get_doc("Working Calendar", TEST_CALENDAR)
		days = {row.work_date for row in calendar.makeup_days}
		self.assertIn(dt.date(2025, 9, 28), days)
		self.assertIn(dt.date(2026, 2, 14), days)
		before = len(calendar.holidays)
		calendar.load_official_year(2026)  # reloading replaces, never duplicates
		self.assertEqual(len(calendar.reload().holidays), before)

	def test_missing_official_year_is_reported(self):
		calendar = frappe.get_doc("Working Calendar", TEST_CALENDAR)
		with self.assertRaises(frappe.ValidationError):
			calendar.load_official_year(2099)
		with self.freeze_time("2026-12-03 10:00:00"):
			note = frappe.get_doc("Working Calendar", TEST_CALENDAR).official_data_note
		if not has_official_data(2027):
			self.assertIn("2027", note)
