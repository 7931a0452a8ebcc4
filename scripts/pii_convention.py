#!/usr/bin/env python3
"""Bring a corpus's personal-data labels to dev's convention, by rule.

usage: scripts/pii_convention.py IN.jsonl OUT.jsonl

dev.jsonl keeps case and file references ("Le dossier n° 2023-45871" is in
must_keep, not in pii), as issue 3 says: case references are not personal
data. Some writers labelled them as personal data. This copy of a corpus
leaves out of `pii` every labelled item that is a reference of digits with
letters, hyphens, slashes or dots (2024-077-00458, PR-2025-0044817), right
after a word of files or cases (dossier, file, pratica, expediente,
Aktenzeichen, n°…), and after no word of a person's number (téléphone,
IBAN, fiscal, allocataire, passeport, NHS…). Items are decided by the rule
alone, without reading the texts: the blind corpora can be scored both
ways. It prints how many items it left out.
"""
import json
import re
import sys

FILE_WORDS = (r"(dossier|file|case|r[ée]f[ée]rence|ref|processo|pratica|expediente|aktenzeichen|vorgang\w*|akte|antrag\w*"
              r"|demande|application|claim|tracking|suivi|n[°º]\.?|no\.|nr\.?|número|numero|nummer|number)")
PERSON_WORDS = (r"(t[ée]l|phone|mobile|portable|iban|nir|s[ée]curit[ée] sociale|fiscal|tax|steuer|allocataire|nhs"
                r"|insurance|ssn|cpf|codice fiscale|nif|dni|nie|passport|ausweis|identity card|passeport|carte d'identit"
                r"|permis|licen[cs]e|plate|immatriculation|kunden|client|cliente)")
REFERENCE = re.compile(r"[A-Za-z]{0,4}[-/ ]?\d[\dA-Za-z]*([-/.][\dA-Za-z]+)*")


def is_reference(text, item):
    if not REFERENCE.fullmatch(item) or not re.search(r"\d{3}", item):
        return False
    i = text.find(item)
    before = text[max(0, i - 45):i].lower()
    if not re.search(FILE_WORDS, before):
        return False
    digits_only = re.fullmatch(r"[\d ]+", item.replace(".", " "))
    return not re.search(PERSON_WORDS, before) and not digits_only or bool(re.search(r"[A-Za-z]", item) and "-" in item)


def main():
    left = total = 0
    with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
        for line in src:
            item = json.loads(line)
            pii = item.get("pii", [])
            kept = [p for p in pii if not is_reference(item["text"], p)]
            total += len(pii)
            left += len(pii) - len(kept)
            item["pii"] = kept
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{sys.argv[1]}: {left} of {total} personal-data items are case or file references", file=sys.stderr)


if __name__ == "__main__":
    main()
