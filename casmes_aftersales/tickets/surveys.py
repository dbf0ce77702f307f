"""Satisfaction survey invitations and answers (R6.3.2, R8.3). The link carries an unguessable token; only its
hash is stored; it works once and expires. Helpdesk's own ticket rating is kept consistent with the survey."""

import json

import frappe
from frappe import _
from frappe.utils import add_days, get_url, now_datetime

from casmes_aftersales.core.survey import QUESTIONS, check_scores, new_token, token_hash, token_state
from casmes_aftersales.integrations.sms import send_sms, sms_configured
from casmes_aftersales.tickets.contacts import customer_mobile
from casmes_aftersales.utils.core_errors import core_errors_as_validation

LINK_DAYS = 14


def ensure_survey(ticket) -> str:
	"""The ticket's one survey, with the responsible person accountable; invited by email on creation."""
	existing = frappe.db.get_value("Satisfaction Survey", {"ticket": ticket.name})
	if existing:
		return existing
	survey = frappe.get_doc(
		{
			"doctype": "Satisfaction Survey",
			"ticket": ticket.name,
			"accountable": ticket.casmes_responsible or "Administrator",
		}
	)
	survey.insert(ignore_permissions=True)
	invite(survey, ticket)
	return survey.name


def invite(survey, ticket) -> str:
	"""Send a fresh link; an earlier unused link stops working."""
	token, hashed = new_token()
	survey.db_set(
		{
			"token_hash": hashed,
			"expires_at": add_days(now_datetime(), LINK_DAYS),
			"invited_at": now_datetime(),
		}
	)
	url = survey_url(token)
	channels = []
	if ticket.raised_by:
		channels.append("Email")
		frappe.sendmail(
			recipients=[ticket.raised_by],
			subject=_("How satisfied are you with our after-sales service? (ticket {0})").format(ticket.name),
			message=_(
				"Please rate how we handled your request “{0}”: {1} — the link works once and for {2} days."
			).format(ticket.subject, url, LINK_DAYS),
			reference_doctype="Satisfaction Survey",
			reference_name=survey.name,
		)
	mobile = customer_mobile(ticket)
	if mobile and sms_configured():
		send_sms(
			mobile, _("Please rate our after-sales service for ticket {0}: {1}").format(ticket.name, url)
		)
		channels.append("SMS")
	survey.db_set("invited_via", " and ".join(channels) or None)
	return url


def survey_url(token: str) -> str:
	return get_url(f"/satisfaction-survey?token={token}")


def survey_for_token(token: str):
	"""``(survey, state)``; state is valid / used / expired / unknown."""
	name = (
		frappe.db.get_value("Satisfaction Survey", {"token_hash": token_hash(token or "")}) if token else None
	)
	if not name:
		return None, "unknown"
	survey = frappe.get_doc("Satisfaction Survey", name)
	used = survey.answered_at if survey.status == "Answered" else None
	return survey, token_state(token, survey.token_hash, survey.expires_at, used, now_datetime())


def record_answers(survey, scores, comment, source: str) -> None:
	if isinstance(scores, str):
		scores = json.loads(scores)
	if survey.status == "Answered":
		frappe.throw(_("This survey has already been answered"), frappe.PermissionError)
	with core_errors_as_validation():
		checked = check_scores(scores, QUESTIONS)
	survey.set("scores", [{"question": q, "score": s} for q, s in checked.items()])
	survey.update(
		{
			"comment": (comment or "").strip(),
			"source": source,
			"answered_at": now_datetime(),
			"average_score": sum(checked.values()) / len(checked),
			"status": "Answered",
			"token_hash": None,
		}
	)
	survey.flags.answering = True
	survey.save(ignore_permissions=True)
	sync_helpdesk_rating(survey)


def sync_helpdesk_rating(survey) -> None:
	"""Helpdesk shows one 0–1 rating on the ticket: keep it equal to the survey's average (1–5)."""
	rating = round(survey.average_score / 5, 2)
	frappe.db.set_value("HD Ticket", survey.ticket, "feedback_rating", rating, update_modified=False)


def take_helpdesk_feedback(ticket) -> None:
	"""A rating given in Helpdesk's own feedback answers the survey instead of asking twice."""
	if not ticket.feedback_rating or not ticket.has_value_changed("feedback_rating"):
		return
	survey = frappe.db.get_value(
		"Satisfaction Survey", {"ticket": ticket.name}, ["name", "status"], as_dict=True
	)
	if not survey or survey.status == "Answered":
		return
	score = max(1, min(5, round(float(ticket.feedback_rating) * 5)))
	record_answers(
		frappe.get_doc("Satisfaction Survey", survey.name),
		dict.fromkeys(QUESTIONS, score),
		ticket.feedback_extra,
		"Helpdesk Feedback",
	)
