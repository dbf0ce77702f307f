import datetime as dt

import pytest

from casmes_aftersales.core.clock import ClockState, SLAClock, WorkingTarget, normalize_pauses
from casmes_aftersales.core.errors import CoreError
from tests.conftest import at

H = dt.timedelta(hours=1)


@pytest.fixture
def response(cal):
	"""The 2-working-hour first-response clock of a ticket raised Monday 09:00."""
	return SLAClock(cal, at("2025-09-29 09:00"), WorkingTarget(2, "hours"))


def test_due_and_state(response):
	assert response.due == at("2025-09-29 11:00")
	assert response.state(at("2025-09-29 10:00")) is ClockState.PENDING
	assert response.state(at("2025-09-29 11:00")) is ClockState.PENDING
	assert response.state(at("2025-09-29 11:01")) is ClockState.BREACHED
	assert response.state(at("2025-09-29 15:00"), met_at=at("2025-09-29 10:59")) is ClockState.MET_ON_TIME
	assert response.state(at("2025-09-29 15:00"), met_at=at("2025-09-29 11:00")) is ClockState.MET_ON_TIME
	assert response.state(at("2025-09-29 15:00"), met_at=at("2025-09-29 11:01")) is ClockState.MET_LATE


def test_fraction_remaining_and_thresholds(response):
	assert response.fraction_used(at("2025-09-29 10:00")) == 0.5
	assert response.remaining(at("2025-09-29 10:00")) == H
	assert response.crossed_thresholds(at("2025-09-29 10:29")) == (0.5,)
	assert response.crossed_thresholds(at("2025-09-29 10:30")) == (0.5, 0.75)
	assert response.crossed_thresholds(at("2025-09-29 14:00")) == (0.5, 0.75, 1.0)
	assert response.remaining(at("2025-09-29 14:00")) == -1.5 * H  # 3.5 h used: 09:00–12:00, 13:30–14:00
	assert response.crossed_thresholds(at("2025-09-29 14:00"), met_at=at("2025-09-29 10:45")) == ()
	assert response.fraction_used(at("2025-09-29 14:00"), met_at=at("2025-09-29 10:30")) == 0.75


def test_lunch_counts_nothing(cal):
	clock = SLAClock(cal, at("2025-09-29 11:00"), WorkingTarget(2, "hours"))
	assert clock.due == at("2025-09-29 14:30")
	assert clock.fraction_used(at("2025-09-29 13:30")) == 0.5


def test_friday_before_holiday_ticket(cal):
	"""Raised Friday 17:00 before the 2026 Spring Festival; the next working day is the make-up Saturday."""
	clock = SLAClock(cal, at("2026-02-13 17:00"), WorkingTarget(2, "hours"))
	assert clock.due == at("2026-02-14 10:00")


def test_pause_spanning_a_holiday(cal):
	"""2 working days from Tue 2025-09-30 09:00 is 2025-10-10 09:00 (15 working hours). A pause from 09-30 17:00
	to 10-09 10:00 covers 0.5 h + the holiday (nothing) + 1.5 h, so the due moves by 2 working hours."""
	plain = SLAClock(cal, at("2025-09-30 09:00"), WorkingTarget(2, "days"))
	assert plain.due == at("2025-10-10 09:00")
	assert plain.target_time == 15 * H
	paused = SLAClock(
		cal,
		at("2025-09-30 09:00"),
		WorkingTarget(2, "days"),
		[(at("2025-09-30 17:00"), at("2025-10-09 10:00"))],
	)
	assert paused.due == at("2025-10-10 11:00")
	assert paused.paused_time(at("2025-10-10 00:00")) == 2 * H
	assert paused.elapsed(at("2025-10-09 10:00")) == 6.5 * H


def test_open_pause_holds_the_clock(cal):
	clock = SLAClock(cal, at("2025-09-29 09:00"), WorkingTarget(2, "hours"), [(at("2025-09-29 10:00"), None)])
	assert clock.due is None
	assert clock.is_paused(at("2025-09-30 10:00"))
	assert clock.elapsed(at("2025-09-30 15:00")) == H
	assert clock.state(at("2025-10-20 09:00")) is ClockState.PENDING


def test_pause_reached_after_due_does_not_move_it(cal):
	clock = SLAClock(cal, at("2025-09-29 09:00"), WorkingTarget(2, "hours"), [(at("2025-09-29 15:00"), None)])
	assert clock.due == at("2025-09-29 11:00")


def test_zero_target_clock(cal):
	clock = SLAClock(cal, at("2025-09-27 10:00"), WorkingTarget(0, "hours"))  # a Saturday
	assert clock.due == at("2025-09-28 08:30")
	assert clock.fraction_used(at("2025-09-27 12:00")) == 0.0
	assert clock.fraction_used(at("2025-09-28 08:30")) == 1.0


def test_pauses_are_merged_and_clipped():
	s = at("2025-09-29 09:00")
	pauses = [
		(at("2025-09-29 10:00"), at("2025-09-29 11:00")),
		(at("2025-09-29 08:00"), at("2025-09-29 09:30")),
	]
	pauses.append((at("2025-09-29 10:30"), at("2025-09-29 12:00")))
	assert normalize_pauses(s, pauses) == (
		(at("2025-09-29 09:00"), at("2025-09-29 09:30")),
		(at("2025-09-29 10:00"), at("2025-09-29 12:00")),
	)


@pytest.mark.parametrize(
	"pauses",
	[
		[(at("2025-09-29 11:00"), at("2025-09-29 10:00"))],
		[(at("2025-09-29 10:00"), None), (at("2025-09-29 11:00"), at("2025-09-29 12:00"))],
	],
)
def test_bad_pauses_are_rejected(pauses):
	with pytest.raises(CoreError):
		normalize_pauses(at("2025-09-29 09:00"), pauses)


@pytest.mark.parametrize(
	"amount, unit", [(-1, "hours"), (1.5, "days"), (2, "weeks"), ("2", "hours"), (True, "days")]
)
def test_bad_targets_are_rejected(amount, unit):
	with pytest.raises(CoreError):
		WorkingTarget(amount, unit)


def test_threshold_moments(cal):
	clock = SLAClock(cal, at("2025-09-29 11:00"), WorkingTarget(2, "hours"))
	assert clock.moment_at_fraction(0.5) == at("2025-09-29 12:00")
	assert clock.moment_at_fraction(0.75) == at("2025-09-29 14:00")
	assert clock.moment_at_fraction(1.0) == clock.due
	held = SLAClock(cal, at("2025-09-29 09:00"), WorkingTarget(2, "hours"), [(at("2025-09-29 09:30"), None)])
	assert held.moment_at_fraction(0.25) == at("2025-09-29 09:30")
	assert held.moment_at_fraction(0.5) is None
