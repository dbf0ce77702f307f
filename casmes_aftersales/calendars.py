"""Working Calendar documents as core calendars, cached per process and rebuilt when the document changes.

Frappe stores naive datetimes in the system time zone; the core works in the calendar's zone. ``CalendarAdapter``
converts at the boundary (a no-op when both zones are the same, the usual case)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import frappe
from frappe.utils import get_system_timezone, getdate

from casmes_aftersales.core.calendar import DEFAULT_TIMEZONE, WorkingCalendar
from casmes_aftersales.utils.core_errors import core_errors_as_validation

_cache: dict[tuple[str, str, str], WorkingCalendar] = {}


def build_calendar(doc) -> WorkingCalendar:
	"""A core calendar from a Working Calendar document (saved or not); bad rows raise a translated error."""
	weekly: dict[str, list] = {}
	for row in doc.weekly_hours:
		weekly.setdefault(row.weekday, []).append((row.start_time, row.end_time))
	makeup = {getdate(row.work_date): weekly.get(row.hours_like or "Monday", []) for row in doc.makeup_days}
	with core_errors_as_validation():
		return WorkingCalendar(
			weekly,
			holidays=[getdate(row.holiday_date) for row in doc.holidays],
			makeup_days=makeup,
			timezone=doc.time_zone or DEFAULT_TIMEZONE,
		)


def get_calendar(name: str) -> WorkingCalendar:
	modified = str(frappe.db.get_value("Working Calendar", name, "modified"))
	key = (frappe.local.site, name, modified)
	calendar = _cache.get(key)
	if calendar is None:
		calendar = build_calendar(frappe.get_doc("Working Calendar", name))
		_cache[key] = calendar
	return calendar


class CalendarAdapter:
	"""The core calendar with conversions between Frappe's naive system-zone datetimes and the calendar's zone."""

	def __init__(self, calendar: WorkingCalendar):
		self.calendar = calendar
		self.system_tz = ZoneInfo(get_system_timezone())
		self.same_zone = self.system_tz.key == calendar.timezone

	def to_core(self, moment: dt.datetime | None) -> dt.datetime | None:
		if moment is None or self.same_zone:
			return moment
		return moment.replace(tzinfo=self.system_tz)

	def from_core(self, moment: dt.datetime | None) -> dt.datetime | None:
		if moment is None or moment.tzinfo is None:
			return moment
		return moment.astimezone(self.system_tz).replace(tzinfo=None)
