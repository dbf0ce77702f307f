"""Complaint clocks and closing rules of T/CASMES 431 clause 10 (R10.1–R10.5).

Acknowledge within the profile's working hours of receipt (10.1); analysis, solution and the customer's
confirmation within 1 working day of receipt (10.2); feedback to the customer within 2 working days after the
handling is completed (10.3); a major complaint is tracked and closes only with its corrective and preventive
actions done and verified (10.4, 10.5); every complaint closes only with the customer's opinion recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casmes_aftersales.core.calendar import WorkingCalendar
from casmes_aftersales.core.clock import SLAClock, WorkingTarget
from casmes_aftersales.core.errors import CoreError, _

ACKNOWLEDGEMENT, ANALYSIS, FEEDBACK = "Acknowledgement", "Analysis", "Feedback"


@dataclass(frozen=True)
class ComplaintTargets:
	acknowledge_hours: float = 2
	analysis_days: int = 1
	feedback_days: int = 2


def complaint_clocks(
	calendar: WorkingCalendar,
	received_at: dt.datetime,
	targets: ComplaintTargets,
	completed_at: dt.datetime | None = None,
) -> dict[str, SLAClock]:
	"""The complaint's clocks; the feedback clock starts only when the handling is completed."""
	clocks = {
		ACKNOWLEDGEMENT: SLAClock(calendar, received_at, WorkingTarget(targets.acknowledge_hours, "hours")),
		ANALYSIS: SLAClock(calendar, received_at, WorkingTarget(targets.analysis_days, "days")),
	}
	if completed_at is not None:
		if completed_at < received_at:
			raise CoreError(_("A complaint cannot be completed before it was received"))
		clocks[FEEDBACK] = SLAClock(calendar, completed_at, WorkingTarget(targets.feedback_days, "days"))
	return clocks


def check_close(complaint: Mapping, actions: Sequence[Mapping]) -> None:
	"""Raise unless the complaint may close: the customer's opinion recorded; a major complaint needs at least
	one corrective or preventive action, every one done and verified."""
	if not str(complaint.get("customer_opinion") or "").strip():
		raise CoreError(_("Record the customer's opinion on the result before closing the complaint"))
	if not complaint.get("completed_at"):
		raise CoreError(_("Complete the handling before closing the complaint"))
	if complaint.get("severity") == "Major":
		if not actions:
			raise CoreError(_("A major complaint needs corrective or preventive actions before it closes"))
		for index, action in enumerate(actions, 1):
			if not action.get("done_on") or not action.get("verified"):
				raise CoreError(_("Action {0} of this major complaint is not done and verified yet"), index)
