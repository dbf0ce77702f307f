"""Uninstall: remove everything ``setup/install.py`` created, so nothing of the app stays behind."""

import frappe

from casmes_aftersales.setup.custom_fields import get_custom_fields


def before_uninstall():
	delete_custom_fields()


def delete_custom_fields():
	for doctype, fields in get_custom_fields().items():
		for field in fields:
			name = frappe.db.get_value("Custom Field", {"dt": doctype, "fieldname": field["fieldname"]})
			if name:
				frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
		frappe.clear_cache(doctype=doctype)
