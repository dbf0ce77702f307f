import pytest

from casmes_aftersales.core.clock import ClockState
from casmes_aftersales.core.errors import CoreError
from casmes_aftersales.core.intake import (
	ProfileRule,
	choose_profile,
	parse_thresholds,
	pauses_from_history,
	ticket_clock_status,
)
from tests.conftest import at

RULES = [
	ProfileRule("Default", is_default=True),
	ProfileRule("Complaints", category="Complaint"),
	ProfileRule("VIP complaints", category="Complaint", customer="VIP Lab"),
	ProfileRule("Urgent", priority="Urgent"),
]


@pytest.mark.parametrize(
	"ticket, expected",
	[
		({"category": "Retest"}, "Default"),
		({"category": "Complaint"}, "Complaints"),
		({"category": "Complaint", "customer": "VIP Lab"}, "VIP complaints"),
		({"category": "Retest", "priority": "Urgent"}, "Urgent"),
		({"category": "Complaint", "priority": "Urgent"}, "Complaints"),  # equally specific: by name
	],
)
def test_choose_profile(ticket, expected):
	assert choose_profile(RULES, ticket) == expected


def test_no_profile_without_a_match():
	assert choose_profile([ProfileRule("Complaints", category="Complaint")], {"category": "Retest"}) is None


def test_pauses_from_history():
	history = [
		(at("2025-09-29 09:00"), "Open"),
		(at("2025-09-29 10:00"), "Replied"),
		(at("2025-09-29 11:00"), "Paused"),
		(at("2025-09-29 14:00"), "Open"),
		(at("2025-09-30 09:00"), "Replied"),
	]
	assert pauses_from_history(history, {"Replied", "Paused"}) == [
		(at("2025-09-29 10:00"), at("2025-09-29 14:00")),
		(at("2025-09-30 09:00"), None),
	]
	assert pauses_from_history(history, set()) == []


def test_ticket_clock_status():
	assert ticket_clock_status(ClockState.PENDING) == "Pending"
	assert ticket_clock_status(ClockState.MET_ON_TIME) == "On Time"
	assert ticket_clock_status(ClockState.MET_LATE) == "Late"
	assert ticket_clock_status(ClockState.BREACHED) == "Late"


def test_parse_thresholds():
	assert parse_thresholds("75, 100") == (0.75, 1.0)
	assert parse_thresholds("100，50%") == (0.5, 1.0)
	for bad in ("0", "120", "abc"):
		with pytest.raises(CoreError):
			parse_thresholds(bad)
