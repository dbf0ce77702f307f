"""Errors raised by the framework-free core.

The core cannot translate (it does not import frappe), so every message is an English template marked with
the no-op ``_`` below: Frappe's string extractor finds it, ``locale/zh.po`` translates it, and the adapters
show it with ``frappe._(error.message).format(*error.args_for_message)``.
"""


def _(message: str) -> str:
	"""Mark a message for extraction without translating it (gettext_noop)."""
	return message


class CoreError(ValueError):
	"""Bad input for a core operation. ``message`` is an untranslated template with ``{0}``-style slots."""

	def __init__(self, message: str, *args: object):
		self.message = message
		self.args_for_message = args
		super().__init__(message.format(*args))


class CalendarError(CoreError):
	"""The working calendar is malformed or cannot answer (e.g. it has no working time at all)."""


class OfficialDataMissing(CoreError):
	"""No official (State Council) holiday schedule is available for a year."""

	def __init__(self, year: int):
		self.year = year
		super().__init__(
			_("No official holiday data is available for {0}; load or enter that year by hand."), year
		)
