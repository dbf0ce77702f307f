"""Show the core's errors as translated Frappe validation errors."""

from contextlib import contextmanager

import frappe
from frappe import _

from casmes_aftersales.core.errors import CoreError


def translate(error: CoreError) -> str:
	"""The template translated; so are text arguments that are themselves messages (labels, class names)."""
	args = [_(arg) if isinstance(arg, str) else arg for arg in error.args_for_message]
	return _(error.message).format(*args)


@contextmanager
def core_errors_as_validation(title: str | None = None):
	"""Run core code; a ``CoreError`` becomes ``frappe.ValidationError`` with the translated message."""
	try:
		yield
	except CoreError as error:
		frappe.throw(translate(error), title=title)
