#!/usr/bin/env python3
"""Compiles the diagnosis vocabulary the engine ships (src/CaseIngest.Core/Lexicons/Data/oncotree.tsv).

Sources (paths relative to the repository root; the shared corpus sits beside it):
  ../shared/corpus/vocab/oncotree/oncotree_2025_10_03_flat.tsv          OncoTree nodes (code, name, main type, tissue, NCIt, UMLS)
  ../shared/corpus/vocab/disease-ontology/DO_NCIthesaurus_subset_cellular_proliferation_terms.tsv
                                                                        Disease Ontology names and exact synonyms with NCIt/UMLS links
  ../shared/corpus/vocab/ncit-neoplasm-core/Neoplasm_Core_Hierarchy_Plus.txt
                                                                        NCIt neoplasm hierarchy (to reach an OncoTree node from a narrower term)

Output, one line per phrase: phrase<TAB>name<TAB>OncoTree code. A phrase is an OncoTree node name (or one of its
"/"-separated alternatives), or a Disease Ontology name or exact synonym of a malignant neoplasm; the name is the
lower-case name the record carries; the code is the OncoTree node whose NCIt or UMLS concept is the term's own or,
failing that, its nearest ancestor's in the NCIt hierarchy, its nearest Disease Ontology parent's (for concepts newer
than that hierarchy), the project's own code for the name (diagnosis-oncotree.tsv), or the one OncoTree tissue its
name holds. A second block lists the nodes: @code<TAB>name<TAB>
main type<TAB>tissue<TAB>parent code.

Run from the repository root:  python3 eng/lexicons/oncotree.py
"""
import csv, hashlib, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VOCAB = os.path.join(ROOT, "..", "shared", "corpus", "vocab")
ONCOTREE = "oncotree/oncotree_2025_10_03_flat.tsv"
DO = "disease-ontology/DO_NCIthesaurus_subset_cellular_proliferation_terms.tsv"
NCIT = "ncit-neoplasm-core/Neoplasm_Core_Hierarchy_Plus.txt"
NAMES = os.path.join(ROOT, "src", "CaseIngest.Core", "Lexicons", "Data", "diagnosis-oncotree.tsv")
OUT = os.environ.get("ONCOTREE_OUT") or os.path.join(ROOT, "src", "CaseIngest.Core", "Lexicons", "Data", "oncotree.tsv")

# single words too general to name a diagnosis on their own; phrases made only of them are dropped
GENERIC = {"cancer", "carcinoma", "neoplasm", "tumor", "tumour", "malignancy", "malignant", "sarcoma", "lymphoma",
           "leukemia", "adenocarcinoma", "other", "nos", "benign", "mixed", "cell", "disease", "syndrome", "lesion",
           "primary", "unknown", "of", "the", "and", "in", "situ", "germ", "neuroendocrine", "tissue", "soft",
           "cyst", "polyp", "nevus", "adenoma", "papilloma", "hyperplasia", "dysplasia", "metaplasia", "blastoma"}
# words that mark a phrase as something other than a diagnosis a case report names (stages, grades, codes)
SKIP = re.compile(r"\b(stage|grade [0-9]|ajcc|v[0-9]|figo|recurrent|refractory|metastatic|childhood|adult|in situ|"
                  r"benign|unclassifiable|not otherwise specified)\b|[0-9]|\(|\)|,", re.I)
MALIGNANT_HINT = re.compile(r"(oma|cancer|carcinoma|sarcoma|leukemia|leukaemia|lymphoma|myeloma|malignan|neoplasm|tumou?r|"
                            r"blastoma|disease|syndrome|"
                            # neoplasms named by the disorder rather than a growth: "polycythemia vera", "essential thrombocythemia",
                            # "systemic mastocytosis", "mycosis fungoides", "lung carcinoid", "invasive hydatidiform mole"
                            r"carcinoid|polycythemia vera|polycythaemia vera|thrombocythemia|thrombocythaemia|myelofibrosis|mastocytosis|"
                            r"histiocytosis|macroglobulinemia|macroglobulinaemia|gammopathy|fungoides|papulosis|granulomatosis|"
                            r"lymphangiomyomatosis|fibromatosis|desmoid|hydatidiform mole|lymphoproliferative disorders?)\b")


PLURAL_HEAD = re.compile(r"(neoplasm|tumou?r|syndrome|disorder)s$", re.I)


