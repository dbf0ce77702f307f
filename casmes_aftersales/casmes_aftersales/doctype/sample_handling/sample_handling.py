# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import getdate

from casmes_aftersales.core.retention import sample_due
from casmes_aftersales.utils.core_errors import core_errors_as_validation


class SampleHandling(Document):
	"""A tested sample handled as agreed (R5.3): return, dispose or keep N days; its execution with evidence."""

	def validate(self):
		with core_errors_as_validation():
			self.due_date = sample_due(
				getdate(self.agreed_on), self.agreed_method, self.keep_days, self.handle_within_days or 0
			)
		if self.executed_on:
			if not self.executed_by or not (self.evidence or "").strip():
				frappe.throw(
					_("Record who handled the sample and the evidence (courier number or disposal record)")
				)
			if getdate(self.executed_on) < getdate(self.agreed_on):
				frappe.throw(_("The sample cannot be handled before the handling was agreed"))
		self.status = "Done" if self.executed_on else "Pending"
