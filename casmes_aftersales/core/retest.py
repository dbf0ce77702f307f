"""Retest cause codes of T/CASMES 431 clause 9: class, fee rule and the evidence each code requires (R9).

9.1 free retest (the lab's fault: fee must be 0); 9.2 conditional retest that may be charged (the lab gives
improvement advice; the customer accepts conditions and fee); 9.3 negotiated retest and fee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from casmes_aftersales.core.errors import CoreError, _

FREE, CONDITIONAL, NEGOTIATED = "Free", "Conditional", "Negotiated"

# the evidence fields a case can carry, with their labels for messages
EVIDENCE_LABELS = {
	"error_description": _("Error Description"),
	"corrective_action": _("Corrective Action"),
	"instrument_id": _("Instrument ID"),
	"anomaly_record": _("Instrument Anomaly Record"),
	"form_reference": _("Submission Form Reference"),
	"deviation": _("Deviation from the Form"),
	"improvement_advice": _("Improvement Advice"),
	"original_value": _("Original Value"),
	"retest_value": _("Retest Value"),
	"tolerance": _("Tolerance"),
	"risk_notice": _("Risk Notice (proof)"),
	"risk_notice_date": _("Risk Notice Date"),
	"customer_informed_on": _("Customer Informed On"),
	"negotiation_record": _("Negotiation Record"),
}


@dataclass(frozen=True)
class CauseCode:
	code: str
	retest_class: str
	cause: str
	evidence: tuple[str, ...]


CAUSE_CODES: dict[str, CauseCode] = {
	c.code: c
	for c in (
		CauseCode(
			"9.1a", FREE, _("Operator error, instrument fine"), ("error_description", "corrective_action")
		),
		CauseCode("9.1b", FREE, _("Instrument anomaly, procedure fine"), ("instrument_id", "anomaly_record")),
		CauseCode(
			"9.1c",
			FREE,
			_("Conditions not as on the customer's submission form"),
			("form_reference", "deviation"),
		),
		CauseCode("9.2a", CONDITIONAL, _("Sample defective"), ("improvement_advice",)),
		CauseCode(
			"9.2b",
			CONDITIONAL,
			_("Special properties not disclosed by the customer"),
			("improvement_advice",),
		),
		CauseCode("9.2c", CONDITIONAL, _("Method or conditions on the form wrong"), ("improvement_advice",)),
		CauseCode(
			"9.2d",
			CONDITIONAL,
			_("Retest within tolerance of the original result"),
			("original_value", "retest_value", "tolerance"),
		),
		CauseCode(
			"9.2e", CONDITIONAL, _("Method or conditions on the form unclear"), ("improvement_advice",)
		),
		CauseCode(
			"9.2f",
			CONDITIONAL,
			_("High inaccuracy predicted and disclosed, customer insisted"),
			("risk_notice", "risk_notice_date"),
		),
		CauseCode(
			"9.3a",
			NEGOTIATED,
			_("Special sample not fully mastered, risk disclosed, customer insisted"),
			("risk_notice", "risk_notice_date", "negotiation_record"),
		),
		CauseCode(
			"9.3b",
			NEGOTIATED,
			_("Unforeseeable problem found during testing, customer informed"),
			("customer_informed_on", "negotiation_record"),
		),
		CauseCode("9.3c", NEGOTIATED, _("Cause cannot be determined"), ("negotiation_record",)),
	)
}


def cause(code: str) -> CauseCode:
	try:
		return CAUSE_CODES[code]
	except KeyError:
		raise CoreError(_("Unknown retest cause code: {0}"), code) from None


def retest_class(code: str) -> str:
	return cause(code).retest_class


def _present(value) -> bool:
	if value is None:
		return False
	if isinstance(value, str):
		return bool(value.strip())
	return True


def check_fee(code: str, fee: float | None) -> None:
	"""A free retest (9.1) carries no fee; no fee is negative. Checked at every save."""
	fee = fee or 0
	if fee < 0:
		raise CoreError(_("The retest fee cannot be negative: {0}"), fee)
	if cause(code).retest_class == FREE and fee != 0:
		raise CoreError(_("A free retest ({0}) cannot carry a fee: the fee must be 0"), code)


def check_approval(code: str, case: Mapping) -> None:
	"""Everything the code requires before the retest is approved. ``case`` maps field names to values;
	``tested_on`` is the date of the original test, needed to check that a risk notice came before it."""
	item = cause(code)
	check_fee(code, case.get("fee"))
	for field in item.evidence:
		if not _present(case.get(field)):
			raise CoreError(_("Cause {0} requires: {1}"), code, EVIDENCE_LABELS[field])
	if "risk_notice_date" in item.evidence:
		notice, tested = case.get("risk_notice_date"), case.get("tested_on")
		if not tested:
			raise CoreError(
				_("Cause {0} requires the date of the original test to check the risk notice"), code
			)
		if _as_date(notice) >= _as_date(tested):
			raise CoreError(_("The risk notice ({0}) must be dated before the testing ({1})"), notice, tested)
	if item.retest_class != FREE and not case.get("customer_accepted"):
		raise CoreError(_("Cause {0} requires the customer's acceptance of the conditions and the fee"), code)


def within_tolerance(original: float, retest: float, tolerance: float) -> bool:
	if tolerance is None or tolerance < 0:
		raise CoreError(_("The tolerance must be a number of at least 0: {0}"), tolerance)
	return abs(retest - original) <= tolerance


def proposed_code(original: float | None, retest: float | None, tolerance: float | None) -> str | None:
	"""9.2d when the retest value lies within tolerance of the original, else no proposal."""
	if original is None or retest is None or tolerance is None:
		return None
	return "9.2d" if within_tolerance(original, retest, tolerance) else None


def _as_date(value) -> dt.date:
	if isinstance(value, dt.datetime):
		return value.date()
	if isinstance(value, dt.date):
		return value
	return dt.date.fromisoformat(str(value)[:10])
