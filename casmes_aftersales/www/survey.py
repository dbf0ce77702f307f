"""/survey?token=…: the satisfaction survey page, no login needed (R6.3.2); ``_lang=zh`` or ``_lang=en``."""

import frappe
from frappe import _

from casmes_aftersales.api.survey import REFUSALS
from casmes_aftersales.core.survey import QUESTIONS
from casmes_aftersales.tickets.surveys import survey_for_token

no_cache = 1


def get_context(context):
	token = frappe.form_dict.get("token") or ""
	survey, state = survey_for_token(token)
	context.no_cache = 1
	context.title = _("Satisfaction Survey")
	context.token = token if state == "valid" else ""
	context.state = state
	context.refusal = str(REFUSALS[state]) if state in REFUSALS else ""
	context.questions = [{"key": q, "label": _(q)} for q in QUESTIONS]
	context.subject = (
		frappe.db.get_value("HD Ticket", survey.ticket, "subject") if survey and state == "valid" else ""
	)
	context.labels = {
		"intro": _("Please rate how we handled your request"),
		"comment": _("Comment (optional)"),
		"submit": _("Submit"),
		"low": _("1 = very dissatisfied"),
		"high": _("5 = very satisfied"),
		"thanks": _("Thank you: your answer has been recorded."),
	}
	return context
