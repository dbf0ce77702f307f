"""Construction rules, errors, time zones and China's official data."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from casmes_aftersales.core.calendar import (
	WorkingCalendar,
	clock_to_us,
	normalize_intervals,
	weekday_calendar,
)
from casmes_aftersales.core.china import has_official_data, missing_years, official_year, official_years
from casmes_aftersales.core.errors import CalendarError, CoreError, OfficialDataMissing
from tests.conftest import LAB_DAY, at


def test_several_intervals_per_weekday_and_named_days():
	cal = WorkingCalendar({"Monday": [("13:30", "17:30"), ("08:30", "12:00")], 5: [("09:00", "11:00")]})
	assert cal.day_intervals(dt.date(2025, 9, 29)) == normalize_intervals(LAB_DAY)
	assert cal.is_working_time(at("2025-10-04 10:00"))  # Saturday morning
	assert not cal.is_working_time(at("2025-09-30 10:00"))  # Tuesday has no hours


def test_touching_intervals_merge():
	assert normalize_intervals([("08:00", "12:00"), ("12:00", "13:00")]) == (
		(8 * 3600 * 10**6, 13 * 3600 * 10**6),
	)


@pytest.mark.parametrize(
	"intervals",
	[[("12:00", "08:00")], [("08:00", "12:00"), ("11:00", "13:00")], [("8h", "12:00")], [("25:00", "26:00")]],
)
def test_bad_intervals_are_rejected(intervals):
	with pytest.raises(CoreError):
		WorkingCalendar({0: intervals})


def test_clock_values():
	assert clock_to_us("24:00") == 86_400 * 10**6
	assert (
		clock_to_us(dt.timedelta(hours=8, minutes=30))
		== clock_to_us(dt.time(8, 30))
		== clock_to_us("08:30:00")
	)
	with pytest.raises(CoreError):
		clock_to_us(dt.timedelta(days=2))


def test_make_up_day_cannot_be_a_holiday():
	with pytest.raises(CalendarError):
		weekday_calendar(holidays=[dt.date(2025, 9, 28)], makeup_days=[dt.date(2025, 9, 28)])


def test_make_up_day_with_its_own_hours():
	cal = WorkingCalendar({0: LAB_DAY}, makeup_days={dt.date(2025, 9, 28): [("09:00", "10:00")]})
	assert cal.add_working_hours(at("2025-09-27 12:00"), 1.5) == at("2025-09-29 09:00")


def test_unknown_time_zone_is_rejected():
	with pytest.raises(CalendarError):
		weekday_calendar(timezone="Mars/Olympus")


def test_calendar_without_working_time_reports_it():
	cal = WorkingCalendar({}, makeup_days=[dt.date(2025, 9, 28)], makeup_intervals=LAB_DAY)
	assert cal.add_working_hours(at("2025-09-01 00:00"), 7.5) == at("2025-09-28 17:30")
	with pytest.raises(CalendarError):
		cal.add_working_hours(at("2025-09-01 00:00"), 8)
	with pytest.raises(CalendarError):
		cal.next_working_moment(at("2025-09-29 00:00"))


def test_negative_amounts_are_rejected(cal):
	with pytest.raises(CoreError):
		cal.add_working_time(at("2025-09-29 10:00"), dt.timedelta(minutes=-1))
	with pytest.raises(CoreError):
		cal.add_working_days(at("2025-09-29 10:00"), -1)


def test_aware_moments_come_back_aware_in_the_calendar_zone(cal):
	start = dt.datetime(2025, 9, 29, 1, 0, tzinfo=dt.timezone.utc)  # 09:00 in Shanghai
	due = cal.add_working_hours(start, 2)
	assert due == dt.datetime(2025, 9, 29, 11, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
	assert due.astimezone(dt.timezone.utc) == dt.datetime(2025, 9, 29, 3, 0, tzinfo=dt.timezone.utc)
	assert cal.working_time_between(start, due) == dt.timedelta(hours=2)


def test_official_2025_and_2026_schedules():
	y2025, y2026 = official_year(2025), official_year(2026)
	assert {dt.date(2025, 9, 28), dt.date(2025, 10, 11)} <= set(y2025.makeup_days)
	assert {dt.date(2025, 10, d) for d in range(1, 9)} <= set(y2025.holidays)
	assert {dt.date(2026, 2, 14), dt.date(2026, 2, 28)} <= set(y2026.makeup_days)
	assert "国庆节" in y2025.holidays[dt.date(2025, 10, 1)]


def test_missing_official_year_is_reported_not_guessed():
	assert 2025 in official_years()
	assert not has_official_data(2099)
	assert missing_years([2025, 2099]) == [2099]
	with pytest.raises(OfficialDataMissing) as raised:
		official_year(2099)
	assert raised.value.year == 2099
	assert "{0}" in raised.value.message  # an untranslated template for the adapters
