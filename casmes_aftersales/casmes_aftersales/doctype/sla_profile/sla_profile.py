# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document

from casmes_aftersales.core.intake import parse_thresholds
from casmes_aftersales.utils.core_errors import core_errors_as_validation


class SLAProfile(Document):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from casmes_aftersales.casmes_aftersales.doctype.sla_profile_pause_status.sla_profile_pause_status import (
			SLAProfilePauseStatus,
		)

		calendar: DF.Link
		category: DF.Literal[
			"",
			"Technical Question",
			"Dispute",
			"Report Format Change",
			"Retest",
			"Complaint",
			"Sample Handling",
			"Data Request",
			"Other",
		]
		complaint_ack_hours: DF.Float
		complaint_analysis_days: DF.Int
		complaint_feedback_days: DF.Int
		customer: DF.Link | None
		default_responsible: DF.Link
		enabled: DF.Check
		first_response_hours: DF.Float
		follow_up_days: DF.Int
		is_default: DF.Check
		kpi_target: DF.Percent
		pause_statuses: DF.TableMultiSelect[SLAProfilePauseStatus]
		priority: DF.Link | None
		profile_name: DF.Data
		team: DF.Link | None
		warning_thresholds: DF.Data
	# end: auto-generated types

	def validate(self):
		self.validate_targets()
		with core_errors_as_validation():
			self.thresholds = parse_thresholds(self.warning_thresholds)
		if not self.thresholds:
			frappe.throw(_("Enter at least one warning threshold, e.g. 75, 100"))
		self.validate_default()

	def validate_targets(self):
		if self.first_response_hours <= 0 or self.complaint_ack_hours <= 0:
			frappe.throw(_("Response and acknowledgement targets must be more than 0 working hours"))
		for field in ("complaint_analysis_days", "complaint_feedback_days", "follow_up_days"):
			if self.get(field) < 1:
				frappe.throw(_("{0} must be at least 1 working day").format(_(self.meta.get_label(field))))
		if not 0 < self.kpi_target <= 100:
			frappe.throw(_("The on-time rate target must be above 0 % and at most 100 %"))

	def validate_default(self):
		other_default = frappe.db.get_value("SLA Profile", {"is_default": 1, "name": ("!=", self.name)})
		if self.is_default:
			if not self.enabled:
				frappe.throw(_("The default SLA profile cannot be disabled"))
			if other_default:
				frappe.db.set_value("SLA Profile", other_default, "is_default", 0)
				frappe.msgprint(
					_("{0} is now the default SLA profile instead of {1}").format(self.name, other_default)
				)
		elif not other_default:
			frappe.throw(_("One SLA profile must be the default: tick Default Profile"))

	def on_trash(self):
		if self.is_default:
			frappe.throw(
				_("The default SLA profile cannot be deleted; make another profile the default first")
			)
