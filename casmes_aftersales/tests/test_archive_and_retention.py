"""Service archive (R4.1.2), data retention (R5.2.2) and sample handling (R5.3)."""

import frappe
from frappe.utils import add_days, today

from casmes_aftersales.api import ticket as ticket_api
from casmes_aftersales.jobs import samples
from casmes_aftersales.tests.base import AfterSalesTestCase
from casmes_aftersales.tests.factories import make_agent, make_ticket

AGENT = "archive.agent@casmes.example.com"


class TestArchiveAndRetention(AfterSalesTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		make_agent(AGENT)

	def retention(self, ticket=None, years=5, start=None, **values):
		return frappe.get_doc(
			{
				"doctype": "Data Retention Record",
				"reference_type": "Order",
				"ticket": ticket,
				"retention_years": years,
				"start_date": start or today(),
				"storage_location": "NAS-01:/raw/2026/ORD-2026-0042",
				**{"reference": "ORD-2026-0042", **values},
			}
		)

	def test_retention_of_four_years_is_refused_with_a_translated_error(self):
		with self.assertRaises(frappe.ValidationError):
			self.retention(years=4, reference="ORD-4-YEARS").insert()
		frappe.local.lang = "zh"
		with self.assertRaises(frappe.ValidationError) as raised:
			self.retention(years=4, reference="ORD-4-YEARS").insert()
		self.assertIn("5", str(raised.exception))
		self.assertIn("年", str(raised.exception))
		self.assertFalse(frappe.db.exists("Data Retention Record", {"reference": "ORD-4-YEARS"}))

	def test_retention_record_cannot_be_deleted_before_retain_until(self):
		record = self.retention().insert()
		self.assertEqual(str(record.retain_until), str(frappe.utils.add_years(today(), 5)))
		with self.assertRaises(frappe.PermissionError):
			frappe.delete_doc("Data Retention Record", record.name, ignore_permissions=True, force=True)
		self.assertTrue(frappe.db.exists("Data Retention Record", record.name))
		expired = self.retention(start=add_days(today(), -5 * 366 - 2)).insert()
		frappe.delete_doc("Data Retention Record", expired.name)  # past its date: allowed
		self.assertFalse(frappe.db.exists("Data Retention Record", expired.name))

	def test_expiry_report(self):
		from casmes_aftersales.casmes_aftersales.report.retention_expiring.retention_expiring import execute

		soon = self.retention(start=add_days(today(), -5 * 365 + 3)).insert()  # leap days: within a week
		later = self.retention(start=today()).insert()
		names = [row.name for row in execute({"days": 10})[1]]
		self.assertIn(soon.name, names)
		self.assertNotIn(later.name, names)

	def test_archive_assembles_the_ticket_life_and_is_protected(self):
		with self.freeze_time("2026-03-02 09:00:00"):
			ticket = make_ticket(casmes_category="Retest", casmes_responsible=AGENT)
		with self.freeze_time("2026-03-02 09:30:00"):
			frappe.set_user(AGENT)
			ticket_api.log_response(ticket.name, "Phone", "Agreed to retest the sample")
			ticket_api.accept(ticket.name, "Retest sample S-7", "2026-03-06 17:00:00")
			frappe.set_user("Administrator")
		case = frappe.get_doc("Retest Case", {"ticket": ticket.name})
		case.update({"original_order": "ORD-2026-0042", "sample_id": "S-7", "report_no": "R-2026-0100"})
		case.save()
		self.retention(ticket=ticket.name).insert()
		with self.freeze_time("2026-03-04 10:00:00"):
			ticket.reload()
			ticket.status = "Resolved"
			ticket.save()
		archive = frappe.get_doc("Service Archive", {"ticket": ticket.name})
		self.assertEqual(archive.category, "Retest")
		self.assertEqual(archive.channel, "Phone")
		self.assertIn("ORD-2026-0042", archive.order_numbers)
		self.assertIn("S-7", archive.sample_numbers)
		self.assertIn("R-2026-0100", archive.report_numbers)
		kinds = {row.event for row in archive.events}
		for kind in (
			"Created",
			"Status Change",
			"Reply to the customer",
			"Retest case",
			"Satisfaction survey sent",
		):
			self.assertIn(kind, kinds)
		self.assertEqual(archive.events[0].event, "Created")
		with self.assertRaises(frappe.PermissionError):
			frappe.delete_doc("Service Archive", archive.name, ignore_permissions=True, force=True)

		frappe.local.lang = "zh"
		html = frappe.get_print("Service Archive", archive.name, print_format="Service Archive (zh)")
		for text in ("售后服务档案", "基本信息", "状态变更", "复测", ticket.name):
			self.assertTrue(text in html, f"{text} missing from the zh print")
		pdf = self.archive_pdf(html)
		self.assertTrue(pdf.startswith(b"%PDF"))
		self.assertGreater(len(pdf), 5000)

	def archive_pdf(self, html: str) -> bytes:
		"""The print HTML through Frappe's wkhtmltopdf path. This bench has no built assets, so the page links
		stylesheets (``/print.bundle.css``) that exist nowhere; those links are dropped before rendering."""
		import re

		from frappe.utils.pdf import get_pdf

		return get_pdf(re.sub(r"<link[^>]+stylesheet[^>]*>", "", html))

	def test_overdue_sample_is_listed_and_warned_once(self):
		ticket = make_ticket(casmes_responsible=AGENT)
		sample = frappe.get_doc(
			{
				"doctype": "Sample Handling",
				"sample_id": "S-9",
				"ticket": ticket.name,
				"agreed_method": "Keep for N Days",
				"keep_days": 3,
				"agreed_on": add_days(today(), -10),
			}
		).insert()
		self.assertEqual(str(sample.due_date), str(add_days(today(), -7)))
		from casmes_aftersales.casmes_aftersales.report.overdue_sample_handling.overdue_sample_handling import (
			execute,
		)

		self.assertIn(sample.name, [row.name for row in execute()[1]])
		samples.warn_overdue()
		samples.warn_overdue()
		self.assertEqual(
			frappe.db.count("Notification Log", {"document_name": sample.name, "for_user": AGENT}), 1
		)
		sample.reload()
		sample.executed_on = today()
		with self.assertRaises(frappe.ValidationError):
			sample.save()  # needs who and the evidence
		sample.reload()
		sample.update({"executed_on": today(), "executed_by": AGENT, "evidence": "Disposal record D-2026-11"})
		sample.save()
		self.assertEqual(sample.status, "Done")
		self.assertNotIn(sample.name, [row.name for row in execute()[1]])
