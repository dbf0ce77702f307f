import datetime as dt

import pytest

from casmes_aftersales.core.calendar import WorkingCalendar, weekday_calendar
from casmes_aftersales.core.china import official_year

LAB_DAY = (("08:30", "12:00"), ("13:30", "17:30"))  # 7.5 working hours with a lunch break


def official_calendar(*years: int) -> WorkingCalendar:
	holidays, makeup = [], []
	for year in years:
		data = official_year(year)
		holidays += list(data.holidays)
		makeup += list(data.makeup_days)
	return weekday_calendar(LAB_DAY, holidays=holidays, makeup_days=makeup)


@pytest.fixture(scope="session")
def cal() -> WorkingCalendar:
	"""Mon–Fri 08:30–12:00 and 13:30–17:30 with China's official 2025 and 2026 schedule."""
	return official_calendar(2025, 2026)


def at(text: str) -> dt.datetime:
	return dt.datetime.fromisoformat(text)
