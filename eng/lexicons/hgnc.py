#!/usr/bin/env python3
"""Compile the HGNC vocabulary into the gene table the marker step ships (Lexicons/Data/hgnc-genes.tsv).

Reads ../shared/corpus/vocab/hgnc/hgnc_symbol_name_alias_prev.tsv and hgnc_cd_designations.tsv (paths relative
to the repository root) and writes one row per approved protein-coding symbol: the symbol, the aliases and
previous symbols that are safe to match in text, and its CD designations. Every approved protein-coding
symbol is written, so the table also says which symbols are approved.

A symbol or alias is kept when it is written like a gene symbol (capitals, digits and '-', 3 to 15 characters,
starting with a capital letter), holds a digit or has at least 4 characters, is not a word of the gene names
(an English word written in capitals: "CLOCK", "REST"; a symbol its own name writes in capitals and no name writes as a
plain word, "MYCN proto-oncogene", is no such word) nor a common clinical abbreviation (STOP below), and, for
aliases and previous symbols, holds a digit, is not a letter and a number ("P63", "A20"), names one approved
gene only and is not itself an approved symbol.
CD designations ("CD20" -> MS4A1) are kept when they name one gene.

Also writes hgnc-names.tsv: the approved names of protein-coding genes as written out in reports ("paired box 5",
"glial fibrillary acidic protein"), each naming one gene. A name is kept when it has two to eight words of letters,
digits and hyphens only, its gene's symbol is not a common clinical abbreviation (STOP), and no other gene has it.

Also writes hgnc-words.tsv: the protein names of one word ("desmin", "myogenin", "calretinin"), which the marker step
reads only where a staining or expression context governs them, since many are also plain words. A word is kept when it
is the approved name of a protein-coding gene, or an alias name of one that ends in "-in" (the protein nouns among the
alias names, which also hold disease names and nicknames), has at least 5 characters of letters, digits and hyphens
and starts with a lower-case letter, names one gene only, and is not a general laboratory test (GENERAL_TESTS below).

Usage: python3 eng/lexicons/hgnc.py [--corpus ../shared/corpus] [--out src/CaseIngest.Core/Lexicons/Data/hgnc-genes.tsv]
                                   [--names-out src/CaseIngest.Core/Lexicons/Data/hgnc-names.tsv]
                                   [--words-out src/CaseIngest.Core/Lexicons/Data/hgnc-words.tsv]
"""
import argparse
import collections
import gzip
import hashlib
import os
import re

SOURCE = "vocab/hgnc/hgnc_symbol_name_alias_prev.tsv"
CD_SOURCE = "vocab/hgnc/hgnc_cd_designations.tsv"
COMPLETE_SOURCE = "vocab/hgnc/hgnc_complete_set.txt.gz"

SYMBOL = re.compile(r"^[A-Z][A-Z0-9-]{2,14}$")
CD = re.compile(r"^CD\d{1,3}[a-z]?$")
LETTER_NUMBER = re.compile(r"^[A-Z]\d+$")
WORD = re.compile(r"^[a-z][A-Za-z0-9-]{4,}$")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*(?: [A-Za-z0-9][A-Za-z0-9-]*){1,7}$")

