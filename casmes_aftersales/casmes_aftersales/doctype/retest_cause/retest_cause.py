# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from casmes_aftersales.core.retest import CAUSE_CODES


class RetestCause(Document):
	"""Master data for the 12 cause codes of clause 9; class and evidence are fixed by the standard (the core)."""

	def validate(self):
		code = CAUSE_CODES.get(self.code)
		if not code:
			frappe.throw(_("Unknown retest cause code: {0}").format(self.code))
		if self.retest_class != code.retest_class:
			frappe.throw(
				_("Cause {0} is a {1} retest under T/CASMES 431 clause 9").format(
					self.code, _(code.retest_class)
				)
			)
