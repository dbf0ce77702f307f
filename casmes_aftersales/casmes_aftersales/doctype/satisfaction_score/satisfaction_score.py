# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

from frappe.model.document import Document


class SatisfactionScore(Document):
	pass
