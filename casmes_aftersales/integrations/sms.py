"""SMS through Frappe's SMS Settings (the lab's gateway) with Frappe's own gateway request. Frappe's ``send_sms``
is not used because it writes ERPNext's SMS Log, which a site without ERPNext does not have."""

import frappe
from frappe import _


def sms_configured() -> bool:
	return bool(frappe.db.get_single_value("SMS Settings", "sms_gateway_url"))


def send_sms(number: str, message: str) -> None:
	from frappe.core.doctype.sms_settings.sms_settings import get_headers, send_request, validate_receiver_nos

	if not sms_configured():
		frappe.throw(_("Set up SMS Settings before sending SMS"))
	settings = frappe.get_single("SMS Settings")
	headers = get_headers(settings)
	params = {row.parameter: row.value for row in settings.parameters if not row.header}
	params[settings.message_parameter] = message
	params[settings.receiver_parameter] = validate_receiver_nos([number])[0]
	send_request(
		settings.sms_gateway_url,
		params,
		headers,
		settings.use_post,
		headers.get("Content-Type") == "application/json",
	)
