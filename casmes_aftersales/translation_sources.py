"""Every user-facing string that is not inside a ``_()`` call: DocType and field labels, descriptions and
Select options of the app's DocTypes and custom fields, role names. Pure (no frappe import): the completeness
test of ``locale/zh.po`` reads it, and so does the POT update (see README, Translations)."""

import json
from pathlib import Path

APP = Path(__file__).resolve().parent
FIELD_KEYS = ("label", "description")


def _field_strings(fields) -> set[str]:
	found = set()
	for field in fields:
		found.update(field[key] for key in FIELD_KEYS if field.get(key))
		if field.get("fieldtype") == "Select" and field.get("options"):
			found.update(option for option in field["options"].split("\n") if option.strip())
	return found


def doctype_strings() -> set[str]:
	found = set()
	for path in APP.glob("*/doctype/*/*.json"):
		if path.stem != path.parent.name:
			continue
		meta = json.loads(path.read_text())
		found.add(meta["name"])
		if meta.get("description"):
			found.add(meta["description"])
		found |= _field_strings(meta.get("fields", []))
	return found


def custom_field_strings() -> set[str]:
	from casmes_aftersales.setup.custom_fields import get_custom_fields

	return {text for fields in get_custom_fields().values() for text in _field_strings(fields)}


def role_strings() -> set[str]:
	return {row["name"] for row in json.loads((APP / "fixtures" / "role.json").read_text())}


def all_strings() -> set[str]:
	return doctype_strings() | custom_field_strings() | role_strings()
