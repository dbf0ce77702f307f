// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.listview_settings["Complaint"] = {
	add_fields: ["status", "severity", "analysis_status", "feedback_status"],
	get_indicator(doc) {
		if (doc.status !== "Closed" && [doc.analysis_status, doc.feedback_status].includes("Late")) {
			return [__("Overdue"), "red", "status,!=,Closed"];
		}
		if (doc.status !== "Closed" && doc.severity === "Major") {
			return [__("Major"), "orange", "severity,=,Major"];
		}
		const colors = { Open: "red", Acknowledged: "orange", "Solution Confirmed": "blue", Completed: "purple", Closed: "green" };
		return [__(doc.status), colors[doc.status] || "gray", `status,=,${doc.status}`];
	},
};
