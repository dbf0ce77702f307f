"""Raw-data retention (R5.2.2, at least 5 years, agreed with the customer) and sample post-processing (R5.3)."""

from __future__ import annotations

import datetime as dt

from casmes_aftersales.core.errors import CoreError, _

MIN_RETENTION_YEARS = 5
SAMPLE_METHODS = ("Return to Customer", "Dispose", "Keep for N Days")


def check_retention_years(years) -> int:
	"""The agreed retention period in whole years: at least 5, never silently raised."""
	if isinstance(years, bool) or not isinstance(years, int | float) or int(years) != years:
		raise CoreError(_("The retention period must be a whole number of years: {0}"), years)
	if years < MIN_RETENTION_YEARS:
		raise CoreError(
			_("Raw data must be kept for at least {0} years (T/CASMES 431 5.2.2); {1} years is too short"),
			MIN_RETENTION_YEARS,
			years,
		)
	return int(years)


def add_years(day: dt.date, years: int) -> dt.date:
	"""The same calendar day ``years`` later; 29 February becomes 28 February in a common year."""
	try:
		return day.replace(year=day.year + years)
	except ValueError:
		return day.replace(year=day.year + years, day=28)


def retain_until(start: dt.date, years) -> dt.date:
	return add_years(start, check_retention_years(years))


def may_delete(retain_until_date: dt.date | None, today: dt.date) -> bool:
	"""A record (or its archive) may be deleted only after its retain-until date."""
	return retain_until_date is None or today > retain_until_date


def sample_due(
	agreed_on: dt.date, method: str, keep_days: int | None = None, handle_within_days: int = 0
) -> dt.date:
	"""When the agreed handling is due: a kept sample after its N days; a return or disposal within the lab's
	handling time (calendar days) after agreement."""
	if method not in SAMPLE_METHODS:
		raise CoreError(_("Unknown sample handling method: {0}"), method)
	if method == "Keep for N Days":
		if not keep_days or keep_days < 1:
			raise CoreError(_("Enter for how many days the sample is kept"))
		return agreed_on + dt.timedelta(days=keep_days)
	if handle_within_days < 0:
		raise CoreError(_("The handling time cannot be negative"))
	return agreed_on + dt.timedelta(days=handle_within_days)
