"""Hypothesis properties of the calendar against a minute-stepping reference on random calendars."""

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from casmes_aftersales.core.calendar import WorkingCalendar
from casmes_aftersales.core.clock import SLAClock, WorkingTarget
from tests.reference import MinuteReference

BASE = dt.date(2025, 9, 22)  # a Monday
WINDOW_DAYS = 21
MINUTE = dt.timedelta(minutes=1)
PROFILE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def day_intervals(draw, allow_empty=True):
	points = sorted(draw(st.sets(st.integers(0, 48).map(lambda k: k * 30), max_size=6)))
	pairs = [(points[i], points[i + 1]) for i in range(0, len(points) - 1, 2)]
	if not allow_empty:
		assume(pairs)
	return pairs


@st.composite
def calendars(draw):
	weekly = {wd: draw(day_intervals()) for wd in range(7)}
	assume(sum(e - s for day in weekly.values() for s, e in day) >= 120)
	window = [BASE + dt.timedelta(days=k) for k in range(WINDOW_DAYS)]
	holidays = draw(st.sets(st.sampled_from(window), max_size=6))
	makeup = draw(st.sets(st.sampled_from([d for d in window if d not in holidays]), max_size=3))
	makeup_intervals = draw(day_intervals(allow_empty=False))

	def hm(minutes):
		return "24:00" if minutes == 1440 else f"{minutes // 60:02d}:{minutes % 60:02d}"

	core = WorkingCalendar(
		{wd: [(hm(s), hm(e)) for s, e in day] for wd, day in weekly.items()},
		holidays=holidays,
		makeup_days=makeup,
		makeup_intervals=[(hm(s), hm(e)) for s, e in makeup_intervals],
	)
	return core, MinuteReference(weekly, holidays, makeup, makeup_intervals)


moments = st.integers(0, WINDOW_DAYS * 1440 - 1).map(
	lambda m: dt.datetime.combine(BASE, dt.time()) + dt.timedelta(minutes=m)
)
amounts = st.integers(0, 900)


@PROFILE
@given(calendars(), moments, moments)
def test_elapsed_matches_reference(pair, a, b):
	core, ref = pair
	a, b = min(a, b), max(a, b)
	assert core.working_time_between(a, b) == ref.elapsed_minutes(a, b) * MINUTE


@PROFILE
@given(calendars(), moments, amounts)
def test_due_matches_reference(pair, start, minutes):
	core, ref = pair
	assert core.add_working_time(start, minutes * MINUTE) == ref.add_minutes(start, minutes)


@PROFILE
@given(calendars(), moments, amounts)
def test_add_then_measure_round_trip_and_due_never_inside_non_working_time(pair, start, minutes):
	core, ref = pair
	due = core.add_working_time(start, minutes * MINUTE)
	assert due >= start
	assert core.working_time_between(start, due) == minutes * MINUTE
	assert ref.in_closure(due)
	if minutes:  # the earliest such moment: one minute less is not enough
		assert core.working_time_between(start, due - MINUTE) < minutes * MINUTE


@PROFILE
@given(calendars(), moments, moments, amounts, amounts)
def test_monotonic_in_start_and_amount(pair, a, b, x, y):
	core, _ref = pair
	a, b, x, y = min(a, b), max(a, b), min(x, y), max(x, y)
	assert core.add_working_time(a, x * MINUTE) <= core.add_working_time(b, x * MINUTE)
	assert core.add_working_time(a, x * MINUTE) <= core.add_working_time(a, y * MINUTE)


@PROFILE
@given(calendars(), moments)
def test_next_working_moment_matches_reference(pair, moment):
	core, ref = pair
	assert core.next_working_moment(moment) == ref.next_working(moment)
	assert core.is_working_time(moment) == ref.working_minute(moment)


@PROFILE
@given(calendars(), moments, st.integers(0, 8))
def test_working_days(pair, start, days):
	core, ref = pair
	due = core.add_working_days(start, days)
	first = ref.next_working(start)
	assert ref.working_days(first.date() + dt.timedelta(days=1), due.date() + dt.timedelta(days=1)) == days
	assert ref.in_closure(due)
	if days and core.day_intervals(due.date()) == core.day_intervals(first.date()):
		assert due.time() == first.time()  # the same working moment when the days have the same hours


@PROFILE
@given(calendars(), st.integers(0, WINDOW_DAYS), st.integers(0, WINDOW_DAYS))
def test_working_days_between(pair, i, j):
	core, ref = pair
	first, last = BASE + dt.timedelta(days=min(i, j)), BASE + dt.timedelta(days=max(i, j))
	assert core.working_days_between(first, last) == ref.working_days(first, last)


@PROFILE
@given(calendars(), moments, amounts, moments, st.integers(0, 600))
def test_clock_with_a_pause_matches_reference(pair, start, minutes, pause_start, pause_minutes):
	core, ref = pair
	pause = (pause_start, pause_start + pause_minutes * MINUTE)
	clock = SLAClock(core, start, WorkingTarget(minutes, "minutes"), [pause])
	due = clock.due
	# reference: step minutes from the start, counting working minutes outside the pause
	t, counted = start, 0
	while counted < minutes:
		if ref.working_minute(t) and not pause[0] <= t < pause[1]:
			counted += 1
		t += MINUTE
	if minutes:
		assert due == t
	assert clock.elapsed(due) == minutes * MINUTE
