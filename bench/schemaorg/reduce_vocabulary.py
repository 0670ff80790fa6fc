#!/usr/bin/env python3
"""Reduces schema.org's release file to what JsonLdVocabularyTests needs.

Usage: reduce_vocabulary.py RELEASE schemaorg-current-https.jsonld > src/test/resources/schemaorg/vocabulary.tsv

The input is schema.org's own release (data/releases/<RELEASE>/schemaorg-current-https.jsonld in the
schemaorg/schemaorg repository), under CC BY-SA 3.0. The output keeps, for every class, its direct
superclasses, and for every property, the classes it is declared on (domainIncludes); plus the section a
term belongs to (core, pending, attic...) and what supersedes it, so the test can refuse retired terms.
"""
import json
import sys


def ids(value):
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    return sorted(v["@id"].removeprefix("schema:") for v in value if v["@id"].startswith("schema:"))


def section(node):
    part = ids(node.get("schema:isPartOf")) or [
        v["@id"] for v in ([node["schema:isPartOf"]] if isinstance(node.get("schema:isPartOf"), dict)
                           else node.get("schema:isPartOf") or [])
    ]
    return part[0].removeprefix("https://").removesuffix(".schema.org") if part else "core"


def main(release, path):
    with open(path, encoding="utf-8") as f:
        graph = json.load(f)["@graph"]
    rows = []
    for node in graph:
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        name = node["@id"].removeprefix("schema:")
        superseded = ",".join(ids(node.get("schema:supersededBy")))
        if "rdfs:Class" in kinds:
            rows.append(("class", name, ",".join(ids(node.get("rdfs:subClassOf"))), section(node), superseded))
        elif "rdf:Property" in kinds:
            rows.append(("property", name, ",".join(ids(node.get("schema:domainIncludes"))), section(node),
                         superseded))
    print(f"# schema.org vocabulary, release {release}, reduced by bench/schemaorg/reduce_vocabulary.py.")
    print("# Schema.org schemas are licensed under CC BY-SA 3.0: see LICENSE beside this file.")
    print("# kind\tterm\tsuperclasses (class) or domainIncludes (property)\tsection\tsupersededBy")
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
