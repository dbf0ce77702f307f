"""China's official holiday schedule (国务院办公厅 notice), from the maintained ``chinesecalendar`` package.

Why ``chinesecalendar`` and not ``holidays``: it carries the State Council's published schedule including the
make-up working days (调休) and raises for a year it has no data for, so a missing year is reported, never
guessed. ``holidays`` computes China's dates from rules for any year (it happily returns invented 2027 dates)
and its make-up working days are not a first-class, per-year published list. When a new notice is published,
upgrading ``chinesecalendar`` brings the year in; until then the year is reported missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from chinese_calendar import constants as official

from casmes_aftersales.core.errors import OfficialDataMissing

_CHINESE_NAMES = {holiday.value: holiday.chinese for holiday in official.Holiday}


@dataclass(frozen=True)
class OfficialYear:
	year: int
	holidays: dict[dt.date, str]  # date -> holiday name (English, with the Chinese name)
	makeup_days: dict[dt.date, str]  # date -> the holiday it makes up for


def official_years() -> range:
	years = {day.year for day in official.holidays} | {day.year for day in official.workdays}
	return range(min(years), max(years) + 1)


def has_official_data(year: int) -> bool:
	return year in official_years()


def _describe(name: str) -> str:
	chinese = _CHINESE_NAMES.get(name)
	return f"{chinese} {name}" if chinese else name


def official_year(year: int) -> OfficialYear:
	"""The official holidays and make-up working days of ``year``; raises ``OfficialDataMissing`` without data."""
	if not has_official_data(year):
		raise OfficialDataMissing(year)
	return OfficialYear(
		year=year,
		holidays={
			day: _describe(name) for day, name in sorted(official.holidays.items()) if day.year == year
		},
		makeup_days={
			day: _describe(name) for day, name in sorted(official.workdays.items()) if day.year == year
		},
	)


def missing_years(years) -> list[int]:
	"""Which of ``years`` have no official data (e.g. the current and the next year, for a warning)."""
	return [year for year in years if not has_official_data(year)]
