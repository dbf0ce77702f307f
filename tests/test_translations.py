"""``locale/zh.po`` is complete: every message of the app (the POT and the labels outside ``_()``) has a Simplified
Chinese translation with the same placeholders."""

import re
from pathlib import Path

import pytest

from casmes_aftersales.translation_sources import all_strings

LOCALE = Path(__file__).resolve().parents[1] / "casmes_aftersales" / "locale"


def read_po(path: Path) -> dict[str, str]:
	"""msgid -> msgstr of a .po file (enough of the format for this check: no plurals or contexts)."""
	entries, key, current = {}, None, None
	msgid = msgstr = ""

	def unquote(text: str) -> str:
		escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
		return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), text[1:-1])

	for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
		line = raw.strip()
		if line.startswith("msgid "):
			if key is not None:
				entries[msgid] = msgstr
			key, current, msgid, msgstr = "id", "id", unquote(line[6:]), ""
		elif line.startswith("msgstr "):
			current, msgstr = "str", unquote(line[7:])
		elif line.startswith('"') and key is not None:
			if current == "id":
				msgid += unquote(line)
			else:
				msgstr += unquote(line)
	if key is not None:
		entries[msgid] = msgstr
	entries.pop("", None)
	return entries


POT = read_po(LOCALE / "main.pot")
ZH = read_po(LOCALE / "zh.po") if (LOCALE / "zh.po").exists() else {}
MESSAGES = sorted(set(POT) | all_strings())


def test_pot_holds_every_label():
	assert not all_strings() - set(POT), "update locale/main.pot (README, Translations)"


@pytest.mark.parametrize("message", MESSAGES)
def test_zh_translation_present(message):
	assert ZH.get(message, "").strip(), f"no zh translation for {message!r}"


@pytest.mark.parametrize("message", [m for m in MESSAGES if "{" in m])
def test_zh_keeps_placeholders(message):
	assert sorted(re.findall(r"\{\d*\}", ZH.get(message, ""))) == sorted(re.findall(r"\{\d*\}", message))
