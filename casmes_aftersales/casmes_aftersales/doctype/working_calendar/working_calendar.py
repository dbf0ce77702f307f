# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate, nowdate

from casmes_aftersales.calendars import build_calendar
from casmes_aftersales.core.china import missing_years, official_year
from casmes_aftersales.utils.core_errors import core_errors_as_validation


class WorkingCalendar(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from casmes_aftersales.casmes_aftersales.doctype.working_calendar_holiday.working_calendar_holiday import (
			WorkingCalendarHoliday,
		)
		from casmes_aftersales.casmes_aftersales.doctype.working_calendar_interval.working_calendar_interval import (
			WorkingCalendarInterval,
		)
		from casmes_aftersales.casmes_aftersales.doctype.working_calendar_make_up_day.working_calendar_make_up_day import (
			WorkingCalendarMakeupDay,
		)

		calendar_name: DF.Data
		holidays: DF.Table[WorkingCalendarHoliday]
		makeup_days: DF.Table[WorkingCalendarMakeupDay]
		official_data_note: DF.SmallText | None
		time_zone: DF.Autocomplete
		weekly_hours: DF.Table[WorkingCalendarInterval]
	# end: auto-generated types

	def validate(self):
		self.validate_unique_dates()
		build_calendar(self)  # the core checks intervals, overlaps, holiday/make-up conflicts, time zone

	def validate_unique_dates(self):
		for table, field, label in (
			(self.holidays, "holiday_date", _("Holidays")),
			(self.makeup_days, "work_date", _("Make-up Working Days")),
		):
			seen = set()
			for row in table:
				day = getdate(row.get(field))
				if day in seen:
					frappe.throw(_("{0}: {1} appears twice (row {2})").format(label, day, row.idx))
				seen.add(day)

	@property
	def official_data_note(self) -> str:
		"""A warning when the current or next year has no official holiday schedule (never guessed)."""
		year = getdate(nowdate()).year
		missing = missing_years([year, year + 1])
		if not missing:
			return ""
		return _(
			"No official holiday schedule is available for {0}: enter its holidays and make-up days by hand, or load it when published."
		).format(", ".join(str(y) for y in missing))

	@frappe.whitelist()
	def load_official_year(self, year: int | str) -> dict:
		"""Replace this year's holidays and make-up days with China's official schedule and save."""
		self.check_permission("write")
		try:
			year = int(year)
		except (TypeError, ValueError):
			frappe.throw(_("Enter a year such as 2026"))
		with core_errors_as_validation():
			data = official_year(year)
		self.set("holidays", [row for row in self.holidays if getdate(row.holiday_date).year != year])
		self.set("makeup_days", [row for row in self.makeup_days if getdate(row.work_date).year != year])
		for day, name in data.holidays.items():
			self.append("holidays", {"holiday_date": day, "description": name})
		for day, name in data.makeup_days.items():
			self.append("makeup_days", {"work_date": day, "description": name, "hours_like": "Monday"})
		self.holidays.sort(key=lambda row: getdate(row.holiday_date))
		self.makeup_days.sort(key=lambda row: getdate(row.work_date))
		for table in (self.holidays, self.makeup_days):
			for idx, row in enumerate(table, 1):
				row.idx = idx
		self.save()
		return {"holidays": len(data.holidays), "makeup_days": len(data.makeup_days)}
