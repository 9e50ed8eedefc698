"""Trigger-lexicon rows proposed by word vectors, filtered by the training split (never dev/test gold).

    PYTHONPATH=. python scripts/expand_triggers.py                 # print the candidates and their evidence
    PYTHONPATH=. python scripts/expand_triggers.py --write         # rebuild resources/events/triggers_learned.tsv
    PYTHONPATH=. python scripts/expand_triggers.py --write --sim 0.8 --agree 0.9 ...   # other thresholds

Hand-added trigger words seen in errors do not generalise; the lexicon's misses are a long tail of words that
mean what its words mean. This script reads the word2vec vectors learnt on SaudiNewsNet
(``resources/models/ner_vectors.npz``, normalised words -> vectors, loaded as
``marsad.extract.entities.context.WordVectors`` loads them) and the hand lexicon
(``resources/events/triggers.tsv``), and proposes rows for words the lexicon does not cover:

1. Known triggers: every word of the vectors' vocabulary that a one-word entry of the hand lexicon matches
   (any inflected form: قصفت, بالقصف, يهاجمون), with the types of the entries (not NONE, not actor nouns, not
   gapped entries whose word alone is no trigger).
2. Candidate words: every other vocabulary word (not matched by any entry of the lexicon, not a function word)
   whose ``--k`` nearest known triggers (cosine) agree on one PLOVER type: the type's share of their summed
   similarity is at least ``--agree`` and the nearest known trigger of that type is at least ``--sim`` similar.
3. Shape: a candidate word becomes a lexicon entry ``(pos, stem)`` under lexicon.py's own inflection (the
   readings of ``scripts/learn_triggers.candidates``: a verb's past 3ms stem, a noun with its clitics and
   suffixes stripped). Of a word's readings the one shared by the most candidate words of the type wins (the
   conjugations of one verb, the definite/plural/preposition-glued forms of one verbal noun are one family);
   then the reading whose part of speech the nearest known triggers have. The entry's type is the family's
   type, its mode the mode most of its nearest known triggers of the type share (else none).
4. Evidence outside dev: the entry's matches in the training split's text (``learn_triggers._tally``): ``occ``
   matches, ``gold`` of them gold triggers of the type; an entry that matches the training split at least
   ``--min-occ`` times is kept only when gold/occ is at least ``--prec``. An entry must also be seen in
   SaudiNewsNet at least ``--snn`` times (all its forms), so that its vectors are not of a handful of uses.

``--write`` writes the kept rows, with a header saying how they were made, to
``resources/events/triggers_learned.tsv`` (lexicon.triggers() loads it after triggers.tsv, when present; a
learned row only adds the forms no hand row matches); a re-run with the same arguments rebuilds it.

Result (round r83, main 7b5304d; no file is committed). ``--sweep``: of the candidates with matches in the
training split, the share of matches that are gold triggers of the voted type is 0.01-0.07 at every threshold
(cosine 0.6-0.85, density 0-0.25; e.g. cosine >= 0.8: 27 candidates, 187 matches, 8 gold), far below the ~0.3 a
row needs to raise F1: word2vec neighbours are topical (places, weapons, vehicles, names beside triggers), and
the shape test narrows them to verbal shapes but not to acts. Only the training-precision filter lets rows
through: ``--prec 0.3`` (تدمير, تصد, حرق, لقي, تطهير, ضبط): train type+trigger 0.585 -> 0.585 (tp 283 -> 287,
fp 173 -> 182), dev 0.663 -> 0.662; ``--prec 0.5`` (حرق, تطهير, ضبط): train 0.585 -> 0.586 (285/176), target
0.711 -> 0.710, dev unchanged (178/98/83), store 16 changes 8 better / 6 worse / 2 same (ضبط النفس, mine
clearing); ``--prec 0.5 --unseen --sim 0.8 --density 0.2`` (adds rows on the vectors alone: دان, اقتتال, حرق,
رتل, رمي, شنق, طلعة): dev 0.665 (tp +1) but dev target 0.734 -> 0.730, and رتل/رمي/طلعة are not acts.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import learn_triggers as LT  # noqa: E402
from marsad.arabic import tokenize  # noqa: E402
from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.extract.events import lexicon as L  # noqa: E402
from marsad.resources import lines, path, table  # noqa: E402

OUT = path("events/triggers_learned.tsv")
VECTORS = path("models/ner_vectors.npz")
SKIP_POS = {"a"}  # actor nouns (متظاهرون) name people, not an event

# The derivational templates of Arabic verbs (past 3rd masc. singular) and verbal nouns, in normalised spelling
# (C: a root letter; Form VIII's ت becomes ط/د after an emphatic or dental: اصطدم, ازدحم). A candidate is of a
# trigger's shape when its stem fits a template the trigger's stem fits: اقتحام → اجتياح (افتعال), تفجير → تدمير
# (تفعيل), but not the nouns that merely occur beside triggers (منزل, مروحية, دبابة).
_C = "[\u0621-\u064a]"
_TEMPLATES = {
    "v": {"فعل": "CCC", "فاعل": "CاCC", "افعل": "اCCC", "تفعل": "تCCC", "تفاعل": "تCاCC", "انفعل": "انCCC",
          "افتعل": "اC[تطد]CC", "استفعل": "استCCC"},
    "n": {"فعل": "CCC", "فعله": "CCCه", "فعال": "CCاC", "فعاله": "CCاCه", "فعول": "CCوC", "فعلان": "CCCان",
          "تفعيل": "تCCيC", "تفعله": "تCCCه", "مفاعله": "مCاCCه", "افعال": "اCCاC", "تفعل": "تCCC",
          "تفاعل": "تCاCC", "انفعال": "انCCاC", "افتعال": "اC[تطد]CاC", "استفعال": "استCCاC"},
}
_TEMPLATE_RE = {pos: {name: re.compile("^" + t.replace("C", _C) + "$") for name, t in ts.items()}
                for pos, ts in _TEMPLATES.items()}


def signatures(word: str, pos: str, stem: str) -> set[tuple[str, str, str, str]]:
    """(pos, letters before the stem, letters after it, template) of a word read as a form of (pos, stem)."""
    cores = {stem}
    if pos == "n" and stem.endswith("ه"):
        cores.add(stem[:-1])
    if pos == "v" and stem.startswith("ا") and len(stem) > 3:
        cores.add(stem[1:])  # the imperfect drops the alif of Forms IV, VII, VIII, X
    out = set()
    for core in cores:
        k = word.find(core)
        if k < 0:
            continue
        for t in templates(pos, stem):
            out.add((pos, word[:k], word[k + len(core):], t))
    return out


def templates(pos: str, stem: str) -> frozenset[str]:
    """The templates a lexicon entry's stem fits (empty for a word of no verbal shape)."""
    return frozenset(n for n, rx in _TEMPLATE_RE.get(pos, {}).items() if rx.match(stem))


