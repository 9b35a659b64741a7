#!/usr/bin/env python3
"""Compiles the CTCAE v5.0 clean copy into src/CaseIngest.Core/Lexicons/Data/ctcae-terms.tsv.

    python3 eng/lexicons/ctcae.py [--source PATH] [--output PATH]

Each output row is: CTCAE term, MedDRA code, MedDRA SOC, and the lower-case phrases that name the event in a
report ('|'-separated): the term itself, its inverted and "increased X"/"decreased X" wordings (also as nouns: "a rise in
X", "a drop in X", "a decline in X"; a "blood" analyte also without it or as "serum"), and British
spellings. Terms that are too generic to read as an event on their own ("Pain", "Fall"), that name the disease
rather than a toxicity ("Disease progression", "Tumor pain") or that are "Other, specify" headings keep their row
(other lexicons map onto them) with no phrase. Defaults are relative to the repository root.
"""

import argparse
import csv
import hashlib
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SOURCE = "../shared/corpus/vocab/ctcae/CTCAE_v5.0_clean_copy.tsv"
OUTPUT = "src/CaseIngest.Core/Lexicons/Data/ctcae-terms.tsv"
VERSION = "CTCAE v5.0 (NCI, 2017-11-27), sheet 'CTCAE v5.0 Clean Copy'"

# Terms matched only through another lexicon's synonym, never by their own words.
NOT_MATCHED = {
    "Pain", "Fall", "Burn", "Fracture", "Aspiration", "Bruising", "Death NOS", "Sudden death NOS", "Death neonatal",
    "Disease progression", "Tumor pain", "Tumor hemorrhage", "Obesity", "Kyphosis", "Lordosis", "Scoliosis",
    "Exostosis", "Dental caries", "Hemorrhoids", "Premature delivery", "Pregnancy loss", "Fetal growth retardation",
    "Body odor", "Euphoria", "Libido increased", "Growth accelerated", "Delayed puberty", "Precocious puberty",
    "Unequal limb length", "Skin papilloma", "Myelodysplastic syndrome", "Spinal cord compression",
    "Superior vena cava syndrome", "Malaise", "Bloating", "Belching", "Flatulence", "Sneezing", "Hiccups",
    "Irritability", "Restlessness", "Mania", "Delusions", "Personality change", "Vaccination site lymphadenopathy",
    "Vaccination complication", "Weight gain", "Hemoglobin increased", "Lymphocyte count increased",
    "Pregnancy, puerperium and perinatal conditions - Other, specify", "Ascites", "Chylous ascites",
    "Portal hypertension", "Hypertension", "Depression", "Anxiety", "Cataract", "Glaucoma", "Osteoporosis",
    "Chronic kidney disease", "Renal calculi", "Gastroesophageal reflux disease", "Allergic rhinitis", "Sleep apnea",
    "Hyperlipidemia", "Cholesterol high", "Hypertriglyceridemia", "Hyperuricemia", "Glucose intolerance",
    "Erectile dysfunction", "Premature menopause", "Treatment related secondary malignancy",
}

# Wordings authors use for a term whose CTCAE form is inverted.
INVERTED = {
    "Mucositis oral": ["oral mucositis"],
    "Dermatitis radiation": ["radiation dermatitis"],
    "Obstruction gastric": ["gastric obstruction"],
    "Edema face": ["facial edema"],
    "Edema limbs": ["limb edema", "peripheral edema"],
    "Edema trunk": ["truncal edema"],
    "Edema cerebral": ["cerebral edema"],
    "Cystitis noninfective": ["cystitis"],
    "Chest pain - cardiac": ["cardiac chest pain"],
    "Mobitz type I": ["mobitz type i atrioventricular block"],
}

# Everyday names authors use for a term whose CTCAE name they rarely write.
EVERYDAY = {
    "Hearing impaired": ["hearing loss", "hearing impairment"],
}

