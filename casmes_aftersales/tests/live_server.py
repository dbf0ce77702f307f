"""A real HTTP client against a real Frappe web server (a separate process serving this site): sessions by
cookie, the CSRF token from the page, no test shortcuts. Data the server must see has to be committed."""

import re
import socket
import subprocess
import sys
import time

import frappe
import requests


class LiveServer:
	def __init__(self, site: str, threaded: bool = False):
		self.site = site
		self.threaded = threaded
		with socket.socket() as sock:
			sock.bind(("127.0.0.1", 0))
			self.port = sock.getsockname()[1]
		self.url = f"http://127.0.0.1:{self.port}"
		self.process = None

	def start(self, timeout: float = 90):
		self.process = subprocess.Popen(
			[
				sys.executable,
				"-m",
				"frappe.utils.bench_helper",
				"frappe",
				"--site",
				self.site,
				"serve",
				"--port",
				str(self.port),
				"--noreload",
				*([] if self.threaded else ["--nothreading"]),
			],
			cwd=frappe.local.sites_path,
			stdout=subprocess.DEVNULL,
			stderr=subprocess.DEVNULL,
		)
		deadline = time.monotonic() + timeout
		while time.monotonic() < deadline:
			try:
				if requests.get(f"{self.url}/api/method/ping", headers=self.headers, timeout=5).ok:
					return self
			except requests.ConnectionError:
				time.sleep(0.5)
		self.stop()
		raise RuntimeError("the live server did not start")

	def stop(self):
		if self.process:
			self.process.terminate()
			self.process.wait(timeout=30)
			self.process = None

	@property
	def headers(self):
		return {"Host": self.site}

	def client(self, user: str, password: str) -> "Client":
		return Client(self, user, password)


class Client:
	"""Logs in like a browser, then sends the session's CSRF token with every write."""

	def __init__(self, server: LiveServer, user: str, password: str):
		self.server = server
		self.http = requests.Session()
		self.http.headers.update(server.headers)
		frappe.db.rollback()  # hold no locks while the server writes the session
		response = self.http.post(
			f"{server.url}/api/method/login", data={"usr": user, "pwd": password}, timeout=120
		)
		response.raise_for_status()
		self.csrf_token = self._csrf_token()

	def _csrf_token(self) -> str:
		page = self.http.get(f"{self.server.url}/app", timeout=120).text
		match = re.search(r"csrf_token\s*=\s*\"([^\"]+)\"", page) or re.search(
			r"\"csrf_token\"\s*:\s*\"([^\"]+)\"", page
		)
		if not match:
			raise RuntimeError("no CSRF token on the page")
		return match.group(1)

	def request(self, method: str, path: str, **kwargs) -> requests.Response:
		# the test's own transaction must hold no locks (and see fresh data afterwards) while the server works
		frappe.db.rollback()
		headers = {"X-Frappe-CSRF-Token": self.csrf_token, "Accept": "application/json"}
		return self.http.request(method, f"{self.server.url}{path}", headers=headers, timeout=120, **kwargs)

	def get(self, path, **kwargs):
		return self.request("GET", path, **kwargs)

	def post(self, path, **kwargs):
		return self.request("POST", path, **kwargs)

	def put(self, path, **kwargs):
		return self.request("PUT", path, **kwargs)

	def delete(self, path, **kwargs):
		return self.request("DELETE", path, **kwargs)
