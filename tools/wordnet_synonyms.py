#!/usr/bin/env python3
"""Generates Sources/ParallaxCore/Resources/synonyms-en.txt from the WordNet 3.0 database.

WordNet is not needed to build or test Parallax: the generated file is shipped. To regenerate (Debian:
`apt-get install wordnet-base`):

    python3 tools/wordnet_synonyms.py /usr/share/wordnet > Sources/ParallaxCore/Resources/synonyms-en.txt

Keeps it small and safe for matching news paraphrases: single-word lemmas only; a synset is used only
when at least two of its words have it among their `MAX_RANK` most frequent senses (WordNet lists senses
by frequency in its tagged corpus), so "give" does not become a synonym of "hand" through a rare sense;
synsets with more than `MAX_SIZE` such words are dropped (too vague to be evidence).
"""
import os
import re
import sys

MAX_RANK = int(os.environ.get("MAX_RANK", "2"))
MAX_SIZE = int(os.environ.get("MAX_SIZE", "6"))
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
WORD = re.compile(r"^[a-z]{3,}$")


def main(root):
    groups = []
    for name, tag in POS.items():
        rank = {}  # (lemma, offset) -> sense rank (0 = most frequent)
        with open(os.path.join(root, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma = parts[0]
                if not WORD.match(lemma):
                    continue
                synsets, pointers = int(parts[2]), int(parts[3])
                offsets = parts[4 + pointers + 2:]
                for k, off in enumerate(offsets[:synsets]):
                    rank[(lemma, off)] = k
        with open(os.path.join(root, "data." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                off, count = parts[0], int(parts[3], 16)
                words = [parts[4 + 2 * k].lower() for k in range(count)]
                words = [re.sub(r"\(.*\)$", "", w) for w in words]
                members = sorted({w for w in words if WORD.match(w) and rank.get((w, off), 99) < MAX_RANK})
                if 2 <= len(members) <= MAX_SIZE:
                    groups.append((tag, members))
    seen = set()
    for tag, members in groups:
        key = " ".join(members)
        if key in seen:
            continue
        seen.add(key)
        print(key)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
