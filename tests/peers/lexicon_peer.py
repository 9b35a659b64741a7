#!/usr/bin/env python3
"""A naive lexicon-and-regex extractor, the peer beside `caseingest extract` in the load runner's cli mode.

    python3 tests/peers/lexicon_peer.py FILE...

Reads the lexicon tables the engine ships (src/CaseIngest.Core/Lexicons/Data: drugs, markers, HGNC genes,
diagnoses), strips markup from XML and HTML with a regular expression, splits the text into sentences at
sentence-ending punctuation, and in every sentence looks up each run of one to six words in one phrase table
(drug names and synonyms, marker aliases, gene symbols that are safe to match, diagnosis phrases) and finds doses
with one pattern. Prints one JSON object per file (JSON Lines): the file, its sentence count, and the drugs,
markers, genes, diagnoses and doses found with the index of their sentence. No context, negation, patients or
outcomes: it is what a plain lexicon matcher costs, not what the engine extracts.
"""
import json
import os
import re
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "CaseIngest.Core", "Lexicons", "Data")
MAX_WORDS = 6

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/]*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(])")
MARKUP = re.compile(r"<[^>]+>")
DOSE = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(mg/m2|mg/m²|mg/kg|mg|mcg|µg|μg|g|Gy|cGy|IU|units?)\b(?:\s*(?:/|per)\s*(day|week|d|m2|kg))?")


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as table:
        for line in table:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def add(phrases, exact, phrase, category, canonical):
    if not phrase or phrase == "-":
        return
    if phrase.startswith("="):
        exact[tuple(WORD.findall(phrase[1:]))] = (category, canonical)
    else:
        phrases[tuple(w.lower() for w in WORD.findall(phrase))] = (category, canonical)


def load():
    phrases, exact = {}, {}
    for row in rows("drugs.tsv"):
        add(phrases, exact, row[0], "drugs", row[0])
        for synonym in (row[2].split("|") if len(row) > 2 else []):
            add(phrases, exact, synonym, "drugs", row[0])
    for row in rows("markers.tsv"):
        for alias in (row[5].split("|") if len(row) > 5 else []) + [row[0]]:
            add(phrases, exact, alias, "markers", row[0])
    for row in rows("hgnc-genes.tsv"):
        if len(row) > 1 and row[1] == "1":
            add(phrases, exact, "=" + row[0], "genes", row[0])
    for row in rows("diagnoses.tsv"):
        if len(row) > 1 and row[1] != "-":
            add(phrases, exact, ("=" + row[0]) if row[0].isupper() else row[0], "diagnoses", row[1])
    return phrases, exact


def text_of(path, data):
    text = data.decode("utf-8", errors="replace")
    if path.endswith((".xml", ".nxml", ".html", ".htm")):
        text = MARKUP.sub(" ", text)
    return text


def extract(path, text, phrases, exact):
    found = {"drugs": [], "markers": [], "genes": [], "diagnoses": [], "doses": []}
    sentences = SENTENCE_END.split(text)
    for index, sentence in enumerate(sentences):
        words = WORD.findall(sentence)
        lowered = [w.lower() for w in words]
        start = 0
        while start < len(words):
            matched = 0
            for length in range(min(MAX_WORDS, len(words) - start), 0, -1):
                hit = exact.get(tuple(words[start:start + length])) or phrases.get(tuple(lowered[start:start + length]))
                if hit:
                    found[hit[0]].append({"name": hit[1], "sentence": index})
                    matched = length
                    break
            start += matched or 1
        for dose in DOSE.finditer(sentence):
            found["doses"].append({"text": dose.group(0), "sentence": index})
    return {"file": path, "sentences": len(sentences), **found}


def main(paths):
    phrases, exact = load()
    failed = 0
    out = sys.stdout
    for path in paths:
        try:
            with open(path, "rb") as document:
                data = document.read()
        except OSError:
            failed += 1
            print(f"{path}: the file cannot be read.", file=sys.stderr)
            continue
        out.write(json.dumps(extract(path, text_of(path, data), phrases, exact), ensure_ascii=False))
        out.write("\n")
    out.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