def written_or_preferred(synonym, name):
    """The name a synonym gives: the preferred name, unless that name claims a glandular histology the words do not
    write, or drops one they do: the same words with "carcinoma" and "adenocarcinoma" swapped ("pancreatic acinar
    cell carcinoma" stays a carcinoma, not the preferred "... adenocarcinoma"; "apocrine adenocarcinoma" is not made
    a mere carcinoma)."""
    written, preferred = norm(synonym).split(), norm(name).split()
    heads = {written[-1], preferred[-1]}
    # the preferred name may also claim an invasion the words do not write ("ductal adenocarcinoma" is not made an
    # "invasive ductal carcinoma")
    # a tumour of a site stays a tumour: the preferred "<site> cancer" claims a malignancy the words do not write
    # ("pancreatic tumor", "ovarian neoplasm"); the engine lets it give way to the neoplasm the report names
    if written[-1] in ("tumor", "neoplasm") and preferred[-1] == "cancer" and "malignant" not in written:
        return synonym
    claimed = [w for w in preferred[:-1] if w not in written and w in ("invasive", "infiltrating")]
    if len(written) > 1 and written[:-1] == [w for w in preferred[:-1] if w not in claimed] and heads == {"carcinoma", "adenocarcinoma"}:
        return synonym
    return name


def sha256(path):
    with open(path, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE))


def norm(phrase):
    phrase = phrase.strip().lower().replace("\u2013", "-").replace("tumour", "tumor")
    phrase = re.sub(r",? nos$", "", phrase)
    return re.sub(r"\s+", " ", phrase)


def ncit_ancestors(path):
    """Every NCIt code's ancestors (nearest first) and behaviour, from the indented hierarchy."""
    parents, behaviour, stack = {}, {}, []
    with open(path, encoding="ascii", errors="replace") as stream:
        for raw in stream:
            line = raw.rstrip("\r\n")
            depth = len(line) - len(line.lstrip("\t"))
            match = re.search(r"\((C\d+)\)(?: \(([BMU])\))?\s*$", line)
            del stack[depth:]
            if not match:
                stack.append(None)
                continue
            code = match.group(1)
            behaviour[code] = match.group(2) or behaviour.get(code, "")
            parent = next((c for c in reversed(stack) if c), None)
            if parent:
                parents.setdefault(code, [])
                if parent not in parents[code]:
                    parents[code].append(parent)
            stack.append(code)

    def ancestors(code):
        seen, queue = [], list(parents.get(code, []))
        while queue:
            current = queue.pop(0)
            if current not in seen:
                seen.append(current)
                queue.extend(parents.get(current, []))
        return seen

    return ancestors, behaviour


def ncit_terms(path):
    """Every NCIt term of the hierarchy once: (label, code)."""
    seen = {}
    with open(path, encoding="ascii", errors="replace") as stream:
        for raw in stream:
            match = re.search(r"^\s*(.+?) \((C\d+)\)(?: \([BMU]\))?\s*$", raw.rstrip("\r\n"))
            if match:
                seen.setdefault(match.group(2), match.group(1))
    return [(label, code) for code, label in seen.items()]


