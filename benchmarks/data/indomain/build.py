"""Build the in-domain corpus and gold (see GUIDELINES.md in this folder).

    python benchmarks/data/indomain/build.py corpus        # collect/*.jsonl -> corpus.jsonl.gz
    python benchmarks/data/indomain/build.py select        # corpus -> selection.tsv + ann/todo_*.jsonl
    python benchmarks/data/indomain/build.py gold          # ann/batch_*.jsonl -> gold.jsonl (offsets, split)
    python benchmarks/data/indomain/build.py check FILE    # one annotator's file: every span found?
    python benchmarks/data/indomain/build.py select-train  # corpus less selection -> train_selection.tsv + ann/train_todo_*
    python benchmarks/data/indomain/build.py train         # ann/train_batch_*.jsonl -> train.jsonl (entities)

corpus: merges what was collected from stored public news pages (each line: url, outlet, published,
date_basis, title, text, topic, query), keeps Arabic texts of >= 500 characters, drops a repeated url or a
text whose normalised first 200 characters were seen, and names each article `im-` + 10 hex of the SHA-1 of
its url (stable when more is collected).

select: draws the articles to annotate, deterministically (seed 2024): round robin over topics, an outlet not
yet chosen first, then a year not yet chosen; writes `selection.tsv` (id, split, batch) with the 25 test
articles drawn at random from the selection, before any system output is read.

gold: reads the annotators' files, where spans are strings in reading order, finds their offsets in the stored
text (a match must start at a word start or after one proclitic and end at a word end), checks them, and
writes `gold.jsonl` in the format of GUIDELINES.md. Entities, times and quantities of one kind do not overlap:
each is searched after the end of the one before; a quote's content and an event's trigger after the start of
the one before. Any span may be pinned with an explicit start: an entity
`["text", "TYPE", start]`, or a field `{"text": "...", "start": N}`. Errors name the article and the span.
"""
from __future__ import annotations

import glob
import gzip
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus.jsonl.gz")
SELECTION = os.path.join(HERE, "selection.tsv")
GOLD = os.path.join(HERE, "gold.jsonl")
SEED = 2024
N_SELECT = 84
N_TEST = 25
N_BATCHES = 6
TRAIN_SEED = 2026          # the in-domain training split: drawn from the corpus outside the selection
N_TRAIN = 98
N_TRAIN_BATCHES = 7
TRAIN_SELECTION = os.path.join(HERE, "train_selection.tsv")
TRAIN = os.path.join(HERE, "train.jsonl")

_ARABIC = re.compile(r"[\u0621-\u064A]")
_DIAC = re.compile(r"[\u064B-\u065F\u0670\u0640]")
_PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def _key(text: str) -> str:
    t = _DIAC.sub("", text)
    t = re.sub(r"[إأآا]", "ا", t)
    t = re.sub(r"\W+", "", t)
    return t[:200]


