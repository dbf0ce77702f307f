import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casmes_aftersales.core.errors import CoreError
from casmes_aftersales.core.retention import (
	check_retention_years,
	may_delete,
	retain_until,
	sample_due,
)
from casmes_aftersales.core.survey import (
	EXPIRED,
	UNKNOWN,
	USED,
	VALID,
	check_scores,
	new_token,
	token_hash,
	token_state,
)

NOW = dt.datetime(2026, 3, 2, 10, 0)


@pytest.mark.parametrize("years", [4, 0, -5, 4.5, "5", True])
def test_short_or_odd_retention_is_refused(years):
	with pytest.raises(CoreError):
		check_retention_years(years)


def test_retain_until():
	assert retain_until(dt.date(2026, 3, 2), 5) == dt.date(2031, 3, 2)
	assert retain_until(dt.date(2024, 2, 29), 5) == dt.date(2029, 2, 28)
	assert check_retention_years(10) == 10


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)), st.integers(5, 50))
def test_retain_until_is_at_least_the_period(start, years):
	until = retain_until(start, years)
	assert until.year == start.year + years
	assert (until - start).days >= 365 * years
	assert not may_delete(until, until)
	assert may_delete(until, until + dt.timedelta(days=1))


def test_sample_due():
	assert sample_due(dt.date(2026, 3, 2), "Keep for N Days", 30) == dt.date(2026, 4, 1)
	assert sample_due(dt.date(2026, 3, 2), "Return to Customer", handle_within_days=7) == dt.date(2026, 3, 9)
	for bad in (("Keep for N Days", 0), ("Burn", 3)):
		with pytest.raises(CoreError):
			sample_due(dt.date(2026, 3, 2), *bad)


def test_token_lifecycle():
	token, stored = new_token()
	assert len(token) >= 40 and stored == token_hash(token) and token not in stored
	expires = NOW + dt.timedelta(days=14)
	assert token_state(token, stored, expires, None, NOW) == VALID
	assert token_state(token, stored, expires, NOW, NOW) == USED
	assert token_state(token, stored, expires, None, expires) == EXPIRED
	assert token_state(token[:-1] + ("A" if token[-1] != "A" else "B"), stored, expires, None, NOW) == UNKNOWN
	assert token_state("", stored, expires, None, NOW) == UNKNOWN
	assert new_token()[0] != token


def test_scores():
	questions = ["Timeliness", "Professionalism"]
	assert check_scores({"Timeliness": 5, "Professionalism": "4"}, questions) == {
		"Timeliness": 5,
		"Professionalism": 4,
	}
	for bad in (
		{"Timeliness": 6, "Professionalism": 4},
		{"Timeliness": 5},
		{"Timeliness": 2.5, "Professionalism": 4},
	):
		with pytest.raises(CoreError):
			check_scores(bad, questions)
	with pytest.raises(CoreError):
		check_scores({"Timeliness": 5, "Professionalism": 4, "Price": 1}, questions)
