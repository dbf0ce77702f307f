import pytest

from casmes_aftersales.core.complaints import (
	ANALYSIS,
	FEEDBACK,
	ComplaintTargets,
	check_close,
	complaint_clocks,
)
from casmes_aftersales.core.errors import CoreError
from casmes_aftersales.core.retest import (
	CAUSE_CODES,
	CONDITIONAL,
	FREE,
	NEGOTIATED,
	check_approval,
	check_fee,
	proposed_code,
	retest_class,
)
from tests.conftest import at

COMPLETE = {
	"error_description": "wrong mode",
	"corrective_action": "retrained",
	"instrument_id": "XRD-02",
	"anomaly_record": "AR-7",
	"form_reference": "F-12",
	"deviation": "30 °C instead of 25 °C",
	"improvement_advice": "dry the sample",
	"original_value": 1.0,
	"retest_value": 1.02,
	"tolerance": 0.05,
	"risk_notice": "/files/notice.pdf",
	"risk_notice_date": "2026-03-01",
	"tested_on": "2026-03-05",
	"customer_informed_on": "2026-03-06",
	"negotiation_record": "agreed half fee",
	"customer_accepted": 1,
	"fee": 0,
}


def test_twelve_codes_in_three_classes():
	assert len(CAUSE_CODES) == 12
	assert [retest_class(c) for c in ("9.1a", "9.2d", "9.3c")] == [FREE, CONDITIONAL, NEGOTIATED]
	assert sum(1 for c in CAUSE_CODES.values() if c.retest_class == FREE) == 3
	assert sum(1 for c in CAUSE_CODES.values() if c.retest_class == CONDITIONAL) == 6


@pytest.mark.parametrize("code", sorted(CAUSE_CODES))
def test_each_code_accepts_complete_evidence(code):
	check_approval(code, COMPLETE)


@pytest.mark.parametrize("code", sorted(CAUSE_CODES))
def test_each_code_refuses_each_missing_evidence(code):
	for field in CAUSE_CODES[code].evidence:
		case = {**COMPLETE, field: None}
		with pytest.raises(CoreError):
			check_approval(code, case)


@pytest.mark.parametrize("code", ["9.1a", "9.1b", "9.1c"])
def test_free_retest_with_a_fee_is_rejected(code):
	with pytest.raises(CoreError):
		check_fee(code, 100)
	check_fee("9.2a", 100)
	with pytest.raises(CoreError):
		check_fee("9.2a", -1)


@pytest.mark.parametrize("code", ["9.2f", "9.3a"])
def test_risk_notice_must_predate_testing(code):
	with pytest.raises(CoreError):
		check_approval(code, {**COMPLETE, "risk_notice_date": "2026-03-05"})
	with pytest.raises(CoreError):
		check_approval(code, {**COMPLETE, "tested_on": None})


@pytest.mark.parametrize("code", [c for c in CAUSE_CODES if not c.startswith("9.1")])
def test_chargeable_and_negotiated_need_customer_acceptance(code):
	with pytest.raises(CoreError):
		check_approval(code, {**COMPLETE, "customer_accepted": 0})


def test_free_retest_needs_no_customer_acceptance():
	check_approval("9.1a", {**COMPLETE, "customer_accepted": 0})


def test_unknown_code():
	with pytest.raises(CoreError):
		retest_class("9.4a")


def test_within_tolerance_proposes_9_2d():
	assert proposed_code(1.0, 1.04, 0.05) == "9.2d"
	assert proposed_code(1.0, 1.06, 0.05) is None
	assert proposed_code(None, 1.0, 0.1) is None


def test_complaint_deadlines_span_national_day(cal):
	"""Received Tue 2025-09-30 16:00: analysis due 1 working day later, after the holiday: 2025-10-09 16:00.
	Completed Fri 2025-10-10 11:00: feedback due 2 working days later, the make-up Saturday counting."""
	clocks = complaint_clocks(cal, at("2025-09-30 16:00"), ComplaintTargets(2, 1, 2), at("2025-10-10 11:00"))
	assert clocks[ANALYSIS].due == at("2025-10-09 16:00")
	assert clocks[FEEDBACK].due == at("2025-10-13 11:00")  # 10-11 (make-up Saturday), then Monday 10-13


def test_complaint_close_rules():
	done = {"customer_opinion": "satisfied", "completed_at": at("2025-10-10 11:00"), "severity": "Normal"}
	check_close(done, [])
	with pytest.raises(CoreError):
		check_close({**done, "customer_opinion": " "}, [])
	major = {**done, "severity": "Major"}
	with pytest.raises(CoreError):
		check_close(major, [])
	with pytest.raises(CoreError):
		check_close(major, [{"done_on": "2025-10-12", "verified": 0}])
	check_close(major, [{"done_on": "2025-10-12", "verified": 1}])
