# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document


class AftersalesSettings(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from casmes_aftersales.casmes_aftersales.doctype.after_sales_routing.after_sales_routing import (
			AftersalesRouting,
		)

		routing: DF.Table[AftersalesRouting]
	# end: auto-generated types

	def validate(self):
		seen = set()
		for row in self.routing:
			if row.category in seen:
				frappe.throw(_("Routing: category {0} appears twice").format(_(row.category)))
			seen.add(row.category)


def team_for_category(category: str | None) -> str | None:
	if not category:
		return None
	return frappe.db.get_value(
		"After-sales Routing", {"parent": "After-sales Settings", "category": category}, "team"
	)
