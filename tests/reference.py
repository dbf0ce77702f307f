"""A deliberately naive reference: minute stepping over an explicit per-day table. Used only by the properties."""

import datetime as dt

MINUTE = dt.timedelta(minutes=1)


class MinuteReference:
	def __init__(self, weekly: dict[int, list[tuple[int, int]]], holidays, makeup_days, makeup_intervals):
		self.weekly, self.holidays, self.makeup = weekly, set(holidays), set(makeup_days)
		self.makeup_intervals = makeup_intervals

	def intervals(self, day: dt.date) -> list[tuple[int, int]]:  # minutes since midnight
		if day in self.holidays:
			return []
		if day in self.makeup:
			return self.makeup_intervals
		return self.weekly.get(day.weekday(), [])

	def working_minute(self, moment: dt.datetime) -> bool:
		minute = moment.hour * 60 + moment.minute
		return any(s <= minute < e for s, e in self.intervals(moment.date()))

	def in_closure(self, moment: dt.datetime) -> bool:
		minute = moment.hour * 60 + moment.minute
		if any(s <= minute <= e for s, e in self.intervals(moment.date())):
			return True
		return minute == 0 and any(
			e == 1440 for _s, e in self.intervals(moment.date() - dt.timedelta(days=1))
		)

	def elapsed_minutes(self, a: dt.datetime, b: dt.datetime) -> int:
		count, t = 0, a
		while t < b:
			count += self.working_minute(t)
			t += MINUTE
		return count

	def add_minutes(self, a: dt.datetime, minutes: int, limit: int = 200_000) -> dt.datetime:
		t, count = a, 0
		if minutes == 0:
			while not self.in_closure(t):
				t += MINUTE
			return t
		for _ in range(limit):
			count += self.working_minute(t)
			t += MINUTE
			if count == minutes:
				return t
		raise RuntimeError("reference search limit reached")

	def next_working(self, a: dt.datetime, limit: int = 200_000) -> dt.datetime:
		t = a
		for _ in range(limit):
			if self.working_minute(t):
				return t
			t += MINUTE
		raise RuntimeError("reference search limit reached")

	def working_days(self, first: dt.date, last: dt.date) -> int:
		return sum(1 for k in range((last - first).days) if self.intervals(first + dt.timedelta(days=k)))
