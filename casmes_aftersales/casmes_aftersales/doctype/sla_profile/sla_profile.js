// Copyright (c) 2026, casmes_aftersales contributors
// License: AGPL-3.0. See license.txt

frappe.ui.form.on("SLA Profile", {
	setup(frm) {
		frm.set_query("default_responsible", () => ({ filters: { user_type: "System User", enabled: 1 } }));
	},
});
