// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.query_reports["Retention Expiring"] = {
	filters: [{ fieldname: "days", label: __("Within (days)"), fieldtype: "Int", default: 30, reqd: 1 }],
};
