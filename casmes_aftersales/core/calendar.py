"""Working calendar: weekly working intervals, holidays and make-up working days (调休), exact to the microsecond.

Clock semantics (``../shared/spec/requirements.md``):

* "N working hours" is N hours of time inside working intervals; intervals are half-open ``[start, end)``.
* "N working days" ends at the same working moment N working days later; a moment outside working hours first
  moves to the next working start.
* A make-up working day is a working day (by default with a normal weekday's intervals); a holiday is not.

Moments are naive datetimes in the calendar's time zone, or aware datetimes (converted to that zone; results
come back aware in that zone). Arithmetic is on local wall-clock time.

Complexity: every operation is O(log n) in the number of holidays/make-up days plus O(log span) for searches;
nothing steps minute by minute or day by day. The idea: ``cum(d)`` — working time from a fixed origin up to the
start of day ``d`` — is a closed form for the regular weekly pattern plus a prefix sum over the sorted
exception days, so working time between two moments is a difference of two ``cum`` values, and a due moment is
found by galloping/binary search on ``cum``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from itertools import accumulate
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casmes_aftersales.core.errors import CalendarError, CoreError, _

US = 1_000_000
DAY_US = 86_400 * US
DEFAULT_TIMEZONE = "Asia/Shanghai"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAX_ORDINAL = dt.date.max.toordinal()

Interval = tuple[int, int]  # microseconds since local midnight, start < end <= DAY_US
ClockValue = dt.time | dt.timedelta | str | int


def clock_to_us(value: ClockValue) -> int:
	"""Microseconds since midnight for ``time``, ``timedelta`` (as Frappe stores Time), ``"HH:MM[:SS]"``
	(``"24:00"`` allowed for the end of the day) or an int number of seconds."""
	if isinstance(value, dt.time):
		return ((value.hour * 60 + value.minute) * 60 + value.second) * US + value.microsecond
	if isinstance(value, dt.timedelta):
		us = (value.days * 86_400 + value.seconds) * US + value.microseconds
	elif isinstance(value, bool):
		raise CoreError(_("Invalid time of day: {0}"), value)
	elif isinstance(value, int):
		us = value * US
	elif isinstance(value, str):
		us = _parse_clock_string(value)
	else:
		raise CoreError(_("Invalid time of day: {0}"), value)
	if not 0 <= us <= DAY_US:
		raise CoreError(_("Invalid time of day: {0}"), value)
	return us


def _parse_clock_string(value: str) -> int:
	parts = value.strip().split(":")
	try:
		if not 2 <= len(parts) <= 3:
			raise ValueError
		hours, minutes = int(parts[0]), int(parts[1])
		seconds = float(parts[2]) if len(parts) == 3 else 0.0
	except ValueError:
		raise CoreError(_("Invalid time of day: {0}"), value) from None
	if not (0 <= minutes < 60 and 0 <= seconds < 60) or hours < 0:
		raise CoreError(_("Invalid time of day: {0}"), value)
	return (hours * 3600 + minutes * 60) * US + round(seconds * US)


def normalize_intervals(intervals: Iterable[tuple[ClockValue, ClockValue]]) -> tuple[Interval, ...]:
	"""Validate and sort a day's intervals; touching intervals are merged, overlapping ones are an error."""
	parsed = []
	for start, end in intervals:
		s, e = clock_to_us(start), clock_to_us(end)
		if s >= e:
			raise CalendarError(_("A working interval must start before it ends: {0} – {1}"), start, end)
		parsed.append((s, e))
	parsed.sort()
	merged: list[Interval] = []
	for s, e in parsed:
		if merged and s < merged[-1][1]:
			raise CalendarError(_("Working intervals overlap: {0} and {1}"), _fmt(merged[-1]), _fmt((s, e)))
		if merged and s == merged[-1][1]:
			merged[-1] = (merged[-1][0], e)
		else:
			merged.append((s, e))
	return tuple(merged)


