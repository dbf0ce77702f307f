// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.query_reports["Overdue Sample Handling"] = { filters: [] };