def load_vectors() -> tuple[list[str], np.ndarray]:
    with np.load(str(VECTORS)) as z:
        vecs = z["vecs"].astype(np.float32)
        words = str(z["words"]).split("\n")
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-8)
    return words, vecs


def hand_lexicon() -> L.Lexicon:
    return L.Lexicon([r for r in table("events/triggers.tsv") if len(r) >= 4])


def known_triggers(lex: L.Lexicon, vocab: dict[str, int]) -> dict[str, dict[str, list[int]]]:
    """vocabulary word -> {type: [entry indices]} for the one-word entries (no tail) that match it."""
    out: dict[str, dict[str, list[int]]] = {}
    for w, pairs in lex.first.items():
        if w not in vocab:
            continue
        for idx, _fid in pairs:
            e = lex.entries[idx]
            if e.type == "NONE" or e.pos in SKIP_POS or len(e.words) != 1 or lex.tails[idx]:
                continue
            out.setdefault(w, {}).setdefault(e.type, []).append(idx)
    return out


def neighbours(words: list[str], vecs: np.ndarray, known: list[str], k: int, cand: list[int]):
    """For each candidate row: its k nearest known triggers (indices into known) and their similarities."""
    vocab = {w: i for i, w in enumerate(words)}
    K = vecs[[vocab[w] for w in known]]
    out_i = np.zeros((len(cand), k), np.int32)
    out_s = np.zeros((len(cand), k), np.float32)
    for a in range(0, len(cand), 4096):
        S = vecs[cand[a:a + 4096]] @ K.T
        top = np.argpartition(-S, k, axis=1)[:, :k]
        ts = np.take_along_axis(S, top, 1)
        order = np.argsort(-ts, axis=1)
        out_i[a:a + 4096] = np.take_along_axis(top, order, 1)
        out_s[a:a + 4096] = np.take_along_axis(ts, order, 1)
    return out_i, out_s


