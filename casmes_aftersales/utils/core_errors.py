"""Show the core's errors as translated Frappe validation errors."""

from contextlib import contextmanager

import frappe
from frappe import _

from casmes_aftersales.core.errors import CoreError


def translate(error: CoreError) -> str:
	return _(error.message).format(*error.args_for_message)


@contextmanager
def core_errors_as_validation(title: str | None = None):
	"""Run core code; a ``CoreError`` becomes ``frappe.ValidationError`` with the translated message."""
	try:
		yield
	except CoreError as error:
		frappe.throw(translate(error), title=title)
