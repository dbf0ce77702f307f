"""Install steps: everything the app adds to Helpdesk's and Frappe's DocTypes is created here, in code, and
removed again by ``setup/uninstall.py``. Each step is idempotent, so ``bench migrate`` may run it again."""

import json
from pathlib import Path

import frappe
from frappe.custom.doctype.custom_field.custom_field import create_custom_fields

from casmes_aftersales.core.china import has_official_data
from casmes_aftersales.helpdesk_compat import status_is_link, statuses_in_category
from casmes_aftersales.setup.custom_fields import get_custom_fields

DEFAULT_CALENDAR = "Standard Lab Week"
DEFAULT_PROFILE = "Standard"


def before_install():
	create_roles()


def before_migrate():
	create_roles()


def after_install():
	sync()
	create_default_calendar_and_profile()


def after_migrate():
	sync()


def sync():
	create_custom_fields(get_custom_fields(), ignore_validate=True, update=True)
	add_template_fields()
	compile_translations()


# Shown to agents on Helpdesk's new-ticket form and ticket sidebar (HD Ticket Template), hidden from customers
TEMPLATE = "Default"
TEMPLATE_FIELDS = ("casmes_channel", "casmes_category")


def add_template_fields():
	if not frappe.db.exists("HD Ticket Template", TEMPLATE):
		return
	template = frappe.get_doc("HD Ticket Template", TEMPLATE)
	present = {row.fieldname for row in template.get("fields", [])}
	missing = [field for field in TEMPLATE_FIELDS if field not in present]
	for field in missing:
		template.append("fields", {"fieldname": field, "required": 0, "hide_from_customer": 1})
	if missing:
		template.save(ignore_permissions=True)


def create_roles():
	path = Path(frappe.get_app_path("casmes_aftersales", "fixtures", "role.json"))
	for role in json.loads(path.read_text()):
		if not frappe.db.exists("Role", role["name"]):
			frappe.get_doc({**role, "doctype": "Role"}).insert(ignore_permissions=True)


def create_default_calendar_and_profile():
	"""A Monday–Friday 08:30–12:00 / 13:30–17:30 calendar with China's official years, and the default profile."""
	if not frappe.db.exists("Working Calendar", DEFAULT_CALENDAR):
		this_year = frappe.utils.getdate().year
		years = [y for y in (this_year - 1, this_year, this_year + 1) if has_official_data(y)]
		create_lab_week_calendar(DEFAULT_CALENDAR, years)
	if not frappe.db.exists("SLA Profile", {"is_default": 1}):
		profile = frappe.new_doc("SLA Profile")
		profile.update(
			{
				"profile_name": DEFAULT_PROFILE,
				"is_default": 1,
				"enabled": 1,
				"calendar": DEFAULT_CALENDAR,
				"default_responsible": "Administrator",
			}
		)
		for status in statuses_in_category("Paused") if status_is_link() else ():
			profile.append("pause_statuses", {"status": status})
		profile.insert(ignore_permissions=True)


def create_lab_week_calendar(name: str, official_years=()):
	"""Monday–Friday 08:30–12:00 and 13:30–17:30 in Asia/Shanghai, with China's official schedule for the years."""
	calendar = frappe.new_doc("Working Calendar")
	calendar.calendar_name = name
	calendar.time_zone = "Asia/Shanghai"
	for weekday in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
		calendar.append("weekly_hours", {"weekday": weekday, "start_time": "08:30", "end_time": "12:00"})
		calendar.append("weekly_hours", {"weekday": weekday, "start_time": "13:30", "end_time": "17:30"})
	calendar.insert(ignore_permissions=True)
	for year in official_years:
		calendar.load_official_year(year)
	return calendar


def compile_translations():
	"""Compile ``locale/*.po`` into the bench's ``.mo`` files (Frappe v15+ reads translations from there)."""
	try:
		from frappe.gettext.translate import compile_translations as compile_po
	except ImportError:
		return
	compile_po("casmes_aftersales", force=True)
