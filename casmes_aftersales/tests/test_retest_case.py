"""Retest cases (clause 9, R6.1.2): created with their ticket; each cause code's rule enforced with a translated
error; outcome and 9.2d proposal."""

import frappe

from casmes_aftersales.core.retest import CAUSE_CODES
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_ticket
from casmes_aftersales.tickets.pairs import create_for_ticket

EVIDENCE = {
	"error_description": "Wrong scan mode",
	"corrective_action": "Operator retrained",
	"instrument_id": "XRD-02",
	"anomaly_record": "AR-2026-07",
	"form_reference": "F-2026-0012",
	"deviation": "30 °C instead of 25 °C",
	"improvement_advice": "Dry the sample at 105 °C",
	"original_value": 1.0,
	"retest_value": 1.02,
	"tolerance": 0.05,
	"risk_notice": "/files/risk-notice.pdf",
	"risk_notice_date": "2026-02-27",
	"tested_on": "2026-03-02",
	"customer_informed_on": "2026-03-03",
	"negotiation_record": "Half fee agreed on 2026-03-04",
	"customer_accepted": 1,
	"fee": 0,
}


def make_case(**values):
	ticket = make_ticket(casmes_category="Retest")
	case = frappe.get_doc("Retest Case", {"ticket": ticket.name})
	case.update(values)
	return case


class TestRetestCase(AfterSalesTestCase):
	def test_retest_ticket_creates_exactly_one_case(self):
		ticket = make_ticket(casmes_category="Retest")
		self.assertEqual(frappe.db.count("Retest Case", {"ticket": ticket.name}), 1)
		ticket.reload()
		ticket.save()
		self.assertEqual(
			create_for_ticket(ticket.name, "Retest Case"),
			frappe.db.get_value("Retest Case", {"ticket": ticket.name}),
		)
		self.assertEqual(frappe.db.count("Retest Case", {"ticket": ticket.name}), 1)

	def test_case_created_from_a_ticket_links_it(self):
		ticket = make_ticket()
		name = create_for_ticket(ticket.name, "Retest Case")
		self.assertEqual(frappe.db.get_value("Retest Case", name, "ticket"), ticket.name)
		self.assertEqual(frappe.db.get_value("HD Ticket", ticket.name, "casmes_category"), "Retest")

	def test_every_cause_code_enforces_its_evidence(self):
		for code, cause in CAUSE_CODES.items():
			fee = 0 if code.startswith("9.1") else 200
			make_case(cause_code=code, status="Approved", **{**EVIDENCE, "fee": fee}).save()
			for field in cause.evidence:
				case = make_case(cause_code=code, status="Approved", **{**EVIDENCE, "fee": fee, field: None})
				with self.assertRaises(frappe.ValidationError, msg=f"{code} without {field}"):
					case.save()
			self.assertEqual(frappe.db.get_value("Retest Cause", code, "retest_class"), cause.retest_class)

	def test_free_retest_with_a_fee_is_rejected_even_as_draft(self):
		case = make_case(cause_code="9.1a", fee=150)
		with self.assertRaises(frappe.ValidationError) as raised:
			case.save()
		self.assertIn("9.1a", str(raised.exception))
		self.assertEqual(frappe.db.get_value("Retest Case", case.name, "fee"), 0)

	def test_error_is_translated(self):
		frappe.local.lang = "zh"
		case = make_case(cause_code="9.3c", status="Approved", **{**EVIDENCE, "negotiation_record": ""})
		with self.assertRaises(frappe.ValidationError) as raised:
			case.save()
		self.assertIn("协商记录", str(raised.exception))

	def test_risk_notice_after_testing_is_refused(self):
		case = make_case(
			cause_code="9.2f", status="Approved", **{**EVIDENCE, "fee": 100, "risk_notice_date": "2026-03-03"}
		)
		with self.assertRaises(frappe.ValidationError):
			case.save()

	def test_outcome_within_tolerance_proposes_9_2d(self):
		case = make_case(cause_code="9.2a", status="Approved", **{**EVIDENCE, "fee": 100})
		case.save()
		self.assertEqual((case.within_tolerance, case.proposed_code), (1, "9.2d"))
		case.status = "Completed"
		case.save()  # within tolerance: the original report stands, no corrected report needed
		other = make_case(cause_code="9.1b", status="Approved", **{**EVIDENCE, "retest_value": 1.3})
		other.save()
		other.status = "Completed"
		with self.assertRaises(frappe.ValidationError):
			other.save()
		other.reload()
		other.update({"status": "Completed", "corrected_report_no": "R-2026-0101-A"})
		other.save()
		self.assertEqual(other.within_tolerance, 0)

	def test_completed_case_cannot_go_back(self):
		case = make_case(cause_code="9.3c", status="Approved", **EVIDENCE)
		case.save()
		case.status = "Draft"
		with self.assertRaises(frappe.ValidationError):
			case.save()