def propose(k: int, agree: float, sim: float) -> list[dict]:
    """Candidate words with their voted type (before the shape and evidence steps)."""
    words, vecs = load_vectors()
    vocab = {w: i for i, w in enumerate(words)}
    lex = hand_lexicon()
    known = known_triggers(lex, vocab)
    kw = sorted(known)
    stop = {normalize(w) for w in lines("events/function_words.txt")}
    cand = [i for i, w in enumerate(words)
            if w not in lex.first and w not in stop and len(w) >= 3 and all("\u0621" <= c <= "\u064a" for c in w)]
    ni, ns = neighbours(words, vecs, kw, k, cand)
    out = []
    for row, ci in enumerate(cand):
        votes: Counter = Counter()
        for j, s in zip(ni[row], ns[row]):
            for t in known[kw[j]]:
                votes[t] += float(s) / len(known[kw[j]])
        typ, v = votes.most_common(1)[0]
        share = v / sum(votes.values())
        near = [(kw[j], float(s)) for j, s in zip(ni[row], ns[row]) if typ in known[kw[j]]]
        if share < agree or near[0][1] < sim:
            continue
        near = [(w, s) for w, s in near if s >= sim]
        out.append({"word": words[ci], "type": typ, "share": share, "sim": near[0][1], "near": near,
                    "seeds": {w: known[w][typ] for w, _s in near},
                    "entries": [idx for w, _s in near for idx in known[w][typ]]})
    # density: of the word's --k nearest words of the whole vocabulary, the share that are known triggers of
    # the type (an act's word stands among acts; a place, a weapon or a name beside triggers among its kind)
    rows = np.array([vocab[c["word"]] for c in out], np.int64)
    for a in range(0, len(rows), 2048):
        S = vecs[rows[a:a + 2048]] @ vecs.T
        S[np.arange(len(S)), rows[a:a + 2048]] = -2
        top = np.argpartition(-S, k, axis=1)[:, :k]
        for c, t in zip(out[a:a + 2048], top):
            c["density"] = sum(c["type"] in known.get(words[j], ()) for j in t) / k
    return out, lex