def main():
    nodes = read_tsv(os.path.join(VOCAB, ONCOTREE))
    by_ncit, by_umls, lines = {}, {}, []
    for node in nodes:
        if node["level"] in ("", "0"):
            continue
        for code in filter(None, re.split(r"[ ,|]+", node["NCI"])):
            by_ncit.setdefault(code, node["code"])
        for cui in filter(None, re.split(r"[ ,|]+", node["UMLS"])):
            by_umls.setdefault(cui, node["code"])

    phrases = {}

    def add(phrase, name, code):
        phrase = norm(phrase)
        words = phrase.replace("-", " ").split()
        if len(phrase) < 5 or SKIP.search(phrase) or all(w in GENERIC for w in words):
            return
        if not MALIGNANT_HINT.search(phrase):
            return
        phrases.setdefault(phrase, (norm(name), code))

    # a node's whole name first, so "Myeloproliferative Neoplasms" is that node, not a part of "Myelodysplastic/…"
    for node in sorted(nodes, key=lambda n: "/" in n["name"]):
        if node["level"] in ("", "0", "1"):
            continue
        for part in node["name"].split("/"):
            # a node named in the plural names its kind in the singular too ("Myeloproliferative Neoplasms",
            # "Posttransplant Lymphoproliferative Disorders": "a myeloproliferative neoplasm")
            add(part, part, node["code"])
            if PLURAL_HEAD.search(part):
                add(part[:-1], part[:-1], node["code"])

    ancestors, behaviour = ncit_ancestors(os.path.join(VOCAB, NCIT))
    terms = {term["id"]: term for term in read_tsv(os.path.join(VOCAB, DO))}
    benign = {norm(label) for label, code in ncit_terms(os.path.join(VOCAB, NCIT)) if behaviour.get(code) == "B"}

    def own_code(term):
        """The OncoTree node of a term's own NCIt or UMLS concept or, failing that, of its nearest NCIt ancestor's."""
        ncit = [c.split(":", 1)[1] for c in term["xref_NCI"].split(" | ") if c.startswith("NCI:")]
        cuis = [c.split(":", 1)[1] for c in term["xref_UMLS_CUI"].split(" | ") if c.startswith("UMLS_CUI:")]
        code = next((by_ncit[c] for c in ncit if c in by_ncit), None) \
            or next((by_umls[c] for c in cuis if c in by_umls), None)
        for c in ncit:
            if code:
                break
            code = next((by_ncit[a] for a in ancestors(c) if a in by_ncit), None)
        return code

    def do_code(term):
        """own_code, or, for a concept newer than the NCIt hierarchy, that of the nearest Disease Ontology parent
        that names a specific disease ("acute promyelocytic leukemia" is an acute myeloid leukemia)."""
        code, seen, queue = own_code(term), set(), [term]
        while code is None and queue:
            current = queue.pop(0)
            for parent in filter(None, current["is_a"].split(" | ")):
                if parent in seen or parent not in terms:
                    continue
                seen.add(parent)
                if all(w in GENERIC for w in norm(terms[parent]["name"]).replace("-", " ").split()):
                    continue
                code = own_code(terms[parent])
                if code:
                    break
                queue.append(terms[parent])
        return code

    # last resorts for a malignant term neither hierarchy places: the project's own name table ("small cell
    # carcinoma"), else the one tissue its name holds ("skin cancer" → Skin, "breast lobular carcinoma" → Breast)
    project = {}
    with open(NAMES, encoding="utf-8") as stream:
        for line in stream:
            cells = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(cells) == 2:
                project[cells[0]] = cells[1]
    tissues = {}
    for node in nodes:
        if node["level"] == "1":
            for word in re.split(r"[ /]+", node["name"].lower()):
                if len(word) >= 4 and word not in ("other", "tissue", "tract", "system", "gland", "head", "neck", "urinary"):
                    tissues[word] = node["code"]

    def fallback_code(name):
        if norm(name) in project:
            return project[norm(name)]
        found = {tissues[w] for w in norm(name).split() if w in tissues}
        return found.pop() if len(found) == 1 else None

    for term in terms.values():
        ncit = [c.split(":", 1)[1] for c in term["xref_NCI"].split(" | ") if c.startswith("NCI:")]
        if any(behaviour.get(c) == "B" for c in ncit):
            continue
        code = do_code(term) or fallback_code(term["name"])
        if code is None:
            continue
        name = term["name"]
        add(name, name, code)
        for synonym in filter(None, term["synonyms"].split(" | ")):
            if synonym.endswith("[EXACT]"):
                synonym = synonym[: -len("[EXACT]")]
                # a synonym the NCIt hierarchy names as a benign neoplasm ("cylindroma"), or an adenoma given for a
                # carcinoma ("serous cystadenoma" for the cystadenocarcinoma), is not this cancer
                if norm(synonym) not in benign and not (norm(synonym).endswith("adenoma") and norm(name).endswith("carcinoma")):
                    add(synonym, written_or_preferred(synonym, name), code)

    # the NCIt neoplasm hierarchy's malignant terms the two vocabularies above do not spell ("lip carcinoma", "renal pelvis
    # carcinoma", "thymic carcinoid tumor"), each named as written; a label in the plural names a group, not a diagnosis
    for label, code in ncit_terms(os.path.join(VOCAB, NCIT)):
        if behaviour.get(code) != "M" or PLURAL_HEAD.search(label):
            continue
        node = by_ncit.get(code) or next((by_ncit[a] for a in ancestors(code) if a in by_ncit), None)
        if node:
            add(label, label, node)

    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# OncoTree nodes and the diagnosis phrases that map onto them. Written by eng/lexicons/oncotree.py: do not edit.\n")
        for relative in (ONCOTREE, DO, NCIT):
            out.write(f"# source: ../shared/corpus/vocab/{relative} sha256 {sha256(os.path.join(VOCAB, relative))}\n")
        out.write("# versions: OncoTree release 2025-10-03; Disease Ontology NCIthesaurus subset (cellular proliferation); NCIt Neoplasm Core hierarchy (about 2016-2017)\n")
        out.write("# @code<TAB>name<TAB>main type<TAB>tissue<TAB>parent code   (one line per OncoTree node)\n")
        out.write("# phrase<TAB>name<TAB>code                                  (one line per phrase, lower case)\n")
        for node in nodes:
            if node["level"] in ("", "0"):
                continue
            out.write("@" + "\t".join([node["code"], node["name"], node["mainType"], node["tissue"], node["parent"]]) + "\n")
        for phrase in sorted(phrases):
            name, code = phrases[phrase]
            out.write(f"{phrase}\t{name}\t{code}\n")
    print(f"{OUT}: {sum(1 for n in nodes if n['level'] not in ('', '0'))} nodes, {len(phrases)} phrases", file=sys.stderr)


if __name__ == "__main__":
    main()
