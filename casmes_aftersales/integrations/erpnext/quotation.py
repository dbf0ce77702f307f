"""Where ERPNext is installed, a chargeable retest fee can raise a draft Quotation for the customer (R9).
Everything here is guarded: without ERPNext the action explains that and nothing else runs."""

import frappe
from frappe import _
from frappe.utils import nowdate

RETEST_ITEM = "RETEST-FEE"


def erpnext_installed() -> bool:
	return "erpnext" in frappe.get_installed_apps()


@frappe.whitelist(methods=["POST"])
def make_retest_quotation(retest_case: str) -> str:
	"""Create (once) a draft Quotation for the retest fee and link it to the case."""
	if not erpnext_installed():
		frappe.throw(_("ERPNext is not installed on this site: no quotation can be raised"))
	case = frappe.get_doc("Retest Case", retest_case)
	case.check_permission("write")
	if case.quotation:
		return case.quotation
	if case.retest_class == "Free":
		frappe.throw(_("A free retest ({0}) is not charged").format(case.cause_code))
	if not case.fee or case.fee <= 0:
		frappe.throw(_("Enter the retest fee before raising a quotation"))
	quotation = frappe.get_doc(
		{
			"doctype": "Quotation",
			"quotation_to": "Customer",
			"party_name": erpnext_customer(case.customer),
			"company": default_company(),
			"transaction_date": nowdate(),
			"items": [
				{
					"item_code": retest_item(),
					"qty": 1,
					"rate": case.fee,
					"description": _("Retest {0} (cause {1}) for ticket {2}").format(
						case.name, case.cause_code, case.ticket
					),
				}
			],
		}
	)
	quotation.insert()
	case.db_set({"quotation_doctype": "Quotation", "quotation": quotation.name})
	return quotation.name


def erpnext_customer(hd_customer: str | None) -> str:
	"""Helpdesk keeps HD Customer and ERPNext Customer under the same name."""
	if not hd_customer or not frappe.db.exists("Customer", hd_customer):
		frappe.throw(
			_("The ticket's customer {0} has no ERPNext Customer to quote").format(hd_customer or "-")
		)
	return hd_customer


def default_company() -> str:
	company = frappe.defaults.get_user_default("Company") or frappe.db.get_single_value(
		"Global Defaults", "default_company"
	)
	if not company:
		frappe.throw(_("Set a default company in ERPNext before raising quotations"))
	return company


def retest_item() -> str:
	"""A non-stock service item for retest fees, created on first use."""
	if not frappe.db.exists("Item", RETEST_ITEM):
		group = (
			"Services"
			if frappe.db.exists("Item Group", "Services")
			else frappe.db.get_value("Item Group", {"is_group": 1, "parent_item_group": ("in", ("", None))})
		)
		frappe.get_doc(
			{
				"doctype": "Item",
				"item_code": RETEST_ITEM,
				"item_name": _("Retest Fee"),
				"item_group": group,
				"stock_uom": "Nos" if frappe.db.exists("UOM", "Nos") else frappe.db.get_value("UOM", {}),
				"is_stock_item": 0,
				"is_sales_item": 1,
			}
		).insert(ignore_permissions=True)
	return RETEST_ITEM
