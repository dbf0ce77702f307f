"""The custom fields the app adds to other apps' DocTypes, by DocType. Created on install and migrate, removed on
uninstall (see ``install.py`` / ``uninstall.py``)."""


def get_custom_fields() -> dict[str, list[dict]]:
	return {}
