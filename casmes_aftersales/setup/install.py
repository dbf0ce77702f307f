"""Install steps: everything the app adds to Helpdesk's and Frappe's DocTypes is created here, in code, and
removed again by ``setup/uninstall.py``. Each step is idempotent, so ``bench migrate`` may run it again."""

import frappe

from casmes_aftersales.setup.custom_fields import get_custom_fields


def after_install():
	sync()


def after_migrate():
	sync()


def sync():
	create_custom_fields()


def create_custom_fields():
	from frappe.custom.doctype.custom_field.custom_field import create_custom_fields as create

	fields = get_custom_fields()
	if fields:
		create(fields, ignore_validate=True, update=True)
	frappe.db.commit()  # nosemgrep -- install hooks run outside a request