def read_jsonl(path: str) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_corpus() -> list[dict]:
    seen_url, seen_text, out = set(), set(), []
    for path in sorted(glob.glob(os.path.join(HERE, "collect", "*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"skipped: {path}:{n}: {e}", file=sys.stderr)
                continue
            text = (r.get("text") or "").strip()
            url = (r.get("url") or "").strip()
            if len(text) < 500 or not url or len(_ARABIC.findall(text)) < 0.6 * len(text.replace(" ", "")):
                continue
            k = _key(text)
            if url in seen_url or k in seen_text:
                continue
            seen_url.add(url)
            seen_text.add(k)
            out.append({"id": "im-" + hashlib.sha1(url.encode()).hexdigest()[:10], "url": url,
                        "outlet": r.get("outlet"), "published": r.get("published"),
                        "date_basis": r.get("date_basis"), "title": r.get("title"), "text": text,
                        "topic": r.get("topic")})
    out.sort(key=lambda r: r["id"])
    with gzip.open(CORPUS, "wt", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    outlets = Counter(r["outlet"] for r in out)
    years = Counter((r["published"] or "?")[:4] for r in out)
    print(f"corpus: {len(out)} articles, {len(outlets)} outlets; years {dict(sorted(years.items()))}")
    return out


def select() -> None:
    if os.path.exists(SELECTION):
        # the selection and its split are drawn once, before annotation: never redraw them
        sys.exit(f"{SELECTION} exists: the selection is drawn once (delete it only to start the gold anew)")
    corpus = [r for r in read_jsonl(CORPUS) if 600 <= len(r["text"]) <= 3500]
    rng = random.Random(SEED)
    rng.shuffle(corpus)
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for r in corpus:
        by_topic[r["topic"]].append(r)
    chosen, outlets, years = [], Counter(), Counter()
    topics = sorted(by_topic)
    while len(chosen) < N_SELECT and any(by_topic.values()):
        for t in topics:
            pool = by_topic[t]
            if not pool or len(chosen) >= N_SELECT:
                continue
            # an outlet not yet chosen, then a year seen least, then a dated article
            best = min(pool, key=lambda r: (outlets[r["outlet"]], years[(r["published"] or "?")[:4]],
                                            r["published"] is None))
            pool.remove(best)
            chosen.append(best)
            outlets[best["outlet"]] += 1
            years[(best["published"] or "?")[:4]] += 1
    ids = sorted(r["id"] for r in chosen)
    test = set(random.Random(SEED).sample(ids, N_TEST))
    batch = {i: n % N_BATCHES for n, i in enumerate(ids)}
    with open(SELECTION, "w", encoding="utf-8") as f:
        for i in ids:
            f.write(f"{i}\t{'test' if i in test else 'dev'}\t{batch[i]}\n")
    byid = {r["id"]: r for r in chosen}
    os.makedirs(os.path.join(HERE, "ann"), exist_ok=True)
    for b in range(N_BATCHES):
        with open(os.path.join(HERE, "ann", f"todo_{b}.jsonl"), "w", encoding="utf-8") as f:
            for i in ids:
                if batch[i] == b:
                    r = byid[i]
                    f.write(json.dumps({k: r[k] for k in ("id", "url", "outlet", "published", "text")},
                                       ensure_ascii=False) + "\n")
    print(f"selected {len(ids)} ({len(test)} test), {len(outlets)} outlets, years {dict(sorted(years.items()))}")


def select_train() -> None:
    """The training split: articles outside the dev/test selection, for learned models (the NER CRF).

    Drawn once, like the selection: shuffled with its own seed, the same length bounds, an outlet seen least
    first, so that no outlet dominates what a model learns. Annotated for entities only (GUIDELINES.md)."""
    if os.path.exists(TRAIN_SELECTION):
        sys.exit(f"{TRAIN_SELECTION} exists: the training split is drawn once")
    held = {line.split("\t")[0] for line in open(SELECTION, encoding="utf-8")}
    pool = [r for r in read_jsonl(CORPUS) if 600 <= len(r["text"]) <= 3500 and r["id"] not in held]
    random.Random(TRAIN_SEED).shuffle(pool)
    chosen, outlets = [], Counter()
    while len(chosen) < N_TRAIN and pool:
        best = min(pool, key=lambda r: outlets[r["outlet"]])
        pool.remove(best)
        chosen.append(best)
        outlets[best["outlet"]] += 1
    ids = sorted(r["id"] for r in chosen)
    byid = {r["id"]: r for r in chosen}
    with open(TRAIN_SELECTION, "w", encoding="utf-8") as f:
        for n, i in enumerate(ids):
            f.write(f"{i}\ttrain\t{n % N_TRAIN_BATCHES}\n")
    for b in range(N_TRAIN_BATCHES):
        with open(os.path.join(HERE, "ann", f"train_todo_{b}.jsonl"), "w", encoding="utf-8") as f:
            for n, i in enumerate(ids):
                if n % N_TRAIN_BATCHES == b:
                    r = byid[i]
                    f.write(json.dumps({k: r[k] for k in ("id", "url", "outlet", "published", "text")},
                                       ensure_ascii=False) + "\n")
    print(f"train: {len(ids)} articles from {len(outlets)} outlets")


# ---- offsets ---------------------------------------------------------------------------------------------

def _starts_word(text: str, i: int) -> bool:
    def boundary(j: int) -> bool:
        return j <= 0 or not (text[j - 1].isalnum() or _DIAC.match(text[j - 1]))
    if boundary(i):
        return True
    if i >= 1 and text[i - 1] in _PROCLITICS and boundary(i - 1):
        return True
    if i >= 2 and text[i - 2:i] in ("لل", "ول", "فل", "وب", "فب", "وك") and boundary(i - 2):
        return True
    return i >= 1 and text[i - 1] == "ـ"  # لـ"واس"


def _ends_word(text: str, j: int) -> bool:
    return j >= len(text) or not text[j].isalnum()


def occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        if _starts_word(text, i) and _ends_word(text, i + len(s)):
            out.append(i)
        i = text.find(s, i + 1)
    return out


class SpanError(ValueError):
    pass


def _unpin(v):
    if isinstance(v, dict):
        return v.get("text"), v.get("start")
    return v, None


def locate(text: str, v, after: int | None = None, near: int | None = None) -> tuple[int, int] | None:
    """The offsets of span value v: pinned, else the first word-bounded occurrence at or after `after`,
    else the one nearest to `near`."""
    s, pin = _unpin(v)
    if s is None or s == "":
        return None
    if pin is not None:
        if text[pin:pin + len(s)] != s:
            raise SpanError(f"{s!r} is not at {pin} (found {text[pin:pin + len(s)]!r})")
        return pin, pin + len(s)
    occ = occurrences(text, s)
    if not occ:
        raise SpanError(f"{s!r} not found as whole words")
    if near is not None:
        i = min(occ, key=lambda o: abs(o - near))
    else:
        later = [o for o in occ if o >= (after or 0)]
        if not later:
            raise SpanError(f"{s!r} not found after offset {after} (reading order?)")
        i = later[0]
    return i, i + len(s)


def _num(v):
    if isinstance(v, str):
        v = float(v)
    return int(v) if isinstance(v, float) and v.is_integer() else v


def gold_article(a: dict, text: str) -> dict:
    out = {"entities": [], "quotes": [], "times": [], "quantities": [], "events": []}
    cur = 0
    for e in a.get("entities", []):
        pin = e[2] if len(e) > 2 else None
        st, en = locate(text, {"text": e[0], "start": pin}, after=cur)
        if e[1] not in ("PER", "ORG", "LOC", "MISC"):
            raise SpanError(f"entity {e[0]!r}: type {e[1]!r}")
        out["entities"].append({"text": e[0], "type": e[1], "start": st, "end": en})
        cur = en  # names do not nest (the longest only): the next one starts after this one
    cur = 0
    for t in a.get("times", []):
        st, en = locate(text, {"text": t[0], "start": t[2] if len(t) > 2 else None}, after=cur)
        out["times"].append({"text": t[0], "value": t[1], "start": st, "end": en})
        cur = en
    cur = 0
    for q in a.get("quantities", []):
        st, en = locate(text, {"text": q[0], "start": q[4] if len(q) > 4 else None}, after=cur)
        out["quantities"].append({"text": q[0], "value": _num(q[1]), "unit": q[2], "counted": q[3],
                                  "start": st, "end": en})
        cur = en
    cur = 0
    for q in a.get("quotes", []):
        st, en = locate(text, q["content"], after=cur)
        cue = locate(text, q.get("cue"), near=st)
        anchor = cue[0] if cue else st
        spk = locate(text, q.get("speaker"), near=anchor)
        out["quotes"].append({
            "speaker": _unpin(q.get("speaker"))[0], "speaker_start": spk and spk[0],
            "speaker_end": spk and spk[1], "cue": _unpin(q.get("cue"))[0], "cue_start": cue and cue[0],
            "cue_end": cue and cue[1], "content": text[st:en], "start": st, "end": en,
            "via": q.get("via") or [], "anonymous": bool(q.get("anonymous"))})
        cur = st + 1  # a second quote of the same words is the next occurrence
    cur = 0
    for ev in a.get("events", []):
        st, en = locate(text, ev["trigger"], after=cur)
        src = locate(text, ev.get("source"), near=st)
        tgt = locate(text, ev.get("target"), near=st)
        out["events"].append({
            "type": ev["type"], "trigger": text[st:en], "start": st, "end": en,
            "source": _unpin(ev.get("source"))[0], "source_start": src and src[0], "source_end": src and src[1],
            "target": _unpin(ev.get("target"))[0], "target_start": tgt and tgt[0], "target_end": tgt and tgt[1],
            "place": ev.get("place"), "time": ev.get("time")})
        cur = st + 1  # a second event with the same trigger words is their next occurrence
    return out


def build_gold(paths: list[str] | None = None, write: bool = True, train: bool = False) -> int:
    """dev/test gold from ann/batch_*.jsonl into gold.jsonl; with ``train``, the training split from
    ann/train_batch_*.jsonl into train.jsonl (same format, split "train")."""
    corpus = {r["id"]: r for r in read_jsonl(CORPUS)}
    split = {}
    for line in open(TRAIN_SELECTION if train else SELECTION, encoding="utf-8"):
        i, s, _ = line.rstrip("\n").split("\t")
        split[i] = s
    types = {l.split("\t")[0] for l in open(os.path.join(HERE, "..", "..", "..", "marsad", "resources",
                                                         "events", "triggers.tsv"), encoding="utf-8")
             if l.strip() and not l.startswith("#")} - {"NONE"}
    rows, errors = [], 0
    pattern = "train_batch_*.jsonl" if train else "batch_*.jsonl"
    for path in paths or sorted(glob.glob(os.path.join(HERE, "ann", pattern))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                a = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{n}: not JSON: {e}", file=sys.stderr)
                errors += 1
                continue
            r = corpus.get(a["id"])
            if r is None or a["id"] not in split:
                print(f"{path}:{n}: {a['id']} is not a selected corpus article", file=sys.stderr)
                errors += 1
                continue
            try:
                facts = gold_article(a, r["text"])
                bad = [e["type"] for e in facts["events"] if e["type"] not in types]
                if bad:
                    raise SpanError(f"event types {bad}")
            except (SpanError, KeyError, IndexError, TypeError, ValueError) as e:
                print(f"{path}:{n}: {a['id']}: {e}", file=sys.stderr)
                errors += 1
                continue
            row = {"id": r["id"], "url": r["url"], "outlet": r["outlet"], "published": r["published"],
                   "split": split[r["id"]], "text": r["text"], **facts}
            if train:
                # the kinds this article was annotated for (entities first; quotes and events later, and an
                # article an annotator could not finish is marked "todo"): scoring reads only those
                row["kinds"] = ["entities"] + [k for k in ("quotes", "events") if k in a and not a.get("todo")]
            rows.append(row)
    rows.sort(key=lambda r: r["id"])
    if write:
        with open(TRAIN if train else GOLD, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter(r["split"] for r in rows)
    facts = {k: sum(len(r[k]) for r in rows) for k in ("entities", "quotes", "times", "quantities", "events")}
    print(f"gold: {len(rows)} articles {dict(counts)}, {len({r['outlet'] for r in rows})} outlets; {facts}; "
          f"{errors} errors")
    return errors


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "corpus":
        build_corpus()
    elif cmd == "select":
        select()
    elif cmd == "gold":
        sys.exit(1 if build_gold() else 0)
    elif cmd == "select-train":
        select_train()
    elif cmd == "train":
        sys.exit(1 if build_gold(train=True) else 0)
    elif cmd == "check" and len(sys.argv) > 2:
        train = any(os.path.basename(p).startswith("train_") for p in sys.argv[2:])
        sys.exit(1 if build_gold(sys.argv[2:], write=False, train=train) else 0)
    else:
        sys.exit(__doc__)
