#!/usr/bin/env python3
"""Writes runs.sha256 from the five seed articles, so the tests can check the knowledge base against them
without the repo holding their text (the articles are not ours to redistribute).

Usage: python3 fingerprint.py SEED_FOLDER > runs.sha256

Normalisation matches KnowledgeContractTests.Normalise: lower-case, every character that is not a letter or
digit becomes a space, runs of spaces collapse. A line is the first 16 hex digits of the SHA-256 of one run
of 1, 2 or 8 consecutive normalised words (UTF-8), sorted and de-duplicated: runs of 8 words for the
"no sentence copied" test, runs of 1 and 2 for "the articles mention this topic".
"""
import hashlib
import pathlib
import sys

LENGTHS = (1, 2, 8)


def normalise(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text.lower()).split()


def main() -> None:
    words = normalise(" ".join(p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))))
    runs = {" ".join(words[i:i + n]) for n in LENGTHS for i in range(len(words) - n + 1)}
    for digest in sorted(hashlib.sha256(r.encode("utf-8")).hexdigest()[:16] for r in runs):
        print(digest)


main()
