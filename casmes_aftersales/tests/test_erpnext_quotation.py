"""A chargeable retest fee raises a draft ERPNext Quotation (runs only on a site with ERPNext)."""

import frappe

from casmes_aftersales.integrations.erpnext.quotation import erpnext_installed, make_retest_quotation
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_ticket

CUSTOMER = "_Test CASMES Retest Customer"


class TestRetestQuotation(AfterSalesTestCase):
	def setUp(self):
		super().setUp()
		if not erpnext_installed():
			self.skipTest("ERPNext is not installed on this site")
		if not frappe.db.exists("Customer", CUSTOMER):
			frappe.get_doc(
				{
					"doctype": "Customer",
					"customer_name": CUSTOMER,
					"customer_group": frappe.db.get_value("Customer Group", {"is_group": 0})
					or "All Customer Groups",
					"territory": frappe.db.get_value("Territory", {"is_group": 0}) or "All Territories",
				}
			).insert(ignore_permissions=True)
		if not frappe.db.exists("HD Customer", CUSTOMER):
			frappe.get_doc({"doctype": "HD Customer", "customer_name": CUSTOMER}).insert(
				ignore_permissions=True
			)
		if not frappe.db.get_single_value("Global Defaults", "default_company"):
			company = frappe.get_all("Company", pluck="name", limit=1)[0]
			frappe.db.set_single_value("Global Defaults", "default_company", company)

	def case(self, cause_code, fee):
		ticket = make_ticket(casmes_category="Retest", customer=CUSTOMER)
		frappe.db.set_value("HD Ticket", ticket.name, "customer", CUSTOMER)
		case = frappe.get_doc("Retest Case", {"ticket": ticket.name})
		case.update(
			{"cause_code": cause_code, "fee": fee, "customer": CUSTOMER, "improvement_advice": "Dry it"}
		)
		case.save()
		return case

	def test_chargeable_fee_raises_one_draft_quotation(self):
		case = self.case("9.2a", 300)
		name = make_retest_quotation(case.name)
		quotation = frappe.get_doc("Quotation", name)
		self.assertEqual(quotation.docstatus, 0)
		self.assertEqual(quotation.party_name, CUSTOMER)
		self.assertEqual(quotation.items[0].rate, 300)
		self.assertEqual(make_retest_quotation(case.name), name)  # once
		self.assertEqual(frappe.db.get_value("Retest Case", case.name, "quotation"), name)

	def test_free_retest_is_not_quoted(self):
		case = self.case("9.1a", 0)
		with self.assertRaises(frappe.ValidationError):
			make_retest_quotation(case.name)