def shape(cands: list[dict], lex: L.Lexicon) -> dict[tuple[str, str, str], dict]:
    """Candidate words grouped into lexicon entries (type, pos, stem)."""
    for c in cands:
        # the readings of the word that have the shape of one of its nearest triggers of the type: the same
        # affixes around a stem of the same template (ودمرت ~ وقصفت, بالتطهير ~ بالتحرير)
        shapes = set()
        for w, _s in c["near"]:
            for i in c["seeds"][w]:
                e = lex.entries[i]
                shapes |= signatures(w, "v" if e.pos == "x" else e.pos, e.words[0])
        c["readings"] = [r for r in LT.candidates(c["word"]) if r[0] in "vn"
                         and not shapes.isdisjoint(signatures(c["word"], *r))]
    count = Counter((c["type"],) + r for c in cands for r in c["readings"])
    fams: dict[tuple[str, str, str], dict] = {}
    for c in cands:
        if not c["readings"]:
            continue
        pos_votes = Counter(lex.entries[i].pos for i in c["entries"])
        best = max(c["readings"], key=lambda r: (count[(c["type"],) + r], pos_votes[r[0]] - pos_votes[{"v": "n", "n": "v"}[r[0]]],
                                                  len(r[1])))
        key = (c["type"],) + best
        f = fams.setdefault(key, {"words": [], "sim": 0.0, "share": 0.0, "modes": Counter(), "near": Counter()})
        f["words"].append(c["word"])
        f["sim"] = max(f["sim"], c["sim"])
        f["share"] = max(f["share"], c["share"])
        f["density"] = max(f.get("density", 0.0), c["density"])
        for i in c["entries"]:
            f["modes"][lex.entries[i].mode or "-"] += 1
        for w, _s in c["near"][:3]:
            f["near"][w] += 1
    return fams


def evidence(fams: dict, lex: L.Lexicon) -> None:
    """Training-split matches of each entry's new forms (those no hand entry matches) and how many of them are
    gold triggers of its type / of another type; SaudiNewsNet count of its new forms."""
    rows = LT.train_rows()
    arts, gold_at = {}, defaultdict(list)
    for a in rows:
        toks = tokenize(a["text"])
        arts[a["id"]] = [t.norm for t in toks]
        for y in a.get("events", []):
            if y.get("start") is None:
                continue
            ti = [q for q, t in enumerate(toks) if t.end > y["start"] and t.start < y["end"]]
            if ti:
                gold_at[(a["id"], ti[0])].append(y["type"])
    docs = LT.snn_docs()
    snn = Counter(w for d in docs for w in d)
    for (typ, pos, stem), f in fams.items():
        new = new_forms(lex, pos, stem)
        occ = gold = other = 0
        for aid, norms in arts.items():
            for q, w in enumerate(norms):
                if w in new:
                    occ += 1
                    ts = gold_at.get((aid, q), [])
                    gold += typ in ts
                    other += bool(ts) and typ not in ts
        f.update(occ=occ, gold=gold, other=other, snn=sum(snn[w] for w in new))


def new_forms(lex: L.Lexicon, pos: str, stem: str) -> set[str]:
    """The surface forms of an entry that no hand entry matches (the only ones a learned row adds)."""
    return {w for w in LT._forms(pos, stem) if w not in lex.first}


def mode_of(f: dict) -> str:
    """The mode most of the family's nearest triggers share (PLOVER's mode of the act), else none."""
    if not f["modes"]:
        return "-"
    m, n = f["modes"].most_common(1)[0]
    return m if n * 2 > sum(f["modes"].values()) else "-"


def kept(fams: dict, a) -> list[tuple[tuple[str, str, str], dict]]:
    out = []
    for key, f in fams.items():
        if f["sim"] < a.sim or f["snn"] < a.snn:
            continue
        if f["occ"] >= a.min_occ:
            if f["gold"] < a.prec * f["occ"]:
                continue
        elif not a.unseen or f["density"] < a.density:
            continue  # no training evidence: only with --unseen, on the vectors alone
        out.append((key, f))
    return sorted(out, key=lambda kv: (kv[0][0], kv[0][2], kv[0][1]))


