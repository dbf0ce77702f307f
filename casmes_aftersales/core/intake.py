"""Intake rules of an after-sales ticket: channels, categories, which SLA profile applies, pauses from the status
history, and the ticket-facing clock states. Pure data in, pure data out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from casmes_aftersales.core.clock import ClockState, Pause
from casmes_aftersales.core.errors import CoreError, _

CHANNELS = ("Phone", "Email", "Online Chat", "Web Form")  # R6.1.1
CATEGORIES = (  # R5, R6.1.2, R9, R10
	"Technical Question",
	"Dispute",
	"Report Format Change",
	"Retest",
	"Complaint",
	"Sample Handling",
	"Data Request",
	"Other",
)
PROFILE_CRITERIA = ("category", "priority", "team", "customer")

# Helpdesk before HD Ticket Status existed: status was a Select with these values
LEGACY_STATUS_CATEGORIES = {
	"Open": "Open",
	"Replied": "Paused",
	"Paused": "Paused",
	"Resolved": "Resolved",
	"Closed": "Resolved",
}

PENDING, ON_TIME, LATE = "Pending", "On Time", "Late"


@dataclass(frozen=True)
class ProfileRule:
	name: str
	is_default: bool = False
	category: str | None = None
	priority: str | None = None
	team: str | None = None
	customer: str | None = None

	def matches(self, ticket: Mapping[str, str | None]) -> bool:
		return all(
			not getattr(self, key) or getattr(self, key) == ticket.get(key) for key in PROFILE_CRITERIA
		)

	@property
	def specificity(self) -> int:
		return sum(1 for key in PROFILE_CRITERIA if getattr(self, key))


def choose_profile(rules: Iterable[ProfileRule], ticket: Mapping[str, str | None]) -> str | None:
	"""The most specific matching profile (most criteria met); the default one when no criteria match.
	Ties between equally specific profiles go to the default one, then by name, so the choice is stable."""
	matching = [rule for rule in rules if rule.matches(ticket)]
	if not matching:
		return None
	best = min(matching, key=lambda rule: (-rule.specificity, not rule.is_default, rule.name))
	return best.name


def pauses_from_history(
	history: Sequence[tuple[dt.datetime, str]], pause_statuses: Iterable[str]
) -> list[Pause]:
	"""Pauses from a ticket's status history ``[(when, new status), ...]``: each stretch spent in a pausing
	status; the last one stays open while the ticket is still in it."""
	pausing = set(pause_statuses)
	pauses: list[Pause] = []
	begin = None
	for when, status in sorted(history, key=lambda item: item[0]):
		if status in pausing and begin is None:
			begin = when
		elif status not in pausing and begin is not None:
			pauses.append((begin, when))
			begin = None
	if begin is not None:
		pauses.append((begin, None))
	return pauses


def ticket_clock_status(state: ClockState) -> str:
	"""A clock's state as the ticket shows it: an overdue clock that was never met already counts as late."""
	if state is ClockState.PENDING:
		return PENDING
	return ON_TIME if state is ClockState.MET_ON_TIME else LATE


def parse_thresholds(text: str) -> tuple[float, ...]:
	"""``"50, 75, 100"`` (percent) → ``(0.5, 0.75, 1.0)``; each must be a number above 0 and at most 100."""
	values = []
	for part in (text or "").replace("，", ",").split(","):
		part = part.strip().rstrip("%").strip()
		if not part:
			continue
		try:
			value = float(part)
		except ValueError:
			raise CoreError(_("Warning thresholds must be percentages such as 75, 100: {0}"), text) from None
		if not 0 < value <= 100:
			raise CoreError(_("A warning threshold must be above 0 % and at most 100 %: {0}"), part)
		values.append(value / 100)
	return tuple(sorted(set(values)))