# Abbreviations of clinical reports that HGNC also uses as a symbol or alias.
STOP = {
    "AIDS", "AJCC", "ALP", "ALT", "ANC", "AST", "BMI", "BUN", "CBC", "COPD", "COVID", "CRP", "CTCAE", "DLBCL", "DNA",
    "ECOG", "EBUS", "EUS", "FDA", "FFPE", "GCS", "GIST", "HCC", "HDL", "HIV", "HPF", "ICU", "IMRT", "INR", "LDL",
    "MALT", "MRI", "NOS", "NSCLC", "PACS", "PCR", "PFS", "RCC", "RECIST", "RNA", "SBRT", "SCLC", "SUV", "TNM", "TPS",
    "UPS", "VMAT", "WBC", "WHO", "NGS", "FISH", "IHC", "CTLA", "PET", "SCC", "ORR", "DCR", "CAR", "ADC", "TKI",
    "ICI", "AML", "CML", "ALL", "CLL", "MDS", "HLH", "SIADH", "DVT", "ARDS", "MODS", "SIRS", "HBV", "HCV", "HPV",
    "EBV", "CMV", "HSV", "VZV", "MRSA", "TACE", "RFA", "EMR", "ESD", "ERCP", "PTCD", "PICC", "NICU", "PICU",
    "GERD", "IBD", "IBS", "UTI", "CKD", "AKI", "ESRD", "CHF", "CABG", "PCI", "STEMI", "NSTEMI", "TIA", "OS",
    "TMB", "MSI", "MSS", "MMR", "DMMR", "PMMR", "HRD", "LOH", "CNV", "SNV", "VAF", "WES", "WGS", "CTDNA", "CFDNA",
    "SPECT", "EEG", "ECG", "EKG", "EMG", "CSF", "BAL", "FNA", "FNAC", "CNB", "TBNA", "VATS", "RATS", "TURBT",
    "TURP", "LEEP", "HIPEC", "PIPAC", "CRS", "ICANS", "IRAE", "TRAE", "SAE", "AE", "NCCN", "ESMO", "ASCO",
    "CEA", "AFP", "PSA", "LDH", "NSE", "HCG", "SCCA", "PIVKA", "CYFRA", "HER", "HERS", "SMA", "EMA", "LCA",
    "MAGIC", "SPARC", "AE1", "AE2", "AE3", "CAM5", "PFAS", "DRB1", "DQB1", "DQA1", "DPB1", "GCSF", "MCSF", "ATLAS", "SHARP", "RAPID", "STAR", "PRISM", "SPRING", "FLASH",
}

# Gene products read as general or microbiology laboratory tests, not as tumour markers ("catalase-positive cocci").
GENERAL_TESTS = {"albumin", "catalase"}


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def cells(value):
    value = value.strip().strip('"')
    return [v.strip() for v in value.split("|") if v.strip()]