def write(rows, a, argv) -> None:
    head = [
        "# Trigger rows learnt by scripts/expand_triggers.py -- GENERATED, do not edit: re-run",
        "#   PYTHONPATH=. python scripts/expand_triggers.py " + " ".join(argv),
        "# Columns as triggers.tsv (lexicon.triggers() reads this file after it; a row here only adds the forms no",
        "# row of triggers.tsv matches). Each row is a word the hand lexicon lacks whose nearest known triggers in the",
        "# word2vec space of SaudiNewsNet (models/ner_vectors.npz) agree on its type (share of similarity >= "
        f"{a.agree}, k = {a.k}),",
        f"# the nearest of them at cosine >= {a.sim}, of the same shape (same affixes around a stem of the same",
        "# derivational template), seen in SaudiNewsNet >= " + f"{a.snn} times, and whose new forms are gold triggers "
        f"of the type in >= {a.prec:.0%}",
        f"# of their matches in the training split's text (at least {a.min_occ} match"
        + ("; rows with none are kept on the vectors alone when density >= " + str(a.density) if a.unseen
           else "; rows with none are not kept: the training split puts their precision near 0.05") + ").",
        "# After each row: its nearest triggers' cosine, type share, training matches (gold/matches), SaudiNewsNet count.",
    ]
    body = [f"{t}\t{mode_of(f)}\t{p}\t{w}\t# sim {f['sim']:.2f} share {f['share']:.2f} train {f['gold']}/{f['occ']} "
            f"snn {f['snn']} near {' '.join(x for x, _ in f['near'].most_common(3))}" for (t, p, w), f in rows]
    OUT.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"wrote {len(body)} rows to {OUT}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--k", type=int, default=20, help="nearest known triggers that vote on a word's type")
    ap.add_argument("--agree", type=float, default=0.6, help="least share of the vote for the word's type")
    ap.add_argument("--sim", type=float, default=0.7, help="least cosine of the nearest known trigger of the type")
    ap.add_argument("--snn", type=int, default=20, help="least SaudiNewsNet count of the entry's new forms")
    ap.add_argument("--prec", type=float, default=0.3, help="least training-split gold/matches of the new forms")
    ap.add_argument("--min-occ", type=int, default=1, help="training-split matches from which --prec decides")
    ap.add_argument("--unseen", action="store_true", help="also keep rows with no training match (vectors alone)")
    ap.add_argument("--density", type=float, default=0.25, help="with --unseen: least share of known triggers of the "
                    "type among the word's k nearest words")
    ap.add_argument("--write", action="store_true", help="write the kept rows to resources/events/triggers_learned.tsv")
    ap.add_argument("--sweep", action="store_true", help="training-split precision of the candidates by threshold")
    ap.add_argument("--dump")
    argv = sys.argv[1:] if argv is None else argv
    a = ap.parse_args(argv)
    # candidates are drawn loosely; the thresholds are applied after the evidence is counted
    cands, lex = propose(a.k, min(a.agree, 0.6), min(a.sim, 0.55))
    cands = [c for c in cands if c["share"] >= a.agree]
    fams = shape(cands, lex)
    evidence(fams, lex)
    if a.dump:
        import json
        Path(a.dump).write_text(json.dumps([[*k, {x: (dict(y) if isinstance(y, Counter) else y) for x, y in f.items()}]
                                            for k, f in fams.items()], ensure_ascii=False))
    if a.sweep:
        print("sim\tdensity\tcandidates\twith training matches\tmatches\tgold\tprecision")
        for sim in (0.6, 0.7, 0.8, 0.85):
            for dens in (0.0, 0.15, 0.25):
                sel = [f for f in fams.values() if f["sim"] >= sim and f["density"] >= dens and f["snn"] >= a.snn]
                o = [f for f in sel if f["occ"]]
                occ, g = sum(f["occ"] for f in o), sum(f["gold"] for f in o)
                print(f"{sim}\t{dens}\t{len(sel)}\t{len(o)}\t{occ}\t{g}\t{g / occ if occ else 0:.2f}")
        return
    rows = kept(fams, a)
    for (t, p, w), f in rows:
        print(f"{t}\t{mode_of(f)}\t{p}\t{w}\tsim {f['sim']:.2f} share {f['share']:.2f} density {f['density']:.2f} "
              f"train {f['gold']}/{f['occ']} other {f['other']} snn {f['snn']}  {' '.join(f['words'][:5])}")
    if a.write:
        write(rows, a, argv)


if __name__ == "__main__":
    main()
