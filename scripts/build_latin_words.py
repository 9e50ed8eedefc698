#!/usr/bin/env python
"""Learn how Arabic name words are written in English from the actor dictionary's own pairs.

    python scripts/build_latin_words.py [--out marsad/resources/resolve/latin_words.tsv] [--min 1]
                                        [--wikidata WD_TOKENS] [--google AR2EN]

In: every Arabic name of the actor dictionary and the alias table beside its Latin name
(``resources/actors/*.tsv``, ``resources/aliases.tsv``). Out: ``resolve/latin_words.tsv``, one Arabic word
(normalised) and its usual English spelling per line, with how many names agree — the vowels an English
reader expects (تعز → Taiz, صنعاء → Sanaa), which letter-by-letter romanisation cannot invent.

A name pair teaches its words only when the two sides have as many words and every word pair sounds
alike: the consonant skeleton of the Arabic word (``marsad.arabic.translit.skeleton``) and that of the
Latin word agree on the first consonant and mostly after it. "صحيفة عكاظ" / "Okaz newspaper" or
"الحكومة العراقية" / "Government of Iraq" teach nothing; "مطار بغداد الدولي" / "Baghdad International
Airport" is skipped on its word count. The article is learnt apart: الرمادي / "Ramadi" and "al-Ramadi"
both teach رمادي → Ramadi, and romanisation puts "al-" back. Where names disagree the most frequent
spelling wins (ties: the first in file order).

Two public word lists add the words the dictionary does not hold (a word the dictionary teaches keeps
the dictionary's spelling: it is how the region's press writes English), each pair passing the same
sounds-alike check:
  --wikidata: person-name words mined from Wikidata (Merhav & Ash, COLING 2018, CC0), the file
    data/wd_arabic.normalized.aligned.tokens of github.com/steveash/NETransliteration-COLING2018
    (commit 3b2ab6a), "latin<TAB>letters spaced<TAB>count" per line: كارتر → Carter, نافاس → Navas;
  --google: Arabic-English name pairs mined from Wikipedia (github.com/google/transliteration, ar2en.txt,
    Apache 2.0), "arabic<TAB>latin" per line.
Among their spellings of one word the most frequent wins (a Wikidata pair counts as often as Wikidata
has it, a Google pair once). Only words that are rare in the news as written are taken from them (fewer
than 128 of the 8.8M words the NER's cluster table was learnt from, its log2 frequency bucket <= 6, or
absent), or that the self-trained tagger's table (ner auto gazetteer) reads inside a person's name with
a high share (رونالدو, متعب; both lists are mostly people's names, so a frequent word the press writes
in place names, ريف → "Reeve", or organisations, فيفا → "Viva", is left to the letters): any other
frequent word is an ordinary Arabic word far more often than a foreign name (قوة is not "Guo", حول not
"Huell", جيل "generation" not "Jill", بيوت not "Piot"). Their pairs must also sound more alike than the
dictionary's (ratio 0.75, not 0.6: تشارلز is not "Tarzan"). The committed table was built with both lists.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad import resources  # noqa: E402
from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.arabic.translit import skeleton  # noqa: E402

OUT = ROOT / "marsad" / "resources" / "resolve" / "latin_words.tsv"

# Latin letters and digraphs → the consonant classes of translit.skeleton (vowels and y, w dropped)
_LATIN_CLASSES = [("kh", "x"), ("gh", "g"), ("sh", "c"), ("ch", "c"), ("th", "t"), ("dh", "z"), ("ph", "f"),
                  ("ou", ""), ("ee", ""), ("oo", "")]
_LATIN_ONE = {"b": "b", "p": "b", "t": "t", "d": "d", "j": "g", "g": "g", "q": "g", "k": "g", "c": "g",
              "h": "h", "x": "x", "z": "z", "r": "r", "s": "s", "f": "f", "v": "f", "l": "l", "m": "m", "n": "n"}
_EZAFE = re.compile(r"-(?:ye|e)$")
_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|adh|ath|ad)[-‑ʼ']", re.I)


def latin_skeleton(word: str) -> str:
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        c = None
        for dg, cls in _LATIN_CLASSES:
            if w.startswith(dg, i):
                c, i = cls, i + len(dg)
                break
        if c is None:
            c = _LATIN_ONE.get(w[i], "")
            i += 1
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def sounds_alike(ar: str, la: str, ratio: float = 0.6) -> bool:
    a, b = skeleton(ar), latin_skeleton(la)
    if not a or not b or a[0] != b[0]:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= ratio


def pairs():
    """(Arabic names, Latin name) of every dictionary and alias row."""
    for f in ("actors/places_curated.tsv", "actors/orgs_curated.tsv", "actors/places.tsv"):
        if not resources.path(f).exists():
            continue
        for row in resources.table(f):
            if len(row) < 6:
                continue
            names = row[7:] if row[1] == "LOC" else row[5:]
            yield names, row[2]
    for row in resources.table("aliases.tsv"):
        if len(row) >= 4:
            yield row[3:], row[1]


def learn() -> dict[str, Counter]:
    seen: dict[str, Counter] = defaultdict(Counter)
    for names, latin in pairs():
        lat = re.sub(r"\([^)]*\)", " ", latin).replace(",", " ").split()
        for name in names:
            ar = normalize(name).split()
            if len(ar) != len(lat) or not ar:
                continue
            taught = []
            for a, la in zip(ar, lat):
                if not la[:1].isalpha() or not la.isascii():
                    break
                stem_la = _ARTICLE.sub("", la)
                stem_ar = a[2:] if a.startswith("ال") and len(a) > 4 else a
                if not sounds_alike(stem_ar, stem_la):
                    break
                stem_la = _EZAFE.sub("", stem_la)  # Persian place names: Bandar-e Abbas teaches بندر → Bandar
                taught.append((stem_ar, stem_la[:1].upper() + stem_la[1:]))
            else:
                for a, la in taught:
                    seen[a][la] += 1
    return seen


_PLAIN_LATIN = re.compile(r"^[a-z][a-z'-]*[a-z]$")


MAX_NEWS_BUCKET = 6  # log2 frequency bucket of the cluster table: < 128 occurrences in 8.8M words
EXTERNAL_RATIO = 0.75  # how alike the consonant skeletons of an outside pair must be


def external(wikidata: Path | None, google: Path | None) -> dict[str, Counter]:
    """Arabic word (normalised, article off) -> Counter of Latin spellings, from the two public lists,
    for the words that are rare in the news (see the module's docstring)."""
    from marsad.extract.entities.features import load_auto, load_clusters

    vocab = load_clusters()
    auto = load_auto()

    def ordinary(w: str) -> bool:
        """A frequent word that the news does not mostly write as (part of) a name."""
        freq = vocab.get(w)
        if not freq or not freq[-1].isdigit() or int(freq[-1]) <= MAX_NEWS_BUCKET:
            return False
        label = auto.get(w)
        return not (label and label[0] in ("B-PER", "I-PER") and label[1] == "hi")

    seen: dict[str, Counter] = defaultdict(Counter)

    def add(ar: str, la: str, n: int) -> None:
        ar, la = normalize(ar.strip()), la.strip().lower()
        if " " in ar or " " in la or not _PLAIN_LATIN.match(la) or len(ar) < 2:
            return
        stem_la = _ARTICLE.sub("", la)
        stem_ar = ar[2:] if ar.startswith("ال") and len(ar) > 4 else ar
        if ordinary(ar) or ordinary(stem_ar):
            return
        if stem_la and sounds_alike(stem_ar, stem_la, EXTERNAL_RATIO):
            seen[stem_ar][stem_la[:1].upper() + stem_la[1:]] += n

    if wikidata:
        for line in wikidata.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[2].strip().isdigit():
                add(parts[1].replace(" ", ""), parts[0], int(parts[2]))
    if google:
        for line in google.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2:
                add(parts[0], parts[1], 1)
    return seen


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min", type=int, default=1, help="names that must agree on a spelling")
    ap.add_argument("--wikidata", type=Path, help="wd_arabic.normalized.aligned.tokens (COLING 2018, CC0)")
    ap.add_argument("--google", type=Path, help="ar2en.txt of google/transliteration (Apache 2.0)")
    a = ap.parse_args(argv)
    seen = learn()
    rows = []
    for ar, c in seen.items():
        la, n = c.most_common(1)[0]
        if n >= a.min and len(ar) >= 2:
            rows.append((ar, la, n, "dictionary"))
    own = {r[0] for r in rows}
    for ar, c in external(a.wikidata, a.google).items():
        if ar not in own:
            la, n = c.most_common(1)[0]
            rows.append((ar, la, n, "wikidata/google"))
    rows.sort()
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_latin_words.py from the actor dictionary and the alias table, then the\n"
                "# Wikidata (CC0) and google/transliteration (Apache 2.0) name lists for words the dictionary lacks:\n"
                "# an Arabic name word (normalised, without the article) <TAB> its usual English spelling <TAB>\n"
                "# pairs agreeing <TAB> source. Romanisation reads it after resolve/latin_tokens.tsv (hand-written,\n"
                "# wins) and before letters.\n")
        for ar, la, n, src in rows:
            f.write(f"{ar}\t{la}\t{n}\t{src}\n")
    print(f"{len(rows)} words -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
