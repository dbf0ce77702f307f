"""Shared test factories: a deterministic lab (calendar with China's official 2025–2026 schedule, the default
profile on it), agents with roles, teams, customers with portal contacts, tickets."""

import frappe

from casmes_aftersales.setup.install import create_lab_week_calendar

TEST_CALENDAR = "_Test Lab Week"
DEFAULT_PROFILE = "_Test Standard"


def setup_lab():
	"""The default SLA profile uses a Mon–Fri 08:30–12:00 / 13:30–17:30 calendar with the official 2025–2026 years."""
	if frappe.utils.get_system_timezone() != "Asia/Shanghai":  # a lab in China; committed, as a site setting
		frappe.db.set_single_value("System Settings", "time_zone", "Asia/Shanghai")
		frappe.db.commit()  # nosemgrep
		frappe.clear_document_cache("System Settings", "System Settings")
		frappe.local.system_settings = None
	if not frappe.db.exists("Working Calendar", TEST_CALENDAR):
		create_lab_week_calendar(TEST_CALENDAR, (2025, 2026))
	if not frappe.db.exists("SLA Profile", DEFAULT_PROFILE):
		make_profile(DEFAULT_PROFILE, is_default=1, pause_statuses=["On Hold"])
	elif not frappe.db.get_value("SLA Profile", DEFAULT_PROFILE, "is_default"):
		profile = frappe.get_doc("SLA Profile", DEFAULT_PROFILE)
		profile.is_default = 1
		profile.save()
	frappe.db.set_single_value("HD Settings", "auto_update_status", 0)


def make_profile(name, pause_statuses=(), **values):
	profile = frappe.new_doc("SLA Profile")
	profile.update(
		{
			"profile_name": name,
			"enabled": 1,
			"calendar": TEST_CALENDAR,
			"default_responsible": "Administrator",
			"warning_thresholds": "75, 100",
			**values,
		}
	)
	for status in pause_statuses:
		if frappe.db.exists("HD Ticket Status", status):
			profile.append("pause_statuses", {"status": status})
	return profile.insert()


def make_user(email: str, roles=(), first_name=None):
	if not frappe.db.exists("User", email):
		frappe.get_doc(
			{
				"doctype": "User",
				"email": email,
				"first_name": first_name or email.split("@")[0],
				"send_welcome_email": 0,
			}
		).insert(ignore_permissions=True)
	user = frappe.get_doc("User", email)
	missing = [role for role in roles if role not in frappe.get_roles(email)]
	if missing:
		user.add_roles(*missing)
	return user


def make_agent(email: str, roles=("Customer Service",)):
	user = make_user(email, ("Agent", *roles))
	if not frappe.db.exists("HD Agent", {"user": email}):
		frappe.get_doc(
			{"doctype": "HD Agent", "user": email, "agent_name": user.first_name, "is_active": 1}
		).insert(ignore_permissions=True)
	return user


def make_team(name: str, members=()):
	if frappe.db.exists("HD Team", name):
		team = frappe.get_doc("HD Team", name)
		team.users = []
	else:
		team = frappe.get_doc({"doctype": "HD Team", "team_name": name})
	for member in members:
		team.append("users", {"user": member})
	team.save(ignore_permissions=True) if not team.is_new() else team.insert(ignore_permissions=True)
	return team


def make_customer(name: str):
	if not frappe.db.exists("HD Customer", name):
		frappe.get_doc({"doctype": "HD Customer", "customer_name": name}).insert(ignore_permissions=True)
	return frappe.get_doc("HD Customer", name)


def make_portal_contact(email: str, customer: str):
	"""A customer's portal user, linked through a Contact to the HD Customer."""
	user = make_user(email)
	if "HD Customer" not in frappe.get_roles(email):
		user.add_roles("HD Customer")
	if not frappe.db.exists("Contact", {"email_id": email}):
		contact = frappe.get_doc({"doctype": "Contact", "first_name": email.split("@")[0], "email_id": email})
		contact.append("email_ids", {"email_id": email, "is_primary": 1})
		contact.append("links", {"link_doctype": "HD Customer", "link_name": customer})
		contact.insert(ignore_permissions=True)
		frappe.db.set_value("Contact", contact.name, "user", email)
	return user


def make_ticket(**values):
	values.setdefault("subject", "Question about the XRD report")
	values.setdefault("description", "Please explain the peak at 26.6 degrees.")
	values.setdefault("raised_by", "customer@example.com")
	if "casmes_channel" not in values and not values.get("via_customer_portal"):
		values["casmes_channel"] = "Phone"
	ticket = frappe.get_doc({"doctype": "HD Ticket", **values})
	ticket.insert(ignore_permissions=True)
	ticket.reload()  # Helpdesk saves the ticket again after insert (the description becomes a communication)
	return ticket


def make_outgoing_email_account():
	name = "_Test CASMES Outgoing"
	if not frappe.db.exists("Email Account", name):
		frappe.get_doc(
			{
				"doctype": "Email Account",
				"email_account_name": name,
				"email_id": "aftersales@example.com",
				"domain": None,
				"enable_outgoing": 1,
				"default_outgoing": 1,
				"smtp_server": "smtp.example.com",
				"password": "password",
				"enable_incoming": 0,
			}
		).insert(ignore_permissions=True)
	frappe.db.set_single_value("HD Settings", "skip_email_workflow", 0)
	frappe.db.set_single_value("HD Settings", "enable_reply_email_via_agent", 1)
	frappe.flags.mute_emails = False
	return name
