#!/usr/bin/env python3
"""Compiles the neoplasms that are not cancers into src/CaseIngest.Core/Lexicons/Data/benign-neoplasms.tsv.

Sources (paths relative to the repository root; the shared corpus sits beside it):
  ../shared/corpus/vocab/ncit-neoplasm-core/Neoplasm_Core_Hierarchy_Plus.txt
                                     NCIt neoplasm hierarchy: the terms marked benign (B) or of uncertain behaviour (U)
  ../shared/corpus/vocab/disease-ontology/DO_NCIthesaurus_subset_cellular_proliferation_terms.tsv
                                     Disease Ontology names and exact synonyms of those NCIt concepts, and of the
                                     terms whose NCIt concepts the hierarchy does not hold but whose ICD-O morphology
                                     codes all carry the behaviour digit /0 (benign) or /1 (uncertain)
  eng/lexicons/hand/benign-neoplasms.tsv
                                     hand list of benign tumours named by the hormone they secrete or the cell they
                                     come from ("prolactinoma", "somatotroph adenoma"), which neither vocabulary spells

Output, one line per phrase: phrase<TAB>name. The name is the phrase itself in US spelling ("haemangioma" is named
"hemangioma"); each phrase with "tumor" also stands in British spelling. A phrase is dropped when it holds a stage, a grade,
a number, brackets or a comma, or when its words are all too general to name a diagnosis ("adenoma", "benign
neoplasm"). The engine reads these as conditions a report diagnoses only where its wording diagnoses them.

Run from the repository root:  python3 eng/lexicons/benign.py
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oncotree import DO, GENERIC, NCIT, SKIP, VOCAB, ncit_ancestors, ncit_terms, norm, read_tsv, sha256  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "src", "CaseIngest.Core", "Lexicons", "Data", "benign-neoplasms.tsv")
HAND = os.path.join(ROOT, "eng", "lexicons", "hand", "benign-neoplasms.tsv")
# the head of a neoplasm's name: "pituitary gland adenoma", "glomus tumor", "blue nevus", "ovarian serous cystadenoma"
HEAD = re.compile(r"(oma|tumor|neoplasm|nevus|naevus|adenomatosis|lipomatosis|papillomatosis|fibromatosis)$")


def us_spelling(phrase):
    """"capillary haemangioma" is named "capillary hemangioma"."""
    return phrase.replace("haem", "hem").replace("naev", "nev").replace("oesoph", "esoph")


def main():
    _, behaviour = ncit_ancestors(os.path.join(VOCAB, NCIT))
    phrases = set()

    def add(phrase):
        phrase = norm(phrase)
        words = phrase.replace("-", " ").split()
        if len(phrase) >= 6 and not SKIP.search(phrase) and not all(w in GENERIC for w in words) and HEAD.search(phrase):
            phrases.add(phrase)

    for label, code in ncit_terms(os.path.join(VOCAB, NCIT)):
        if behaviour.get(code) in ("B", "U"):
            add(label)
    for term in read_tsv(os.path.join(VOCAB, DO)):
        codes = [c.split(":", 1)[1] for c in term["xref_NCI"].split(" | ") if c.startswith("NCI:")]
        icdo = [c for c in term["xref_ICDO"].split(" | ") if c.startswith("ICDO:")]
        if (codes and all(behaviour.get(c) in ("B", "U") for c in codes)) or (
            # a concept the NCIt hierarchy does not hold ("craniopharyngioma", "angiomyolipoma") is placed by the
            # behaviour digit of its ICD-O morphology codes: /0 benign, /1 uncertain
            icdo and all(behaviour.get(c) is None for c in codes) and all(re.search(r"/[01]$", c) for c in icdo)
        ):
            add(term["name"])
            for synonym in filter(None, term["synonyms"].split(" | ")):
                if synonym.endswith("[EXACT]"):
                    add(synonym[: -len("[EXACT]")])

    with open(HAND, encoding="utf-8") as stream:
        for line in stream:
            if line.strip() and not line.startswith("#"):
                add(line.rstrip("\n").split("\t")[0])

    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Neoplasms that are not cancers: phrase<TAB>name (US spelling). Written by eng/lexicons/benign.py: do not edit.\n")
        for relative in (NCIT, DO):
            out.write(f"# source: ../shared/corpus/vocab/{relative} sha256 {sha256(os.path.join(VOCAB, relative))}\n")
        out.write(f"# source: eng/lexicons/hand/benign-neoplasms.tsv sha256 {sha256(HAND)}\n")
        out.write("# versions: NCIt Neoplasm Core hierarchy (about 2016-2017), terms of benign or uncertain behaviour; Disease Ontology NCIthesaurus subset (cellular proliferation), with ICD-O behaviour /0 or /1 where NCIt has none; hand list\n")
        for phrase in sorted(phrases):
            name = us_spelling(phrase)
            out.write(f"{phrase}\t{name}\n")
            if "tumor" in phrase:
                out.write(f"{phrase.replace('tumor', 'tumour')}\t{name}\n")
    print(f"{OUT}: {len(phrases)} phrases", file=sys.stderr)


if __name__ == "__main__":
    main()