def read_rows(path):
    with open(path, encoding="utf-8") as stream:
        header = stream.readline().rstrip("\n").split("\t")
        for line in stream:
            yield dict(zip(header, line.rstrip("\n").split("\t")))


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    parser.add_argument("--out", default=os.path.join(root, "src", "CaseIngest.Core", "Lexicons", "Data", "hgnc-genes.tsv"))
    parser.add_argument("--names-out", default=os.path.join(root, "src", "CaseIngest.Core", "Lexicons", "Data", "hgnc-names.tsv"))
    parser.add_argument("--words-out", default=os.path.join(root, "src", "CaseIngest.Core", "Lexicons", "Data", "hgnc-words.tsv"))
    args = parser.parse_args()
    source = os.path.join(args.corpus, SOURCE)
    cd_source = os.path.join(args.corpus, CD_SOURCE)
    complete_source = os.path.join(args.corpus, COMPLETE_SOURCE)

    rows = [r for r in read_rows(source) if r["locus_group"] == "protein-coding gene"]
    name_words = set()
    lower_words = set()
    coined = set()
    for row in read_rows(source):
        words = re.findall(r"[A-Za-z]{3,}", row["name"])
        name_words.update(w.upper() for w in words)
        lower_words.update(w.upper() for w in words if not w.isupper())
        if row["symbol"] in words:
            coined.add(row["symbol"])
    # a symbol its own approved name writes in capitals ("MYCN proto-oncogene", "ATRX chromatin remodeler") is a coined
    # symbol, not an English word, unless a name also uses it as a plain word
    coined -= lower_words

    def writable(term):
        return (SYMBOL.match(term) is not None and (any(c.isdigit() for c in term) or len(term) >= 4)
                and term not in STOP and (any(c.isdigit() for c in term) or term not in name_words or term in coined))

    def writable_alias(alias, symbol):
        # an alias without a digit is an acronym of something else too often ("ENIGMA", "BLAST");
        # a letter and a number ("P63", "A20", "R35") reads as a protein weight, a codon or a stage
        return (writable(alias) and any(c.isdigit() for c in alias) and LETTER_NUMBER.match(alias) is None
                and not symbol.startswith("MT-"))

    approved = {r["symbol"] for r in rows}
    all_approved = {r["symbol"] for r in read_rows(source)}
    owners = collections.defaultdict(set)
    for row in rows:
        for alias in cells(row["alias_symbol"]) + cells(row["prev_symbol"]):
            owners[alias].add(row["symbol"])

    cds = collections.defaultdict(list)
    cd_owners = collections.defaultdict(set)
    for row in read_rows(cd_source):
        if row["symbol"] not in approved:
            continue
        for cd in re.split(r"[|,; ]+", row["cd"].strip('"')):
            if CD.match(cd):
                cd_owners[cd].add(row["symbol"])
    for cd, symbols in cd_owners.items():
        if len(symbols) == 1:
            cds[next(iter(symbols))].append(cd)

    lines = []
    for row in sorted(rows, key=lambda r: r["symbol"]):
        symbol = row["symbol"]
        aliases = sorted({a for a in cells(row["alias_symbol"]) + cells(row["prev_symbol"])
                          if len(owners[a]) == 1 and a not in all_approved and writable_alias(a, symbol)})
        cd = sorted(set(cds.get(symbol, [])) - {symbol})
        lines.append(f"{symbol}\t{'1' if writable(symbol) else '0'}\t{'|'.join(aliases) or '-'}\t{'|'.join(cd) or '-'}")

    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# HGNC approved protein-coding genes: symbol<TAB>matched<TAB>aliases<TAB>cd\n")
        out.write("# symbol: approved symbol; matched: 1 when the symbol itself is safe to match in text, else 0\n")
        out.write("# aliases: '|'-separated alias and previous symbols of this gene only; cd: its CD designations\n")
        out.write(f"# source: ../shared/corpus/{SOURCE} sha256 {sha256(source)}\n")
        out.write(f"# source: ../shared/corpus/{CD_SOURCE} sha256 {sha256(cd_source)}\n")
        out.write("# version: HGNC complete set of about 2024-11 (latest date_modified 2024-10-18; see vocab/SOURCES.md)\n")
        out.write("# written by eng/lexicons/hgnc.py; do not edit by hand\n")
        for line in lines:
            out.write(line + "\n")

    name_owners = collections.defaultdict(set)
    for row in rows:
        name = row["name"].strip().strip('"')
        if NAME.match(name) and row["symbol"] not in STOP:
            name_owners[name.lower()].add((row["symbol"], name))
    names = sorted(next(iter(owners)) for owners in name_owners.values() if len(owners) == 1)
    with open(args.names_out, "w", encoding="utf-8", newline="\n") as out:
        out.write("# HGNC approved names of protein-coding genes, as written out in reports: symbol<TAB>name\n")
        out.write("# name: two to eight words of letters, digits and hyphens, naming this gene only\n")
        out.write(f"# source: ../shared/corpus/{SOURCE} sha256 {sha256(source)}\n")
        out.write("# written by eng/lexicons/hgnc.py; do not edit by hand\n")
        for symbol, name in names:
            out.write(f"{symbol}\t{name}\n")

    write_words(args.words_out, rows, complete_source)


def write_words(path, rows, complete_source):
    """One-word protein names: approved names, and alias names ending in "-in", each naming one gene."""
    word_owners = collections.defaultdict(set)
    for row in rows:
        name = row["name"].strip().strip('"')
        if WORD.match(name) and row["symbol"] not in STOP:
            word_owners[name.lower()].add((row["symbol"], name))
    with gzip.open(complete_source, "rt", encoding="utf-8") as stream:
        header = stream.readline().rstrip("\n").split("\t")
        for line in stream:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row["locus_group"] != "protein-coding gene" or row["symbol"] in STOP:
                continue
            for alias in cells(row.get("alias_name", "")):
                if WORD.match(alias) and alias.endswith("in"):
                    word_owners[alias.lower()].add((row["symbol"], alias))
    words = sorted((next(iter(owners)) for word, owners in word_owners.items()
                    if len({symbol for symbol, _ in owners}) == 1 and word not in GENERAL_TESTS),
                   key=lambda pair: (pair[0], pair[1]))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# HGNC protein names of one word, read as markers only in a staining or expression context: symbol<TAB>word\n")
        out.write("# word: an approved name, or an alias name ending in -in, of 5 or more characters, naming this gene only\n")
        out.write(f"# source: ../shared/corpus/{COMPLETE_SOURCE} sha256 {sha256(complete_source)}\n")
        out.write("# written by eng/lexicons/hgnc.py; do not edit by hand\n")
        for symbol, word in words:
            out.write(f"{symbol}\t{word}\n")


if __name__ == "__main__":
    main()
