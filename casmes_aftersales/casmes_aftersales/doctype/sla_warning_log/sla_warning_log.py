# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

from frappe.model.document import Document


class SLAWarningLog(Document):
	"""Named ``<ticket>-<clock>-<threshold>``: the primary key makes a second warning for the same threshold
	impossible, however often or concurrently the warning job runs."""

	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		at: DF.Datetime | None
		clock: DF.Literal["Response", "Delivery", "Agreement"]
		due: DF.Datetime | None
		notified: DF.SmallText | None
		threshold: DF.Int
		ticket: DF.Link
	# end: auto-generated types

	def autoname(self):
		self.name = warning_name(self.ticket, self.clock, self.threshold)


def warning_name(ticket: str, clock: str, threshold: int) -> str:
	return f"{ticket}-{clock}-{threshold}"