def _fmt(interval: Interval) -> str:
	def hm(us: int) -> str:
		minutes, _rest = divmod(us // US, 60)
		return f"{minutes // 60:02d}:{minutes % 60:02d}"

	return f"{hm(interval[0])}–{hm(interval[1])}"


def _weekday_index(key: int | str) -> int:
	if isinstance(key, int) and not isinstance(key, bool) and 0 <= key <= 6:
		return key
	if isinstance(key, str) and key.capitalize() in WEEKDAY_NAMES:
		return WEEKDAY_NAMES.index(key.capitalize())
	raise CalendarError(_("Unknown weekday: {0}"), key)


def _weekday_of_ordinal(ordinal: int) -> int:
	return (ordinal + 6) % 7  # date.fromordinal(1) is a Monday


class WorkingCalendar:
	"""An immutable working calendar. Build it once (e.g. cached per Working Calendar document) and query it often."""

	def __init__(
		self,
		weekly: Mapping[int | str, Iterable[tuple[ClockValue, ClockValue]]],
		holidays: Iterable[dt.date] = (),
		makeup_days: Mapping[dt.date, Iterable[tuple[ClockValue, ClockValue]] | None]
		| Iterable[dt.date] = (),
		timezone: str = DEFAULT_TIMEZONE,
		makeup_intervals: Iterable[tuple[ClockValue, ClockValue]] | None = None,
	):
		week: list[tuple[Interval, ...]] = [()] * 7
		for key, intervals in weekly.items():
			week[_weekday_index(key)] = normalize_intervals(intervals)
		self.week: tuple[tuple[Interval, ...], ...] = tuple(week)
		self.timezone = timezone
		try:
			self.tz = ZoneInfo(timezone)
		except (ZoneInfoNotFoundError, ValueError):
			raise CalendarError(_("Unknown time zone: {0}"), timezone) from None

		if makeup_intervals is not None:
			self.makeup_intervals = normalize_intervals(makeup_intervals)
		else:
			self.makeup_intervals = next((day for day in self.week if day), ())

		if not isinstance(makeup_days, Mapping):
			makeup_days = dict.fromkeys(makeup_days)
		holiday_set = frozenset(holidays)
		exceptions: dict[int, tuple[Interval, ...]] = {day.toordinal(): () for day in holiday_set}
		for day, intervals in makeup_days.items():
			if day in holiday_set:
				raise CalendarError(_("{0} cannot be both a holiday and a make-up working day"), day)
			day_intervals = self.makeup_intervals if intervals is None else normalize_intervals(intervals)
			if not day_intervals:
				raise CalendarError(_("Make-up working day {0} has no working hours"), day)
			exceptions[day.toordinal()] = day_intervals
		self.holidays = holiday_set
		self.makeup_days = frozenset(makeup_days)

		self._day_us = tuple(sum(e - s for s, e in day) for day in self.week)
		self._week_us = sum(self._day_us)
		self._week_days = sum(1 for us in self._day_us if us)
		# prefix over ordinals 0..6 (ordinal 0 is a Sunday): working time / days in ordinals [0, r)
		self._prefix_us = tuple(
			accumulate((self._day_us[_weekday_of_ordinal(k)] for k in range(7)), initial=0)
		)
		self._prefix_days = tuple(
			accumulate((1 if self._day_us[_weekday_of_ordinal(k)] else 0 for k in range(7)), initial=0)
		)
		self._exc_ordinals = sorted(exceptions)
		self._exc_intervals = exceptions
		us_delta, day_delta = [], []
		for ordinal in self._exc_ordinals:
			regular = self._day_us[_weekday_of_ordinal(ordinal)]
			own = sum(e - s for s, e in exceptions[ordinal])
			us_delta.append(own - regular)
			day_delta.append((1 if own else 0) - (1 if regular else 0))
		self._exc_us_prefix = tuple(accumulate(us_delta, initial=0))
		self._exc_day_prefix = tuple(accumulate(day_delta, initial=0))

	# -- per-day structure ----------------------------------------------------------------------------------

	def day_intervals(self, day: dt.date) -> tuple[Interval, ...]:
		"""Working intervals of a date, as microseconds since local midnight."""
		return self._intervals(day.toordinal())

	def _intervals(self, ordinal: int) -> tuple[Interval, ...]:
		found = self._exc_intervals.get(ordinal)
		return found if found is not None else self.week[_weekday_of_ordinal(ordinal)]

	def is_working_day(self, day: dt.date) -> bool:
		return bool(self._intervals(day.toordinal()))

	@cached_property
	def has_working_time(self) -> bool:
		return bool(self._week_us or (self._exc_intervals and any(self._exc_intervals.values())))

	def _cum_us(self, ordinal: int) -> int:
		"""Working microseconds from the origin to the start of ``ordinal``."""
		weeks, rest = divmod(ordinal, 7)
		i = bisect_left(self._exc_ordinals, ordinal)
		return weeks * self._week_us + self._prefix_us[rest] + self._exc_us_prefix[i]

	def _cum_days(self, ordinal: int) -> int:
		"""Working days from the origin to the start of ``ordinal``."""
		weeks, rest = divmod(ordinal, 7)
		i = bisect_left(self._exc_ordinals, ordinal)
		return weeks * self._week_days + self._prefix_days[rest] + self._exc_day_prefix[i]

	def _first_day_reaching(self, start: int, cum, target: int, periodic: bool) -> int:
		"""Smallest ordinal ``x >= start`` with ``cum(x + 1) >= target`` (``cum`` is non-decreasing)."""
		if not periodic:  # the weekly pattern adds nothing: only exception days can add
			bound = self._exc_ordinals[-1] if self._exc_ordinals else start - 1
			if bound < start or cum(bound + 1) < target:
				raise CalendarError(_("The working calendar has no more working time after {0}"), _day(start))
		lo, step = start, 1
		hi = start
		while cum(hi + 1) < target:
			lo = hi + 1
			hi = min(lo + step, MAX_ORDINAL - 1)
			if lo > hi:
				raise CalendarError(_("The working calendar has no more working time after {0}"), _day(start))
			step *= 2
		while lo < hi:
			mid = (lo + hi) // 2
			if cum(mid + 1) >= target:
				hi = mid
			else:
				lo = mid + 1
		return lo

	# -- moments --------------------------------------------------------------------------------------------

	def _split(self, moment: dt.datetime) -> tuple[int, int, bool]:
		if not isinstance(moment, dt.datetime):
			raise CoreError(_("A date and time is required, got {0}"), moment)
		aware = moment.tzinfo is not None
		if aware:
			moment = moment.astimezone(self.tz).replace(tzinfo=None)
		us = ((moment.hour * 60 + moment.minute) * 60 + moment.second) * US + moment.microsecond
		return moment.toordinal(), us, aware

	def _join(self, ordinal: int, us: int, aware: bool) -> dt.datetime:
		moment = dt.datetime.combine(dt.date.fromordinal(ordinal), dt.time()) + dt.timedelta(microseconds=us)
		return moment.replace(tzinfo=self.tz) if aware else moment

	def _position(self, ordinal: int, us: int) -> int:
		"""Working microseconds from the origin up to a moment."""
		within = 0
		for s, e in self._intervals(ordinal):
			if us <= s:
				break
			within += min(us, e) - s
		return self._cum_us(ordinal) + within

	def is_working_time(self, moment: dt.datetime) -> bool:
		ordinal, us, _aware = self._split(moment)
		return any(s <= us < e for s, e in self._intervals(ordinal))

	def next_working_moment(self, moment: dt.datetime) -> dt.datetime:
		"""``moment`` itself when it is working time, else the start of the next working interval."""
		ordinal, us, aware = self._split(moment)
		for s, e in self._intervals(ordinal):
			if us < e:
				return self._join(ordinal, max(s, us), aware)
		day = self._first_day_reaching(
			ordinal + 1, self._cum_days, self._cum_days(ordinal + 1) + 1, bool(self._week_days)
		)
		return self._join(day, self._intervals(day)[0][0], aware)

	def working_time_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
		"""Working time from ``start`` to ``end`` (negative when ``end`` is before ``start``)."""
		a, b = self._split(start), self._split(end)
		return dt.timedelta(microseconds=self._position(b[0], b[1]) - self._position(a[0], a[1]))

	def add_working_time(self, start: dt.datetime, amount: dt.timedelta) -> dt.datetime:
		"""The earliest moment at or after ``start``, within or at the edge of working time, by which ``amount``
		of working time has passed. A zero amount gives ``start`` itself, or the next working start."""
		amount_us = _timedelta_us(amount)
		if amount_us < 0:
			raise CoreError(_("A working time target cannot be negative: {0}"), amount)
		ordinal, us, aware = self._split(start)
		if amount_us == 0:
			if any(s <= us <= e for s, e in self._intervals(ordinal)):
				return self._join(ordinal, us, aware)
			return self.next_working_moment(start)
		target = self._position(ordinal, us) + amount_us
		day = self._first_day_reaching(ordinal, self._cum_us, target, bool(self._week_us))
		rest = target - self._cum_us(day)
		for s, e in self._intervals(day):
			if rest <= e - s:
				return self._join(day, s + rest, aware)
			rest -= e - s
		raise AssertionError("unreachable: the searched day holds the target")  # pragma: no cover

	def add_working_days(self, start: dt.datetime, days: int) -> dt.datetime:
		"""The same working moment ``days`` working days later. When that day's hours differ and the time of day
		is not working time there, the next working moment of that day, or the end of its last interval."""
		if isinstance(days, bool) or not isinstance(days, int) or days < 0:
			raise CoreError(_("A number of working days must be a whole number of at least 0: {0}"), days)
		first = self.next_working_moment(start)
		if days == 0:
			return first
		ordinal, us, aware = self._split(first)
		day = self._first_day_reaching(
			ordinal + 1, self._cum_days, self._cum_days(ordinal + 1) + days, bool(self._week_days)
		)
		intervals = self._intervals(day)
		for s, e in intervals:
			if us < e:
				return self._join(day, max(s, us), aware)
		return self._join(day, intervals[-1][1], aware)

	def add_working_hours(self, start: dt.datetime, hours: float) -> dt.datetime:
		return self.add_working_time(start, dt.timedelta(hours=hours))

	def working_days_between(self, first: dt.date, last: dt.date) -> int:
		"""Working days in ``[first, last)`` (negative when ``last`` is before ``first``)."""
		return self._cum_days(last.toordinal()) - self._cum_days(first.toordinal())


def _timedelta_us(amount: dt.timedelta) -> int:
	if not isinstance(amount, dt.timedelta):
		raise CoreError(_("A working time amount is required, got {0}"), amount)
	return (amount.days * 86_400 + amount.seconds) * US + amount.microseconds


def _day(ordinal: int) -> dt.date:
	return dt.date.fromordinal(max(1, min(ordinal, MAX_ORDINAL)))


def weekday_calendar(
	intervals: Sequence[tuple[ClockValue, ClockValue]] = (("08:30", "12:00"), ("13:30", "17:30")),
	holidays: Iterable[dt.date] = (),
	makeup_days: Iterable[dt.date] = (),
	timezone: str = DEFAULT_TIMEZONE,
) -> WorkingCalendar:
	"""Monday to Friday with the same intervals each day (a lab's usual week)."""
	return WorkingCalendar(
		dict.fromkeys(range(5), intervals), holidays=holidays, makeup_days=makeup_days, timezone=timezone
	)
