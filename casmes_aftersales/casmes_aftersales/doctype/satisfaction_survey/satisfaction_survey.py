# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from casmes_aftersales.tickets.surveys import record_answers
from casmes_aftersales.utils.values import same_value

ANSWER_FIELDS = ("comment", "answered_at", "source", "average_score", "status", "accountable", "ticket")


def same_answers(survey, before) -> bool:
	scores = [(row.question, int(row.score or 0)) for row in survey.scores]
	before_scores = [(row.question, int(row.score or 0)) for row in before.scores]
	return scores == before_scores and all(
		same_value(survey.get(field), before.get(field)) for field in ANSWER_FIELDS
	)


class SatisfactionSurvey(Document):
	"""One survey per ticket (R6.3.2, R8.3), with a person accountable for the customer's satisfaction; once
	answered, the answers can never be changed."""

	def validate(self):
		before = self.get_doc_before_save()
		if before and before.status == "Answered" and not same_answers(self, before):
			frappe.throw(_("Survey answers cannot be changed"), frappe.PermissionError)
		if not before and self.status == "Answered" and not self.flags.answering:
			frappe.throw(_("Survey answers are recorded through the survey page or after a call"))

	def on_trash(self):
		if self.status == "Answered":
			frappe.throw(_("An answered survey cannot be deleted"), frappe.PermissionError)

	@frappe.whitelist()
	def record_after_call(self, scores: dict | str, comment: str | None = None):
		"""Staff record the customer's answers given on a call."""
		self.check_permission("write")
		record_answers(self, scores, comment, "Staff after a Call")
