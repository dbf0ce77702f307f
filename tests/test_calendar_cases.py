"""Hand-computed cases on a lab calendar (Mon–Fri 08:30–12:00, 13:30–17:30) with China's official schedule."""

import datetime as dt

import pytest

from tests.conftest import at

H = dt.timedelta(hours=1)


# -- 2025 National Day: Oct 1–8 off, make-up Sunday 2025-09-28 and Saturday 2025-10-11 -------------------------


@pytest.mark.parametrize(
	"start, hours, due",
	[
		("2025-09-26 17:00", 2, "2025-09-28 10:00"),  # Friday evening → make-up Sunday
		("2025-09-30 16:00", 2, "2025-10-09 09:00"),  # eve of the holiday → first day after it
		("2025-10-10 17:00", 2, "2025-10-11 10:00"),  # Friday → make-up Saturday
		("2025-10-11 17:00", 2, "2025-10-13 10:00"),  # make-up Saturday → Monday (Sunday is off)
		("2025-10-03 10:00", 1, "2025-10-09 09:30"),  # raised during the holiday
	],
)
def test_national_day_2025_due(cal, start, hours, due):
	assert cal.add_working_hours(at(start), hours) == at(due)


def test_national_day_make_up_days_are_working_days(cal):
	assert cal.is_working_day(dt.date(2025, 9, 28))
	assert cal.is_working_day(dt.date(2025, 10, 11))
	assert not cal.is_working_day(dt.date(2025, 10, 1))
	assert not cal.is_working_day(dt.date(2025, 10, 8))  # a Wednesday inside the holiday
	assert cal.is_working_time(at("2025-09-28 09:00"))
	assert not cal.is_working_time(at("2025-10-06 09:00"))


def test_national_day_elapsed_and_days(cal):
	assert cal.working_time_between(at("2025-09-30 16:00"), at("2025-10-09 09:00")) == 2 * H
	# [09-27, 10-13): 09-28, 09-29, 09-30, 10-09, 10-10, 10-11
	assert cal.working_days_between(dt.date(2025, 9, 27), dt.date(2025, 10, 13)) == 6
	assert cal.add_working_days(at("2025-09-30 16:00"), 1) == at("2025-10-09 16:00")
	assert cal.add_working_days(at("2025-09-26 10:00"), 5) == at("2025-10-10 10:00")


# -- 2026 Spring Festival: Feb 15–23 off, make-up Saturdays 2026-02-14 and 2026-02-28 -------------------------


@pytest.mark.parametrize(
	"start, hours, due",
	[
		("2026-02-13 17:00", 2, "2026-02-14 10:00"),  # Friday → make-up Saturday
		("2026-02-14 17:00", 2, "2026-02-24 10:00"),  # make-up Saturday → after the festival
		("2026-02-27 16:00", 3, "2026-02-28 10:00"),  # Friday → second make-up Saturday
		("2026-02-20 12:00", 7.5, "2026-02-24 17:30"),  # a whole working day, ending exactly at close
	],
)
def test_spring_festival_2026_due(cal, start, hours, due):
	assert cal.add_working_hours(at(start), hours) == at(due)


def test_spring_festival_2026_days(cal):
	assert cal.add_working_days(at("2026-02-14 10:00"), 1) == at("2026-02-24 10:00")
	assert cal.add_working_days(at("2026-02-13 09:00"), 2) == at("2026-02-24 09:00")
	assert cal.working_days_between(dt.date(2026, 2, 9), dt.date(2026, 3, 2)) == 5 + 1 + 0 + 4 + 1
	assert not cal.is_working_day(dt.date(2026, 2, 23))  # a Monday inside the holiday


# -- lunch break, boundaries, zero targets ------------------------------------------------------------------


def test_lunch_break_is_skipped(cal):
	assert cal.add_working_hours(at("2025-09-29 11:00"), 2) == at("2025-09-29 14:30")
	assert cal.working_time_between(at("2025-09-29 11:00"), at("2025-09-29 14:30")) == 2 * H
	assert cal.working_time_between(at("2025-09-29 12:00"), at("2025-09-29 13:30")) == dt.timedelta(0)


def test_due_exactly_on_interval_end_stays_there(cal):
	assert cal.add_working_hours(at("2025-09-29 11:00"), 1) == at("2025-09-29 12:00")
	assert cal.add_working_hours(at("2025-09-29 16:30"), 1) == at("2025-09-29 17:30")


def test_moment_exactly_on_boundaries(cal):
	assert not cal.is_working_time(at("2025-09-29 12:00"))  # intervals are half-open
	assert cal.is_working_time(at("2025-09-29 13:30"))
	assert cal.is_working_time(at("2025-09-29 08:30"))
	assert not cal.is_working_time(at("2025-09-29 17:30"))
	assert cal.next_working_moment(at("2025-09-29 12:00")) == at("2025-09-29 13:30")
	assert cal.next_working_moment(at("2025-09-29 08:30")) == at("2025-09-29 08:30")
	assert cal.next_working_moment(at("2025-09-26 17:30")) == at("2025-09-28 08:30")
	assert cal.add_working_time(at("2025-09-26 17:30"), dt.timedelta(minutes=30)) == at("2025-09-28 09:00")


def test_zero_target(cal):
	assert cal.add_working_time(at("2025-09-29 10:00"), dt.timedelta(0)) == at("2025-09-29 10:00")
	assert cal.add_working_time(at("2025-09-29 12:00"), dt.timedelta(0)) == at("2025-09-29 12:00")
	assert cal.add_working_time(at("2025-09-29 12:30"), dt.timedelta(0)) == at("2025-09-29 13:30")
	assert cal.add_working_time(at("2025-09-30 20:00"), dt.timedelta(0)) == at("2025-10-09 08:30")
	assert cal.add_working_days(at("2025-09-30 20:00"), 0) == at("2025-10-09 08:30")


def test_multi_day_targets(cal):
	start = at("2025-09-22 10:00")  # Monday
	assert cal.add_working_hours(start, 15) == at("2025-09-24 10:00")
	assert cal.add_working_days(start, 2) == at("2025-09-24 10:00")
	assert cal.add_working_hours(start, 7.5 * 20) == cal.add_working_days(start, 20)


def test_ninety_working_days_over_national_day(cal):
	start = at("2025-09-01 09:00")
	due = cal.add_working_days(start, 90)
	assert cal.working_days_between(start.date(), due.date()) == 90
	assert due.time() == dt.time(9, 0)
	assert cal.working_time_between(start, due) == 90 * 7.5 * H


def test_working_days_start_outside_hours_moves_to_next_start(cal):
	assert cal.add_working_days(at("2025-09-29 19:00"), 1) == at("2025-10-09 08:30")
	assert cal.add_working_days(at("2025-09-29 12:15"), 1) == at("2025-09-30 13:30")


def test_elapsed_is_antisymmetric(cal):
	a, b = at("2025-09-26 09:00"), at("2025-10-10 15:00")
	assert cal.working_time_between(b, a) == -cal.working_time_between(a, b)


def test_microsecond_precision(cal):
	start = at("2025-09-29 11:59:59.999999")
	assert cal.add_working_time(start, dt.timedelta(microseconds=2)) == at("2025-09-29 13:30:00.000001")
