"""SLA clock: a working-time target measured on a calendar from a start moment, with pauses that do not count.

Used for the 2-working-hour first response (R7.1.1), the agreed delivery deadline (R7.2) and the complaint
clocks (R10.1–R10.3). A target is either working time (hours/minutes/seconds) or whole working days; a
working-days target is converted to the working time between the start and the same working moment N working
days later, so pauses push a days target out by exactly the working time they covered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from casmes_aftersales.core.calendar import WorkingCalendar
from casmes_aftersales.core.errors import CoreError, _

TARGET_UNITS = ("days", "hours", "minutes", "seconds")
DEFAULT_THRESHOLDS = (0.5, 0.75, 1.0)


class ClockState(str, Enum):
	PENDING = "Pending"
	MET_ON_TIME = "On Time"
	MET_LATE = "Late"
	BREACHED = "Breached"


@dataclass(frozen=True)
class WorkingTarget:
	"""An amount of working time: ``WorkingTarget(2, "hours")`` or ``WorkingTarget(1, "days")``."""

	amount: float
	unit: str = "hours"

	def __post_init__(self):
		if self.unit not in TARGET_UNITS:
			raise CoreError(_("Unknown unit for a working time target: {0}"), self.unit)
		if isinstance(self.amount, bool) or not isinstance(self.amount, int | float) or self.amount < 0:
			raise CoreError(_("A working time target must be a number of at least 0: {0}"), self.amount)
		if self.unit == "days" and int(self.amount) != self.amount:
			raise CoreError(_("A target in working days must be a whole number: {0}"), self.amount)

	def working_time_from(self, calendar: WorkingCalendar, start: dt.datetime) -> dt.timedelta:
		"""The target as working time for a clock starting at ``start``."""
		if self.unit == "days":
			due = calendar.add_working_days(start, int(self.amount))
			return calendar.working_time_between(start, due)
		return dt.timedelta(**{self.unit: self.amount})


Pause = tuple[dt.datetime, dt.datetime | None]


def normalize_pauses(start: dt.datetime, pauses: Iterable[Pause]) -> tuple[Pause, ...]:
	"""Sort and merge pauses, clip them to the clock start; an open pause (end ``None``) must be the last."""
	items = sorted(pauses, key=lambda pause: pause[0])
	merged: list[list] = []
	for begin, end in items:
		if end is not None and end < begin:
			raise CoreError(_("A pause cannot end before it begins: {0} – {1}"), begin, end)
		if merged and merged[-1][1] is None:
			raise CoreError(_("Only the last pause can still be open: {0}"), merged[-1][0])
		begin = max(begin, start)
		if end is not None and end <= begin:
			continue
		if merged and begin <= merged[-1][1]:
			merged[-1][1] = None if end is None else max(end, merged[-1][1])
		else:
			merged.append([begin, end])
	return tuple((begin, end) for begin, end in merged)


@dataclass(frozen=True)
class SLAClock:
	calendar: WorkingCalendar
	start: dt.datetime
	target: WorkingTarget
	pauses: Sequence[Pause] = field(default=())

	def __post_init__(self):
		object.__setattr__(self, "pauses", normalize_pauses(self.start, self.pauses))

	@cached_property
	def target_time(self) -> dt.timedelta:
		return self.target.working_time_from(self.calendar, self.start)

	@cached_property
	def due(self) -> dt.datetime | None:
		"""When the target is reached, or ``None`` while an open pause holds the clock before it is reached."""
		return self.moment_for(self.target_time)

	def moment_at_fraction(self, fraction: float) -> dt.datetime | None:
		"""When ``fraction`` of the target is used (e.g. 0.75 for a 75 % warning); ``None`` behind an open pause."""
		return self.moment_for(self.target_time * fraction)

	def moment_for(self, working_time: dt.timedelta) -> dt.datetime | None:
		"""When ``working_time`` of counted (unpaused) time has passed since the start."""
		cal = self.calendar
		cursor, remaining = self.start, working_time
		for begin, end in self.pauses:
			candidate = cal.add_working_time(cursor, remaining)
			if candidate <= begin:
				return candidate
			remaining -= cal.working_time_between(cursor, begin)
			if end is None:
				return None
			cursor = end
		return cal.add_working_time(cursor, remaining)

	def paused_time(self, until: dt.datetime) -> dt.timedelta:
		"""Working time inside pauses between the start and ``until``."""
		total = dt.timedelta()
		for begin, end in self.pauses:
			if begin >= until:
				break
			stop = until if end is None else min(end, until)
			total += self.calendar.working_time_between(begin, stop)
		return total

	def elapsed(self, until: dt.datetime) -> dt.timedelta:
		"""Counted working time from the start to ``until`` (zero before the start)."""
		if until <= self.start:
			return dt.timedelta()
		return self.calendar.working_time_between(self.start, until) - self.paused_time(until)

	def remaining(self, now: dt.datetime) -> dt.timedelta:
		"""Working time left at ``now``; negative once overdue."""
		return self.target_time - self.elapsed(now)

	def fraction_used(self, now: dt.datetime, met_at: dt.datetime | None = None) -> float:
		"""Share of the target used at ``now`` (or when met): 1.0 at the due moment, above 1.0 after it."""
		until = min(now, met_at) if met_at else now
		if not self.target_time:
			due = self.due
			return 1.0 if due is not None and until >= due else 0.0
		return self.elapsed(until) / self.target_time

	def is_paused(self, now: dt.datetime) -> bool:
		return any(begin <= now and (end is None or now < end) for begin, end in self.pauses)

	def state(self, now: dt.datetime, met_at: dt.datetime | None = None) -> ClockState:
		due = self.due
		if met_at is not None:
			return ClockState.MET_ON_TIME if due is None or met_at <= due else ClockState.MET_LATE
		if due is not None and now > due:
			return ClockState.BREACHED
		return ClockState.PENDING

	def crossed_thresholds(
		self,
		now: dt.datetime,
		thresholds: Iterable[float] = DEFAULT_THRESHOLDS,
		met_at: dt.datetime | None = None,
	) -> tuple[float, ...]:
		"""The warning thresholds (fractions of the target) reached by ``now``; none once the clock is met."""
		if met_at is not None and met_at <= now:
			return ()
		used = self.fraction_used(now)
		return tuple(sorted(t for t in thresholds if used >= t))
