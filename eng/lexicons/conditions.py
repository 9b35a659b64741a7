#!/usr/bin/env python3
"""Compiles the hand list of non-neoplastic conditions into src/CaseIngest.Core/Lexicons/Data/conditions.tsv.

    python3 eng/lexicons/conditions.py [--source PATH] [--ctcae PATH] [--output PATH]

Each output row is: phrase, lower-case name. The British spelling of each phrase is added as its own row with the
same (US) name. A phrase that the compiled CTCAE lexicon (ctcae-terms.tsv) already names as a term or phrase is an
error: the engine reads CTCAE first-hand, and the hand list only fills what CTCAE lacks. Defaults are relative to the
repository root.
"""

import argparse
import hashlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ctcae import british  # noqa: E402  (the same British spellings as the CTCAE phrases)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SOURCE = "eng/lexicons/hand/conditions.tsv"
CTCAE = "src/CaseIngest.Core/Lexicons/Data/ctcae-terms.tsv"
OUTPUT = "src/CaseIngest.Core/Lexicons/Data/conditions.tsv"


def ctcae_phrases(path):
    names = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            names.add(cells[0].lower())
            names.update(p for p in cells[3].split("|") if p)
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=SOURCE, help="the hand list (relative to the repository root)")
    parser.add_argument("--ctcae", default=CTCAE, help="the compiled CTCAE lexicon (relative to the repository root)")
    parser.add_argument("--output", default=OUTPUT, help="the lexicon to write (relative to the repository root)")
    args = parser.parse_args()
    source = os.path.join(ROOT, args.source)
    with open(source, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    known = ctcae_phrases(os.path.join(ROOT, args.ctcae))
    lines = [
        "# Non-neoplastic conditions CTCAE v5.0 does not name: phrase<TAB>lower-case name (US spelling)",
        f"# source: {args.source} (hand list)",
        f"# sha256: {digest}",
        "# written by eng/lexicons/conditions.py; do not edit by hand",
    ]
    seen = set()
    with open(source, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 2 or not cells[0].strip() or cells[1].strip() != cells[1].strip().lower():
                sys.exit(f"conditions.py: {args.source}:{number}: expected phrase<TAB>lower-case name")
            phrase, name = cells[0].strip(), cells[1].strip()
            if phrase.lower() in known:
                sys.exit(f"conditions.py: {args.source}:{number}: CTCAE already names {phrase!r}")
            for variant in (phrase, british(phrase)):
                if variant.lower() not in seen:
                    seen.add(variant.lower())
                    lines.append(f"{variant}\t{name}")
    output = os.path.join(ROOT, args.output)
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"conditions.py: {len(seen)} phrases written to {args.output}")


if __name__ == "__main__":
    main()
