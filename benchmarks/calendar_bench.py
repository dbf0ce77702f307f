"""Speed of the working-time core against day stepping in the style of Helpdesk's SLA maths.

Helpdesk's ``HD Service Level Agreement.calc_time`` and ``calc_elapsed_time`` walk the calendar one day at a
time, build the holiday list on every call and allow one interval per weekday. ``DayStepping`` below is written
in that style (one interval per weekday, so both sides compute the same thing; the results are cross-checked).
Prints operations per second for due-moment and elapsed-time computations over 2-hour, 1-day and 90-day spans,
and the ratio core / day-stepping. Target: >= 20x on 90-day elapsed.

    python benchmarks/calendar_bench.py [--seconds 0.5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from casmes_aftersales.core.calendar import weekday_calendar
from casmes_aftersales.core.china import official_year

OPEN, CLOSE = dt.timedelta(hours=8, minutes=30), dt.timedelta(hours=17, minutes=30)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class DayStepping:
	"""Helpdesk-style: a holiday list rebuilt per call, one (start, end) per working weekday, day by day."""

	def __init__(self, holiday_rows: list[dict], workdays: dict[str, tuple[dt.timedelta, dt.timedelta]]):
		self.holiday_rows, self.workdays = holiday_rows, workdays

	def get_holidays(self) -> list[dt.date]:
		return [row["holiday_date"] for row in self.holiday_rows]

	def calc_time(self, start: dt.datetime, seconds: float) -> dt.datetime:
		result, remaining = start, seconds
		holidays = self.get_holidays()
		while remaining:
			day = result.date()
			name = WEEKDAYS[result.weekday()]
			if day in holidays or name not in self.workdays:
				result = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
				continue
			begin, end = self.workdays[name]
			now_s = (result - dt.datetime.combine(day, dt.time())).total_seconds()
			start_s = max(begin.total_seconds(), now_s)
			end_s = max(end.total_seconds(), now_s)
			left = max(end_s - start_s, 0)
			if not left:
				result = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
				continue
			taken = min(remaining, left)
			remaining -= taken
			result += dt.timedelta(seconds=max(start_s - now_s, 0) + taken)
		return result

	def calc_elapsed_time(self, start: dt.datetime, end: dt.datetime) -> float:
		if start >= end:
			return 0
		holidays = set(self.get_holidays())
		total, day = 0.0, start.date()
		while day <= end.date():
			name = WEEKDAYS[day.weekday()]
			if day in holidays or name not in self.workdays:
				day += dt.timedelta(days=1)
				continue
			begin, finish = self.workdays[name]
			work_start = dt.datetime.combine(day, dt.time()) + begin
			work_end = dt.datetime.combine(day, dt.time()) + finish
			lo, hi = max(start, work_start), min(end, work_end)
			if lo < hi:
				total += (hi - lo).total_seconds()
			day += dt.timedelta(days=1)
		return total


def rate(fn, args_list, seconds: float) -> float:
	count, began = 0, time.perf_counter()
	while True:
		for args in args_list:
			fn(*args)
		count += len(args_list)
		elapsed = time.perf_counter() - began
		if elapsed >= seconds:
			return count / elapsed


def main() -> int:
	parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	parser.add_argument("--seconds", type=float, default=0.5, help="time per measurement")
	args = parser.parse_args()

	holidays = sorted(d for year in (2025, 2026) for d in official_year(year).holidays)
	core = weekday_calendar([("08:30", "17:30")], holidays=holidays)  # no make-up days: the baseline has none
	baseline = DayStepping(
		[{"holiday_date": d} for d in holidays], dict.fromkeys(WEEKDAYS[:5], (OPEN, CLOSE))
	)

	rng = random.Random(431)
	starts = [
		dt.datetime(2025, 1, 2, 8, 30) + dt.timedelta(days=rng.randrange(600), minutes=rng.randrange(540))
		for _ in range(50)
	]
	spans = {
		"2 h": dt.timedelta(hours=2),
		"1 day": dt.timedelta(hours=9),
		"90 days": dt.timedelta(hours=9 * 90),
	}
	print(f"{'operation':<22}{'core ops/s':>14}{'day-stepping ops/s':>22}{'ratio':>10}")
	ratios = {}
	for label, span in spans.items():
		due_args = [(s, span) for s in starts]
		for s, amount in due_args:  # same answers before timing anything
			assert core.add_working_time(s, amount) == baseline.calc_time(s, amount.total_seconds()), s
		ends = [(s, core.add_working_time(s, span)) for s in starts]
		for s, e in ends:
			assert core.working_time_between(s, e).total_seconds() == baseline.calc_elapsed_time(s, e), s
		rows = [
			(f"due {label}", core.add_working_time, [(s, a.total_seconds()) for s, a in due_args], due_args),
			(f"elapsed {label}", core.working_time_between, ends, ends),
		]
		for name, core_fn, base_args, core_args in rows:
			base_fn = baseline.calc_time if name.startswith("due") else baseline.calc_elapsed_time
			fast = rate(core_fn, core_args, args.seconds)
			slow = rate(base_fn, base_args, args.seconds)
			ratios[name] = fast / slow
			print(f"{name:<22}{fast:>14,.0f}{slow:>22,.0f}{fast / slow:>9.1f}x")
	target = ratios["elapsed 90 days"]
	print(f"90-day elapsed ratio: {target:.1f}x (target >= 20x): {'OK' if target >= 20 else 'BELOW TARGET'}")
	return 0 if target >= 20 else 1


if __name__ == "__main__":
	raise SystemExit(main())
