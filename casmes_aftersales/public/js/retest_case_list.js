// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.listview_settings["Retest Case"] = {
	add_fields: ["status", "retest_class"],
	get_indicator(doc) {
		const colors = { Draft: "orange", Approved: "blue", Completed: "green", Rejected: "gray" };
		return [__(doc.status), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
