app_name = "casmes_aftersales"
app_title = "CASMES After-sales"
app_publisher = "casmes_aftersales contributors"
app_description = (
	"T/CASMES 431—2024 after-sales service for research and testing laboratories on Frappe Helpdesk"
)
app_email = "casmes-aftersales@example.org"
app_license = "agpl-3.0"

required_apps = ["helpdesk"]

# Install / uninstall: custom fields on Helpdesk and Frappe DocTypes are created and removed in code
after_install = "casmes_aftersales.setup.install.after_install"
after_migrate = "casmes_aftersales.setup.install.after_migrate"
before_uninstall = "casmes_aftersales.setup.uninstall.before_uninstall"
