"""Compare field values the way they mean, not the way they were typed: a Desk form sends datetimes and numbers back
as strings, the database returns datetime and float objects."""

import datetime as dt

from frappe.utils import flt, get_datetime


def same_value(a, b) -> bool:
	if not a and not b:
		return True
	if isinstance(a, dt.date | dt.datetime) or isinstance(b, dt.date | dt.datetime):
		try:
			return get_datetime(a) == get_datetime(b)
		except Exception:
			return False
	if isinstance(a, int | float) or isinstance(b, int | float):
		try:
			return flt(a) == flt(b)
		except Exception:
			return False
	return str(a or "").strip() == str(b or "").strip()
