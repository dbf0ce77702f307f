app_name = "casmes_aftersales"
app_title = "CASMES After-sales"
app_publisher = "casmes_aftersales contributors"
app_description = (
	"T/CASMES 431—2024 after-sales service for research and testing laboratories on Frappe Helpdesk"
)
app_email = "casmes-aftersales@example.org"
app_license = "agpl-3.0"

required_apps = ["helpdesk"]

# Install / uninstall: roles before the DocTypes that reference them; custom fields on Helpdesk's DocTypes
# are created in code and removed again on uninstall
before_install = "casmes_aftersales.setup.install.before_install"
after_install = "casmes_aftersales.setup.install.after_install"
before_migrate = "casmes_aftersales.setup.install.before_migrate"
after_migrate = "casmes_aftersales.setup.install.after_migrate"
before_uninstall = "casmes_aftersales.setup.uninstall.before_uninstall"

fixtures = [
	{
		"dt": "Role",
		"filters": [
			["name", "in", ["After-sales Manager", "Customer Manager", "Customer Service", "Tester"]]
		],
	},
	"Retest Cause",  # the 12 cause codes of clause 9 (master data, zh + en)
]

# the records an after-sales ticket carries besides itself
_TICKET_RECORDS = (
	"Retest Case",
	"Complaint",
	"Follow-up Visit",
	"Satisfaction Survey",
	"Data Retention Record",
	"Sample Handling",
)

doc_events = {
	"HD Ticket": {
		"before_insert": "casmes_aftersales.extends.hd_ticket.before_insert",
		"validate": "casmes_aftersales.extends.hd_ticket.validate",
		"after_insert": "casmes_aftersales.extends.hd_ticket.after_insert",
		"on_update": "casmes_aftersales.extends.hd_ticket.on_update",
	},
	"Communication": {
		"before_insert": "casmes_aftersales.extends.communication.before_insert",
		"after_insert": "casmes_aftersales.extends.communication.after_insert",
		"on_update": "casmes_aftersales.extends.communication.on_update",
	},
	"ToDo": {
		"after_insert": "casmes_aftersales.extends.todo.after_insert",
	},
	# every record of a ticket keeps the ticket's Service Archive up to date
	**{
		doctype: {"on_update": "casmes_aftersales.tickets.archive.on_related_update"}
		for doctype in _TICKET_RECORDS
	},
}

scheduler_events = {
	"cron": {
		"*/5 * * * *": ["casmes_aftersales.jobs.clock_warnings.run"],
	},
	"daily": ["casmes_aftersales.jobs.samples.warn_overdue"],
}

# Desk form actions on Helpdesk's ticket (Accept, Change Deadline, Log Phone or Chat Answer)
doctype_js = {"HD Ticket": "public/js/hd_ticket.js"}
doctype_list_js = {
	"Retest Case": "public/js/retest_case_list.js",
	"Complaint": "public/js/complaint_list.js",
}

# customers see only the records of tickets Helpdesk lets them read
_CUSTOMER_VISIBLE = (*_TICKET_RECORDS, "Service Archive")
permission_query_conditions = dict.fromkeys(_CUSTOMER_VISIBLE, "casmes_aftersales.permissions.case_query")
has_permission = dict.fromkeys(_CUSTOMER_VISIBLE, "casmes_aftersales.permissions.has_case_permission")
