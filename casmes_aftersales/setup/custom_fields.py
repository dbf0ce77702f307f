"""The custom fields the app adds to other apps' DocTypes, by DocType. Created on install and migrate, removed on
uninstall (see ``install.py`` / ``uninstall.py``). Every fieldname starts with ``casmes_``."""

from casmes_aftersales.core.intake import CATEGORIES, CHANNELS

CLOCK_STATUSES = "Pending\nOn Time\nLate"


def _ro(**field) -> dict:
	return {"read_only": 1, "no_copy": 1, **field}


def ticket_fields() -> list[dict]:
	fields = [
		{"fieldname": "casmes_tab", "fieldtype": "Tab Break", "label": "After-sales"},
		{
			"fieldname": "casmes_channel",
			"fieldtype": "Select",
			"label": "Intake Channel",
			"options": "\n" + "\n".join(CHANNELS),
			"in_standard_filter": 1,
			"description": "Email and portal tickets set it themselves; choose Phone or Online Chat for tickets entered by staff",
		},
		{
			"fieldname": "casmes_category",
			"fieldtype": "Select",
			"label": "After-sales Category",
			"options": "\n" + "\n".join(CATEGORIES),
			"in_standard_filter": 1,
			"search_index": 1,
		},
		{
			"fieldname": "casmes_responsible",
			"fieldtype": "Link",
			"label": "Responsible Person",
			"options": "User",
			"in_standard_filter": 1,
			"search_index": 1,
		},
		_ro(fieldname="casmes_sla_profile", fieldtype="Link", label="SLA Profile", options="SLA Profile"),
		{"fieldname": "casmes_column_break_intake", "fieldtype": "Column Break"},
		_ro(fieldname="casmes_response_due", fieldtype="Datetime", label="Response Due", search_index=1),
		_ro(fieldname="casmes_first_response_at", fieldtype="Datetime", label="First Response At"),
		_ro(
			fieldname="casmes_response_status",
			fieldtype="Select",
			label="Response Status",
			options=CLOCK_STATUSES,
			default="Pending",
			in_standard_filter=1,
			search_index=1,
		),
		{
			"fieldname": "casmes_agreement_section",
			"fieldtype": "Section Break",
			"label": "Agreed Plan and Deadline",
			"description": "T/CASMES 431 7.1.3: agree the plan and the deadline with the customer at intake",
		},
		_ro(fieldname="casmes_agreed_plan", fieldtype="Small Text", label="Agreed Plan"),
		_ro(
			fieldname="casmes_agreed_deadline", fieldtype="Datetime", label="Agreed Deadline", search_index=1
		),
		_ro(
			fieldname="casmes_needs_agreement",
			fieldtype="Check",
			label="Answered without Agreed Plan and Deadline",
			search_index=1,
		),
		{"fieldname": "casmes_column_break_agreement", "fieldtype": "Column Break"},
		_ro(fieldname="casmes_accepted_at", fieldtype="Datetime", label="Accepted At"),
		_ro(fieldname="casmes_accepted_by", fieldtype="Link", label="Accepted By", options="User"),
		_ro(fieldname="casmes_delivery_due", fieldtype="Datetime", label="Delivery Due", search_index=1),
		_ro(fieldname="casmes_resolved_at", fieldtype="Datetime", label="Resolved At"),
		_ro(
			fieldname="casmes_delivery_status",
			fieldtype="Select",
			label="Delivery Status",
			options=CLOCK_STATUSES,
			default="Pending",
			search_index=1,
		),
		_ro(
			fieldname="casmes_deadline_changes",
			fieldtype="Table",
			label="Deadline Changes",
			options="Agreed Deadline Change",
		),
		{
			"fieldname": "casmes_dispute_section",
			"fieldtype": "Section Break",
			"label": "Dispute (T/CASMES 431 5.1.2)",
			"depends_on": 'eval:doc.casmes_category=="Dispute"',
		},
		{
			"fieldname": "casmes_dispute_subject",
			"fieldtype": "Select",
			"label": "Disputed Subject",
			"options": "\nTest Results\nTest Conditions\nTest Method\nTest Fees",
		},
		{"fieldname": "casmes_dispute_solution", "fieldtype": "Small Text", "label": "Negotiated Solution"},
		{"fieldname": "casmes_column_break_dispute", "fieldtype": "Column Break"},
		{
			"fieldname": "casmes_dispute_outcome",
			"fieldtype": "Select",
			"label": "Customer's Decision",
			"options": "\nAccepted\nRefused",
		},
		{
			"fieldname": "casmes_dispute_refusal_note",
			"fieldtype": "Small Text",
			"label": "Recorded Refusal",
			"depends_on": 'eval:doc.casmes_dispute_outcome=="Refused"',
		},
		{
			"fieldname": "casmes_format_section",
			"fieldtype": "Section Break",
			"label": "Report Format Change (T/CASMES 431 5.2.1)",
			"depends_on": 'eval:doc.casmes_category=="Report Format Change"',
		},
		{"fieldname": "casmes_format_change", "fieldtype": "Small Text", "label": "Requested Format Change"},
		{
			"fieldname": "casmes_results_unchanged",
			"fieldtype": "Check",
			"label": "Approved: Test Results Unchanged",
			"description": "Ticked by a Tester or the After-sales Manager",
		},
		{"fieldname": "casmes_column_break_format", "fieldtype": "Column Break"},
		_ro(fieldname="casmes_format_approved_by", fieldtype="Link", label="Approved By", options="User"),
		_ro(fieldname="casmes_format_approved_at", fieldtype="Datetime", label="Approved At"),
		{"fieldname": "casmes_new_report_version", "fieldtype": "Data", "label": "New Report Version"},
		{
			"fieldname": "casmes_warning_section",
			"fieldtype": "Section Break",
			"label": "Clock Warnings",
			"collapsible": 1,
		},
		_ro(
			fieldname="casmes_response_warn_at",
			fieldtype="Datetime",
			label="Next Response Warning",
			search_index=1,
		),
		_ro(fieldname="casmes_response_warn_level", fieldtype="Int", label="Response Warning Level (%)"),
		{"fieldname": "casmes_column_break_warning", "fieldtype": "Column Break"},
		_ro(
			fieldname="casmes_delivery_warn_at",
			fieldtype="Datetime",
			label="Next Delivery Warning",
			search_index=1,
		),
		_ro(fieldname="casmes_delivery_warn_level", fieldtype="Int", label="Delivery Warning Level (%)"),
	]
	previous = "feedback_extra"  # Helpdesk's last field: the tab goes at the end of the form
	for field in fields:
		field["insert_after"] = previous
		previous = field["fieldname"]
	return fields


def get_custom_fields() -> dict[str, list[dict]]:
	return {"HD Ticket": ticket_fields()}
