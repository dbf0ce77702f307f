"""A test base that works on Frappe v15 (FrappeTestCase) and v16 (IntegrationTestCase)."""

import frappe

try:  # Frappe v16
	from frappe.tests import IntegrationTestCase as _FrappeTestCase
except ImportError:  # Frappe v15
	from frappe.tests.utils import FrappeTestCase as _FrappeTestCase


class AfterSalesTestCase(_FrappeTestCase):
	"""Rolls back after the class; runs as Administrator unless a test switches user."""

	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		frappe.set_user("Administrator")
		frappe.flags.casmes_in_communication = False
		from casmes_aftersales.tests.factories import setup_lab

		setup_lab()

	def setUp(self):
		frappe.set_user("Administrator")
		frappe.flags.casmes_in_communication = False

	def tearDown(self):
		frappe.set_user("Administrator")
		frappe.local.lang = "en"
