"""Build the quotation gold set (benchmarks/data/quotes_gold.jsonl) from hand-written annotations.

Two steps, both deterministic:

  python benchmarks/data/make_quotes_gold.py sample   # writes quotes_gold_texts.jsonl and prints the
                                                      # articles with paragraph offsets, for reading
  python benchmarks/data/make_quotes_gold.py build    # quotes_gold_ann.txt -> quotes_gold.jsonl

Selection (``sample``): the 5 seeds (obvious trailing boilerplate lines cut by hand, see SEED_CUT) plus
SaudiNewsNet articles drawn with ``random.Random(6)`` over the line numbers, keeping, in drawn order,
those whose text contains at least one common cue word (CUE_WORDS below, so that reading time is not
spent on articles with no reported speech) until N_SNN are taken. Articles longer than MAX_CHARS are
cut at the last paragraph break before MAX_CHARS (annotation time is bounded without biasing the
draw towards short articles). Every third SaudiNewsNet article drawn, and seed 004, go to the test split.

Annotations (``quotes_gold_ann.txt``) are written by a person reading each article, one line per
quotation, in text order, following quotes_guidelines.md:

  ## <article id>
  speaker text | cue text | content head … content tail | flags

``…`` (or ``...``) separates the first and last words of a long content; flags: ``anon``; ``mid`` when the
cue sits inside its own content (an attribution in the middle of the claim).
The speaker is ``-`` when the text never names one. The script only turns strings into offsets:
content is searched forward from the previous quotation's content start, the cue nearest the
content, the speaker nearest the cue (outside the content). A ``@k`` suffix on a speaker/cue means
"the k-th occurrence in the text" when nearest is not the right one.
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
SNN = Path("/work/shared/data/news/saudinewsnet.jsonl.gz")
SEEDS = Path("/work/shared/corpus/seeds")
TEXTS = HERE / "quotes_gold_texts.jsonl"
ANN = HERE / "quotes_gold_ann.txt"
OUT = HERE / "quotes_gold.jsonl"
N_SNN = 65
MAX_CHARS = 3000
CUE_WORDS = ("قال", "أكد", "اكد", "أوضح", "اوضح", "أشار", "اشار", "أضاف", "اضاف", "كشف", "أعلن", "اعلن",
             "صرح", "نفى", "حذر", "بحسب", "وفق", "نقل", "ذكر", "أفاد", "افاد")
# seed file -> the line (exact text) where trailing boilerplate starts
SEED_CUT = {
    "001": "مقالات متعلقة",
    "002": "ترك الرد",
    "004": "بعدنا طيّبين، قولوا الله",
}
SEED_HEAD = {"002": "الصدام بين الفصائل والقوات الامريكية\n\nمع اقتراب"}  # drop site navigation
SEED_HEAD_KEEP = {"002": "مع اقتراب"}


def _cut(text: str) -> str:
    if len(text) <= MAX_CHARS:
        return text
    k = text.rfind("\n", 0, MAX_CHARS)
    return text[:k].rstrip() if k > MAX_CHARS // 3 else text[:MAX_CHARS]


def sample() -> list[dict]:
    arts = []
    for f in sorted(SEEDS.glob("*.txt")):
        key = f.name[:3]
        t = f.read_text(encoding="utf-8")
        if key in SEED_CUT:
            t = t[: t.index(SEED_CUT[key])]
        if key in SEED_HEAD_KEEP:
            t = t[t.index(SEED_HEAD_KEEP[key]):]
        t = re.sub(r"\n{3,}", "\n\n", t.strip())
        arts.append({"id": f"seed-{key}", "source": f"seeds/{f.name}", "text": t,
                     "split": "test" if key == "004" else "dev"})
    lines = gzip.open(SNN, "rt", encoding="utf-8").read().splitlines()
    order = list(range(len(lines)))
    random.Random(6).shuffle(order)
    taken = 0
    for ln in order:
        d = json.loads(lines[ln])
        t = (d.get("content") or "").strip()
        if not any(w in t for w in CUE_WORDS):
            continue
        t = re.sub(r"[ \t]*\n[ \t]*", "\n", t)
        t = re.sub(r"\n{3,}", "\n\n", t)
        arts.append({"id": f"snn-{ln}", "source": f"saudinewsnet:{ln}:{d.get('source')}", "text": _cut(t),
                     "split": "test" if taken % 3 == 2 else "dev"})
        taken += 1
        if taken == N_SNN:
            break
    with TEXTS.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return arts


_MARKS = "\u064B-\u0652\u0670\u0640"


def _rx(s: str) -> re.Pattern:
    """The string as typed, matching the text whatever its diacritics/tatweel (typed ones are ignored)."""
    s = re.sub(f"[{_MARKS}]", "", s)
    return re.compile(f"[{_MARKS}]*".join(re.escape(c) for c in s))


def _occ(text: str, s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _rx(s).finditer(text)]


def _find(text: str, s: str, start: int = 0) -> tuple[int, int]:
    m = _rx(s).search(text, start)
    return (m.start(), m.end()) if m else (-1, -1)


_EITHER_SIDE = ("بحسب", "وبحسب", "حسب", "وحسب", "حسبما", "وفق", "وفقا", "كما", "وكما", "على حد", "نقلا")


def _pick(text, s, ref, avoid, mode) -> tuple[int, int]:
    """The occurrence of s nearest the span ref.

    mode "cue": before the content (a verb cue), or on either side for an attribution phrase
    ("…، بحسب X"), or inside it when the quotation is flagged mid. mode "speaker": before the cue,
    or right after it (the subject of "قال X"), never inside the content unless mid.
    """
    m = re.match(r"^(.*?)@(\d+)$", s)
    if m:
        return _occ(text, m.group(1))[int(m.group(2)) - 1]
    occ = _occ(text, s)
    if not occ:
        raise ValueError(f"not found: {s!r}")
    mid = mode.endswith("mid")
    inside = lambda o: avoid[0] <= o[0] < avoid[1]
    if mode.startswith("cue"):
        if mid:
            ok = [o for o in occ if inside(o)]
        elif s.split()[0] in _EITHER_SIDE:
            ok = [o for o in occ if not inside(o)]
        else:
            ok = [o for o in occ if o[1] <= avoid[0]]
    else:
        ok = [o for o in occ if (o[1] <= ref[0] or 0 <= o[0] - ref[1] <= 60) and (mid or not inside(o))]
    ok = ok or occ

    def dist(o):
        return 0 if ref[0] <= o[0] < ref[1] else min(abs(o[0] - ref[0]), abs(o[0] - ref[1]), abs(o[1] - ref[0]))
    return min(ok, key=dist)


def parse_ann(ann: str) -> dict[str, list[str]]:
    """Annotation text (the ``## <id>`` / ``speaker | cue | content | flags`` format) -> {article id: lines}."""
    anns: dict[str, list[str]] = {}
    cur = None
    for raw in ann.splitlines():
        line = raw.strip()
        if line.startswith("## "):
            cur = line[3:].strip()
            anns[cur] = []
        elif line and not line.startswith("#") and cur:
            anns[cur].append(line)
    return anns


def locate(text: str, lines: list[str], aid: str = "") -> tuple[list[dict], list[str]]:
    """One article's annotation lines -> (quote records with offsets into text, error messages).

    A line that cannot be located is reported (``"<aid>: <error>: <line>"``) and left out."""
    cursor = 0
    quotes, errors = [], []
    for line in lines:
        parts = [p.strip() for p in line.split("|")]
        try:
            sp, cue, content = parts[:3]
            flags = parts[3].split() if len(parts) > 3 else []
            if "…" in content or "..." in content:
                head, tail = [x.strip() for x in re.split(r"…|\.\.\.", content, maxsplit=1)]
            else:
                head, tail = content, ""
            hm = re.match(r"^(.*?)@(\d+)$", head)
            if hm:
                cs, he = _occ(text, hm.group(1))[int(hm.group(2)) - 1]
            else:
                cs, he = _find(text, head, cursor)
                if cs < 0:
                    cs, he = _find(text, head)
            if cs < 0:
                raise ValueError(f"content head not found: {head!r}")
            if tail:
                ts, ce = _find(text, tail, he)
                if ts < 0:
                    raise ValueError(f"content tail not found: {tail!r}")
            else:
                ce = he
            cursor = cs
            mode = "mid" if "mid" in flags else ""
            cue_span = list(_pick(text, cue, (cs, ce), (cs, ce), "cue" + mode))
            sp_span = None if sp == "-" else list(_pick(text, sp, tuple(cue_span), (cs, ce), "speaker" + mode))
            quotes.append({"speaker": sp_span, "speaker_text": text[sp_span[0]:sp_span[1]] if sp_span else None,
                           "cue": cue_span, "cue_text": text[cue_span[0]:cue_span[1]],
                           "content": [cs, ce], "content_text": text[cs:ce],
                           "anonymous": "anon" in flags})
        except Exception as e:  # report and keep going, so all problems show at once
            errors.append(f"{aid}: {e}: {line}")
    return quotes, errors


def records(ann: str, texts: list[dict]) -> tuple[list[dict], list[str]]:
    """Annotation text + articles (dicts with "id" and "text", in output order) -> (gold records, errors).

    Each record is the article dict plus "quotes" (see ``locate``); articles with no ``## <id>``
    section are left out. This is what ``build`` writes for quotes_gold_ann.txt."""
    anns = parse_ann(ann)
    out, errors = [], []
    for art in texts:
        aid = art["id"]
        if aid not in anns:
            continue
        quotes, errs = locate(art["text"], anns[aid], aid)
        errors += errs
        rec = dict(art)
        rec["quotes"] = quotes
        out.append(rec)
    return out, errors


def build() -> None:
    texts = {json.loads(l)["id"]: json.loads(l) for l in TEXTS.read_text(encoding="utf-8").splitlines()}
    recs, errors = records(ANN.read_text(encoding="utf-8"), list(texts.values()))
    for e in errors:
        print(e, file=sys.stderr)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{sum(1 for _ in OUT.open())} articles, {len(errors)} bad lines", file=sys.stderr)


def show(aid: str) -> None:
    for l in TEXTS.read_text(encoding="utf-8").splitlines():
        a = json.loads(l)
        if a["id"] == aid:
            print(a["text"])


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "build"
    if cmd == "sample":
        for a in sample():
            print(a["id"], a["split"], len(a["text"]))
    elif cmd == "show":
        show(sys.argv[2])
    else:
        build()