# Other names of the thing a "X decreased"/"X increased" term measures.
ALIASES = {
    "ejection fraction": ["left ventricular ejection fraction", "lvef"],
}

BRITISH = [
    (r"\bhem", "haem"), (r"(?<=[^a])emia\b", "aemia"), (r"\bedema\b", "oedema"), (r"esophag", "oesophag"),
    (r"diarrhea", "diarrhoea"), (r"dyspnea", "dyspnoea"), (r"apnea", "apnoea"), (r"tumor", "tumour"),
    (r"leukocyt", "leucocyt"), (r"\bcecal", "caecal"), (r"estrogen", "oestrogen"),
]


def british(phrase):
    result = phrase
    for pattern, replacement in BRITISH:
        result = re.sub(pattern, replacement, result)
    return result


def phrases(term):
    if term in NOT_MATCHED or "Other, specify" in term:
        return []
    base = term.lower()
    base = re.sub(r"\s+nos$", "", base)
    base = re.sub(r"\s*\((dermatologic)\)", "", base)
    base = base.replace("(type) ", "type ")
    found = [base] + INVERTED.get(term, []) + EVERYDAY.get(term, [])
    m = re.match(r"^(.+) (increased|decreased)$", base)
    if m:
        thing, direction = m.groups()
        found += [f"{direction} {thing}"] + ([f"elevated {thing}", f"raised {thing}"] if direction == "increased" else [f"low {thing}"])
        # the noun wordings of a change ("a rise in serum creatinine", "an increase of serum bilirubin", "a drop in
        # platelet count"); a "blood" analyte is also written without it or as "serum"
        things = [thing]
        if thing.startswith("blood "):
            analyte = thing[len("blood "):]
            things += [analyte, f"serum {analyte}"]
            found += [f"{direction} {analyte}", f"{direction} serum {analyte}"]
            found += [f"elevated {analyte}", f"elevated serum {analyte}", f"raised serum {analyte}"] if direction == "increased" else []
        else:
            things += [f"serum {thing}"]
        for alias in ALIASES.get(thing, []):
            things.append(alias)
            found += [f"{direction} {alias}"] + ([f"elevated {alias}", f"raised {alias}"] if direction == "increased" else [f"low {alias}", f"reduced {alias}"])
        nouns = (["increase in", "increase of", "rise in", "rise of", "elevation of", "elevation in"] if direction == "increased"
                 else ["decrease in", "decrease of", "drop in", "fall in", "decline in", "reduction in", "reduction of"])
        found += [f"{noun} {what}" for what in things for noun in nouns]
    result = []
    for phrase in found:
        for variant in (phrase, british(phrase)):
            if variant not in result:
                result.append(variant)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=SOURCE, help="the CTCAE clean-copy TSV (relative to the repository root)")
    parser.add_argument("--output", default=OUTPUT, help="the lexicon to write (relative to the repository root)")
    args = parser.parse_args()
    source = os.path.join(ROOT, args.source)
    with open(source, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    lines = [
        "# CTCAE v5.0 terms: CTCAE term<TAB>MedDRA code<TAB>MedDRA SOC<TAB>lower-case phrases that name it ('|'-separated, may be empty)",
        f"# source: {args.source}",
        f"# version: {VERSION}",
        f"# sha256: {digest}",
        "# written by eng/lexicons/ctcae.py; do not edit by hand",
    ]
    seen = set()
    for row in rows:
        term = row["CTCAE Term"].strip()
        code = row["MedDRA Code"].strip()
        soc = row["MedDRA SOC"].strip()
        if not term or not code.isdigit():
            sys.exit(f"ctcae.py: row without term or code: {row!r}")
        if term.lower() in seen:
            sys.exit(f"ctcae.py: duplicate term {term!r}")
        seen.add(term.lower())
        lines.append("\t".join([term, code, soc, "|".join(phrases(term))]))
    output = os.path.join(ROOT, args.output)
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"ctcae.py: {len(rows)} terms written to {args.output}")


if __name__ == "__main__":
    main()
