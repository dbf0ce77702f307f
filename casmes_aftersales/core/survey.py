"""Satisfaction survey links (R6.3.2): an unguessable token for a page that needs no login, stored only as a
hash, single-use and expiring; scores 1–5 per question."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping

from casmes_aftersales.core.errors import CoreError, _

TOKEN_BYTES = 32
QUESTIONS = (  # scored 1–5; translated where shown
	_("Response timeliness"),
	_("Professional competence"),
	_("Service attitude"),
	_("Solution of the problem"),
)
SCORES = range(1, 6)
VALID, USED, EXPIRED, UNKNOWN = "valid", "used", "expired", "unknown"


def new_token() -> tuple[str, str]:
	"""``(token for the link, hash to store)``."""
	token = secrets.token_urlsafe(TOKEN_BYTES)
	return token, token_hash(token)


def token_hash(token: str) -> str:
	return hashlib.sha256(token.encode()).hexdigest()


def token_state(
	token: str, stored_hash: str | None, expires_at: dt.datetime | None, used_at, now: dt.datetime
) -> str:
	if not token or not stored_hash or not hmac.compare_digest(token_hash(token), stored_hash):
		return UNKNOWN
	if used_at:
		return USED
	if expires_at is None or now >= expires_at:
		return EXPIRED
	return VALID


def check_scores(scores: Mapping[str, object], questions) -> dict[str, int]:
	"""One whole score from 1 to 5 for every question, nothing else."""
	questions = list(questions)
	unknown = set(scores) - set(questions)
	if unknown:
		raise CoreError(_("Unknown survey question: {0}"), sorted(unknown)[0])
	result = {}
	for question in questions:
		value = scores.get(question)
		try:
			score = int(value)
		except (TypeError, ValueError):
			raise CoreError(_("Give a score from 1 to 5 for: {0}"), question) from None
		if str(value).strip() != str(score) or score not in SCORES:
			raise CoreError(_("Give a score from 1 to 5 for: {0}"), question)
		result[question] = score
	return result
