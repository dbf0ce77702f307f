# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from casmes_aftersales.tickets.after_resolution import handle_further_problem, send_follow_up_sms


class FollowupVisit(Document):
	"""The visit after resolution (R6.3.1): whether the result works; a further problem reopens the ticket or
	opens a linked new one."""

	def validate(self):
		if self.done_at:
			if not self.result_works:
				frappe.throw(_("Record whether the result works for the customer"))
			self.done_by = self.done_by or frappe.session.user
			self.status = "Done"
		if (self.result_works == "No" or (self.further_problem or "").strip()) and self.done_at:
			if not (self.further_problem or "").strip() or not self.problem_action:
				frappe.throw(
					_("Describe the further problem and choose to reopen the ticket or open a new one")
				)

	def on_update(self):
		before = self.get_doc_before_save()
		if self.problem_action and not (before and before.problem_action):
			handle_further_problem(self)

	@frappe.whitelist()
	def send_sms(self):
		self.check_permission("write")
		send_follow_up_sms(self)
