"""Uninstall: remove everything ``setup/install.py`` and the fixtures created, so nothing of the app stays behind.
Frappe itself drops the app's DocTypes, tables and module records."""

import frappe

from casmes_aftersales.setup.custom_fields import get_custom_fields
from casmes_aftersales.setup.leftovers import APP, app_fixture_names


def before_uninstall():
	remove_template_fields()
	delete_custom_fields()
	delete_roles()
	delete_scheduled_jobs()


def delete_custom_fields():
	for doctype, fields in get_custom_fields().items():
		for field in fields:
			name = frappe.db.get_value("Custom Field", {"dt": doctype, "fieldname": field["fieldname"]})
			if name:
				frappe.delete_doc("Custom Field", name, ignore_permissions=True, force=True)
			if frappe.db.has_column(doctype, field["fieldname"]):  # Custom Field.on_trash keeps the column
				frappe.db.sql_ddl(f"alter table `tab{doctype}` drop column `{field['fieldname']}`")
		frappe.clear_cache(doctype=doctype)


def remove_template_fields():
	frappe.db.delete("HD Ticket Template Field", {"fieldname": ("like", "casmes\\_%")})


def delete_roles():
	for role in app_fixture_names("Role"):
		if frappe.db.exists("Role", role):
			frappe.db.delete("Has Role", {"role": role})
			frappe.db.delete("Custom DocPerm", {"role": role})
			frappe.delete_doc("Role", role, ignore_permissions=True, force=True)


def delete_scheduled_jobs():
	frappe.db.delete("Scheduled Job Type", {"method": ["like", f"{APP}.%"]})
