"""The public survey endpoint: no login, a single-use expiring token (R6.3.2)."""

import frappe
from frappe import _, _lt
from frappe.rate_limiter import rate_limit

from casmes_aftersales.tickets.surveys import record_answers, survey_for_token

REFUSALS = {
	"used": _lt("This survey link has already been used. Thank you for your answer."),
	"expired": _lt("This survey link has expired."),
	"unknown": _lt("This survey link is not valid."),
}


@frappe.whitelist(allow_guest=True, methods=["POST"])
@rate_limit(limit=20, seconds=60 * 60)
def submit(token: str | None = None, scores: dict | str | None = None, comment: str | None = None):
	survey, state = survey_for_token(token or "")
	if state != "valid":
		frappe.throw(str(REFUSALS[state]), frappe.PermissionError)
	record_answers(survey, scores or {}, comment, "Survey Page")
	return {"message": _("Thank you: your answer has been recorded.")}
