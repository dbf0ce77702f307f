"""What the app leaves in a site. After ``uninstall-app`` the answer must be nothing; CI checks it with
``assert_nothing_left()` from a frappe shell`."""

import json
from pathlib import Path

import frappe

from casmes_aftersales.setup.custom_fields import get_custom_fields

APP = "casmes_aftersales"
MODULE = "CASMES Aftersales"
# DocTypes whose records carry the module they belong to
MODULE_RECORDS = (
	"DocType",
	"Report",
	"Print Format",
	"Page",
	"Workspace",
	"Dashboard Chart",
	"Number Card",
	"Notification",
	"Web Form",
	"Custom Field",
	"Property Setter",
	"Client Script",
	"Server Script",
)


def app_doctypes() -> list[str]:
	"""The names of the DocTypes this app defines, read from its files (they no longer exist in the site)."""
	names = []
	for path in Path(frappe.get_app_path(APP)).glob("*/doctype/*/*.json"):
		if path.stem == path.parent.name:
			names.append(json.loads(path.read_text()).get("name"))
	return sorted(filter(None, names))


def app_fixture_names(doctype: str) -> list[str]:
	path = Path(frappe.get_app_path(APP, "fixtures", frappe.scrub(doctype) + ".json"))
	return [row["name"] for row in json.loads(path.read_text())] if path.exists() else []


def leftovers() -> list[str]:
	found = []
	if APP in frappe.get_installed_apps():
		found.append(f"app {APP} is still installed")
	if frappe.db.exists("Module Def", MODULE):
		found.append(f"Module Def {MODULE}")
	for doctype in MODULE_RECORDS:
		if frappe.db.has_column(doctype, "module"):
			found += [
				f"{doctype} {name}" for name in frappe.get_all(doctype, {"module": MODULE}, pluck="name")
			]
	for doctype in app_doctypes():
		if frappe.db.table_exists(doctype):
			found.append(f"table of {doctype}")
	for doctype, fields in get_custom_fields().items():
		for field in fields:
			if frappe.db.exists("Custom Field", {"dt": doctype, "fieldname": field["fieldname"]}):
				found.append(f"Custom Field {doctype}.{field['fieldname']}")
			if frappe.db.has_column(doctype, field["fieldname"]):
				found.append(f"column {doctype}.{field['fieldname']}")
	found += [
		f"HD Ticket Template Field {name}"
		for name in frappe.get_all(
			"HD Ticket Template Field", {"fieldname": ("like", "casmes\\_%")}, pluck="fieldname"
		)
	]
	for role in app_fixture_names("Role"):
		if frappe.db.exists("Role", role):
			found.append(f"Role {role}")
	found += [
		f"Scheduled Job Type {name}"
		for name in frappe.get_all("Scheduled Job Type", {"method": ["like", f"{APP}.%"]}, pluck="name")
	]
	return found


def assert_nothing_left():
	found = leftovers()
	if found:
		raise AssertionError("uninstall left behind: " + "; ".join(found))
	print("uninstall left nothing behind")
