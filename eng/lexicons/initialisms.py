#!/usr/bin/env python3
"""Compiles the initialisms of diseases into src/CaseIngest.Core/Lexicons/Data/initialisms.tsv.

    python3 eng/lexicons/initialisms.py [--corpus ../shared/corpus] [--hand PATH] [--output PATH]

Reads the exact synonyms of the Disease Ontology subset (vocab/disease-ontology/DO_cancer_slim.obo) that are
initialisms (three to seven letters, digits or '-', a capital first, three capitals at least; obsolete terms left out) and the hand list
eng/lexicons/hand/initialisms.tsv for the diseases the subset lacks. An initialism is kept when it stands for one
disease only (across both sources; the hand list wins over the ontology for the same disease name) and it is not an
approved HGNC gene symbol (vocab/hgnc/hgnc_symbol_name_alias_prev.tsv), since a gene symbol after "consistent with"
is a test result rather than a disease. Each output row is: initialism, lower-case name, source.
"""

import argparse
import hashlib
import os
import re

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DO_SOURCE = "vocab/disease-ontology/DO_cancer_slim.obo"
HGNC_SOURCE = "vocab/hgnc/hgnc_symbol_name_alias_prev.tsv"
HAND = "eng/lexicons/hand/initialisms.tsv"
OUTPUT = "src/CaseIngest.Core/Lexicons/Data/initialisms.tsv"

WRITTEN = re.compile(r"^[A-Z][A-Za-z0-9-]{2,6}$")


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def ontology(path):
    """(initialism, name) for each exact initialism synonym of a term; and the ontology's version."""
    rows, version, name = [], "unknown", None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("data-version:") and version == "unknown":
                version = line.split(":", 1)[1].strip()
            elif line.startswith("[Term]"):
                name = None
            elif line.startswith("name: "):
                # an obsolete term names no disease any more
                name = None if line[6:].startswith("obsolete ") else line[6:].strip().lower()
            else:
                m = re.match(r'synonym: "([^"]+)" EXACT', line)
                if m and name and WRITTEN.match(m.group(1)) and sum(c.isupper() for c in m.group(1)) >= 3:
                    rows.append((m.group(1), name))
    return rows, version


def gene_symbols(path):
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        column = header.index("symbol")
        return {line.rstrip("\n").split("\t")[column] for line in handle}


def hand(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 2 or not WRITTEN.match(cells[0]) or cells[1] != cells[1].lower():
                raise SystemExit(f"{path}:{number}: expected initialism<TAB>lower-case name")
            rows.append((cells[0], cells[1]))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="../shared/corpus", help="the shared corpus (relative to the repository root)")
    parser.add_argument("--hand", default=HAND, help="the hand list (relative to the repository root)")
    parser.add_argument("--output", default=OUTPUT, help="the table to write (relative to the repository root)")
    args = parser.parse_args()
    do_path = os.path.join(ROOT, args.corpus, DO_SOURCE)
    hgnc_path = os.path.join(ROOT, args.corpus, HGNC_SOURCE)
    hand_path = os.path.join(ROOT, args.hand)
    do_rows, version = ontology(do_path)
    genes = gene_symbols(hgnc_path)

    names, sources = {}, {}
    for source, rows in (("hand", hand(hand_path)), ("DO", do_rows)):
        for initialism, name in rows:
            names.setdefault(initialism, set())
            if source == "DO" and initialism in sources and sources[initialism] == "hand":
                continue
            names[initialism].add(name)
            sources.setdefault(initialism, source)

    kept = sorted(
        (initialism, next(iter(spelled)), sources[initialism])
        for initialism, spelled in names.items()
        if len(spelled) == 1 and initialism.upper() not in genes
    )
    lines = [
        "# Initialisms that stand for one disease: initialism<TAB>lower-case name<TAB>source (DO or hand)",
        f"# source: ../shared/corpus/{DO_SOURCE} (Disease Ontology cancer slim, data-version {version}) sha256 {sha256(do_path)}",
        f"# source: ../shared/corpus/{HGNC_SOURCE} (approved symbols, dropped) sha256 {sha256(hgnc_path)}",
        f"# source: {args.hand} (hand list) sha256 {sha256(hand_path)}",
        "# written by eng/lexicons/initialisms.py; do not edit by hand",
    ]
    lines += ["\t".join(row) for row in kept]
    with open(os.path.join(ROOT, args.output), "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    dropped = sorted(i for i, s in names.items() if len(s) != 1 or i.upper() in genes)
    print(f"{len(kept)} initialisms written; dropped: {' '.join(dropped)}")


if __name__ == "__main__":
    main()
