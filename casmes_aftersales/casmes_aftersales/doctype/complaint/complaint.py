# Copyright (c) 2026, casmes_aftersales contributors
# License: AGPL-3.0. See license.txt

import frappe
from frappe import _
from frappe.model.document import Document
from frappe.utils import get_datetime, nowdate

from casmes_aftersales.core.complaints import check_close
from casmes_aftersales.tickets.complaint_clocks import refresh_complaint_clocks
from casmes_aftersales.tickets.pairs import link_ticket_category
from casmes_aftersales.utils.core_errors import core_errors_as_validation

TICKET_CHANNELS = {
	"Phone": "Phone",
	"Email": "Email",
	"Online Chat": "Online Platform",
	"Web Form": "Online Platform",
}


class Complaint(Document):
	"""A complaint (clause 10): acknowledge, analyse and confirm a solution within 1 working day of receipt,
	feed the result back within 2 working days of completion; a major one closes only with verified actions."""

	def before_validate(self):
		ticket = frappe.db.get_value(
			"HD Ticket",
			self.ticket,
			["creation", "casmes_channel", "casmes_responsible", "subject"],
			as_dict=True,
		)
		if not ticket:
			return
		self.received_at = self.received_at or ticket.creation
		self.channel = self.channel or TICKET_CHANNELS.get(ticket.casmes_channel)
		self.complaint_owner = self.complaint_owner or ticket.casmes_responsible
		self.content = self.content or ticket.subject

	def validate(self):
		self.validate_chronology()
		self.verify_actions()
		self.set_status()
		refresh_complaint_clocks(self)

	def validate_chronology(self):
		received = get_datetime(self.received_at)
		for field in ("acknowledged_at", "solution_confirmed_at", "completed_at", "feedback_given_at"):
			if self.get(field) and get_datetime(self.get(field)) < received:
				frappe.throw(
					_("{0} cannot be before the complaint was received").format(_(self.meta.get_label(field)))
				)
		if self.solution_confirmed_at and not (
			(self.analysis or "").strip() and (self.proposed_solution or "").strip()
		):
			frappe.throw(_("Record the analysis and the proposed solution before the customer confirms it"))
		if self.completed_at and not self.solution_confirmed_at:
			frappe.throw(_("The customer must confirm the solution before the handling is completed"))
		if self.feedback_given_at and not self.completed_at:
			frappe.throw(_("Feed the result back after the handling is completed"))
		if self.feedback_given_at and get_datetime(self.feedback_given_at) < get_datetime(self.completed_at):
			frappe.throw(_("Feed the result back after the handling is completed"))

	def verify_actions(self):
		for action in self.actions:
			if action.verified and not action.done_on:
				frappe.throw(_("Action {0} must be done before it is verified").format(action.idx))
			if action.verified and not action.verified_by:
				action.verified_by, action.verified_on = frappe.session.user, nowdate()

	def set_status(self):
		if self.status == "Closed":
			with core_errors_as_validation():
				check_close(self.as_dict(), [a.as_dict() for a in self.actions])
			return
		if self.completed_at:
			self.status = "Completed"
		elif self.solution_confirmed_at:
			self.status = "Solution Confirmed"
		elif self.acknowledged_at:
			self.status = "Acknowledged"
		else:
			self.status = "Open"

	def after_insert(self):
		link_ticket_category(self.ticket, "Complaint")
