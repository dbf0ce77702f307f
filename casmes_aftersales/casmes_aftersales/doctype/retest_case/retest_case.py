# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from casmes_aftersales.core.retest import check_approval, check_fee, proposed_code, retest_class
from casmes_aftersales.tickets.pairs import link_ticket_category
from casmes_aftersales.utils.core_errors import core_errors_as_validation

NUMERIC_EVIDENCE = ("original_value", "retest_value", "tolerance")
NEXT_STATUSES = {
	"Draft": {"Draft", "Approved", "Rejected"},
	"Approved": {"Approved", "Completed", "Rejected"},
	"Completed": {"Completed"},
	"Rejected": {"Rejected"},
}


class RetestCase(Document):
	"""A retest request (clause 9): its class follows from the cause code; the code's evidence, fee rule and the
	customer's acceptance are enforced by the core before approval."""

	def validate(self):
		self.validate_transition()
		with core_errors_as_validation():
			self.derive_from_core()
			if self.cause_code:
				check_fee(self.cause_code, self.fee)
			if self.status in ("Approved", "Completed"):
				if not self.cause_code:
					frappe.throw(_("Choose the cause code before approving the retest"))
				check_approval(self.cause_code, self.evidence())
		if self.status == "Completed":
			self.validate_outcome()

	def validate_transition(self):
		before = self.get_doc_before_save()
		if before and self.status not in NEXT_STATUSES[before.status]:
			frappe.throw(
				_("A retest case cannot go from {0} to {1}").format(_(before.status), _(self.status))
			)
		if not before and self.status not in ("Draft", "Approved"):
			frappe.throw(_("A new retest case starts as Draft or Approved"))

	def evidence(self) -> dict:
		"""The case for the core; a Float of 0 is how Frappe stores an empty number, so it counts as not entered."""
		values = self.as_dict()
		for field in NUMERIC_EVIDENCE:
			values[field] = values.get(field) or None
		return values

	def derive_from_core(self):
		self.retest_class = retest_class(self.cause_code) if self.cause_code else None
		values = self.evidence()
		if all(values[field] is not None for field in NUMERIC_EVIDENCE):
			self.proposed_code = proposed_code(
				values["original_value"], values["retest_value"], values["tolerance"]
			)
			self.within_tolerance = int(self.proposed_code == "9.2d")
		else:
			self.proposed_code, self.within_tolerance = None, 0

	def validate_outcome(self):
		if not self.retest_value:
			frappe.throw(_("Record the retest value before completing the retest"))
		if not self.within_tolerance and not self.corrected_report_no:
			frappe.throw(_("Record the corrected report before completing the retest"))

	def after_insert(self):
		link_ticket_category(self.ticket, "Retest")
