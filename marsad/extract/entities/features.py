"""Token features for the NER tagger, shared by training (scripts/train_ner.py) and tagging.

A sentence is a list of raw token strings (clitics attached, as in ANERcorp and marsad's tokenizer).
Everything a word contributes on its own (surface, clitic-stripped form, stem, affixes, cluster ids)
is computed once per word type and cached, because that is what keeps tagging fast; the
sentence-level part adds context windows, gazetteer and trigger matches.

Why these features: the names in unseen news are mostly unseen in training, so the features that
carry over are the ones that do not depend on the word itself: distributional clusters learnt on 10M
words of news, gazetteers, the words that announce a name (titles, "وكالة", "مدينة"), affixes,
the name slot after a title crossed with how rare the slot word is ("title_slot"), and names
harvested from unlabelled news by those same slots ("auto_gaz", resources/ner/auto_gazetteer.tsv).
"""
from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache

from ...arabic.clitics import word_variants
from ...arabic.phrases import PhraseMatcher
from ...arabic.tokens import evict_half
from ...arabic.normalize import normalize, strip_clitics
from ...resources import lines, path

CLUSTER_FILE = "ner/clusters.tsv.gz"
AUTO_FILE = "ner/auto_lexicon.tsv.gz"
AUTO_GAZ_FILE = "ner/auto_gazetteer.tsv"

_ARABIC = re.compile("[\u0600-\u06ff]")


def _nisba(n: str) -> bool:
    """A definite relative adjective ("الأمريكي", "السورية"), the kind that follows a title."""
    return n.startswith("ال") and len(n) > 4 and n.endswith(("ي", "يه", "يين", "يون", "ي،"))


def _shape(w: str) -> str:
    if w.isdigit():
        return "NUM"
    if _ARABIC.search(w):
        return "AR" if w.isalpha() else "ARX"
    if w.isascii() and w.isalpha():
        return "LAT"
    if not any(c.isalnum() for c in w):
        return "P" + w if len(w) == 1 else "PUNCT"
    return "MIX"


def _phrases(name: str) -> list[str]:
    return [" ".join(normalize(x).split()) for x in lines(name)]


@lru_cache(maxsize=1)
def gazetteer() -> PhraseMatcher:
    entries: dict[str, set[str]] = {}
    for fname, label in (("ner/loc_gazetteer.txt", "LOC"), ("ner/org_gazetteer.txt", "ORG"),
                         ("ner/per_first_names.txt", "FN"), ("ner/per_names.txt", "PER"),
                         ("ner/misc_gazetteer.txt", "MISC")):
        try:
            ph = _phrases(fname)
        except FileNotFoundError:
            continue
        for p in ph:
            entries.setdefault(p, set()).add(label)
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def auto_gazetteer() -> PhraseMatcher:
    """Names harvested from unlabelled news by their slots (scripts/train_ner.py)."""
    entries: dict[str, set[str]] = {}
    try:
        for row in lines(AUTO_GAZ_FILE):
            parts = row.split("\t")
            if len(parts) >= 2:
                entries.setdefault(parts[0], set()).add(parts[1])
    except FileNotFoundError:
        pass
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def triggers() -> PhraseMatcher:
    entries: dict[str, set[str]] = {}
    for fname, label in (("ner/per_titles.txt", "TPER"), ("ner/org_triggers.txt", "TORG"),
                         ("ner/loc_triggers.txt", "TLOC")):
        for p in _phrases(fname):
            entries.setdefault(p, set()).add(label)
            # the definite form of a trigger noun announces a name just as well ("الوكالة")
            if not p.startswith("ال") and " " not in p:
                entries.setdefault("ال" + p, set()).add(label)
    return PhraseMatcher(entries)


@lru_cache(maxsize=4)
def load_clusters(p=None) -> dict[str, tuple[str, ...]]:
    """word -> (cluster ids at increasing granularity..., frequency bucket). Read once per file and shared
    (the NER's features, the amounts' dual nouns): callers must not change the dict."""
    p = p or path(CLUSTER_FILE)
    out: dict[str, tuple[str, ...]] = {}
    try:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                out[parts[0]] = tuple(parts[1:])
    except FileNotFoundError:
        pass
    return out


def load_auto(p=None) -> dict[str, tuple[str, str]]:
    """clitic-stripped word -> (label the self-trained tagger gives it most, share bucket)."""
    p = p or path(AUTO_FILE)
    out: dict[str, tuple[str, str]] = {}
    try:
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3:
                    share = float(parts[2])
                    out[parts[0]] = (parts[1], "hi" if share >= 0.7 else "mid" if share >= 0.4 else "lo")
    except FileNotFoundError:
        pass
    return out


_CTX_OFFSETS = (-2, -1, 1, 2)
# optional feature groups (scripts/train_ner.py --opts); a model must be tagged with the groups it
# was trained with, so the committed model's groups are the default
DEFAULT_OPTS: frozenset[str] = frozenset({"title_slot", "auto_gaz"})
# the sentence-level attributes that say what kind of name a word is, carried across the document
_DOC_CUES = ("T-1:", "T-2:", "TS0:", "TS1:", "G:B-", "G:I-", "AG:B-", "AG:I-", "T+1:", "G-1:", "G+1:")
_PREFIX = {o: "%d:" % o for o in _CTX_OFFSETS}
_CPRE = tuple("c%d=" % g for g in range(8))  # cluster granularities, coarse to fine
_SCPRE = tuple("s" + p for p in _CPRE)  # (the clitic-stripped form's)



class Featurizer:
    def __init__(self, clusters: dict[str, tuple[str, ...]] | None = None, use_stem: bool = True,
                 auto: dict[str, tuple[str, str]] | None = None, rich: bool = False,
                 opts: frozenset[str] | None = None):
        self.rich = rich
        self.opts = DEFAULT_OPTS if opts is None else frozenset(opts)
        self.title_slot = "title_slot" in self.opts
        self.agaz = auto_gazetteer() if "auto_gaz" in self.opts else None
        self.doc_ctx = "doc_ctx" in self.opts
        self.clusters = load_clusters() if clusters is None else clusters
        self.auto = load_auto() if auto is None else auto
        self.gaz = gazetteer()
        self.trig = triggers()
        self._matchers = (self.gaz, self.trig, self.agaz or PhraseMatcher({}))
        self._starts = frozenset().union(*(m.index for m in self._matchers))  # every phrase's first word
        self._no_keys = ((),) * len(self._matchers)
        self._cache: dict[str, tuple] = {}
        self._light: dict[str, tuple] = {}
        self._stem = None
        if use_stem:
            import Stemmer  # PyStemmer, Arabic Snowball
            self._stem = Stemmer.Stemmer("arabic").stemWord

    def _word(self, w: str, keep: bool = True) -> tuple:
        """(norm, strip, own features, {offset: context features without the offset's prefix}, clitic
        readings, cluster bigram key, rarity, phrase-list readings) for one word type (``keep``: cached,
        for callers that featurize the same words again, as training does). A context feature is what a
        token at that offset sees of this word: "-1:" + the string (``sentence``); the decoder looks the
        strings up in a table per offset instead, so that they need not be built."""
        got = self._cache.get(w)
        if got is not None:
            return got
        n = normalize(w)
        s = strip_clitics(n)
        sh = _shape(n)
        f = ["w=" + n, "s=" + s, "sh=" + sh]
        if sh in ("AR", "ARX", "LAT", "MIX"):
            f += ["p1=" + n[:1], "p2=" + n[:2], "p3=" + n[:3], "x1=" + n[-1:], "x2=" + n[-2:],
                  "x3=" + n[-3:], "sp2=" + s[:2], "sx2=" + s[-2:], "sx3=" + s[-3:],
                  "cl=" + n[:len(n) - len(s)], "len=%d" % min(len(s), 9)]
            if self._stem is not None:
                f.append("st=" + self._stem(s))
        c = self.clusters.get(n)
        cs = self.clusters.get(s) if s != n else c
        # what a neighbour sees of the word is some of its own attribute strings (behind the offset's
        # prefix): ``near`` at every offset, ``side`` also at -1 and +1 (string building runs once per new
        # word type and is the bulk of the cold-start cost, so each string is built once, for both uses)
        near = ["w=" + n, "s=" + s]
        side = []
        if c:
            f.append("fq=" + c[-1])
            cl = [cp + cid for cp, cid in zip(_CPRE, c[:-1])]
            f.extend(cl)
            near.extend(cl)
        else:
            f.append("oov")
            near.append("oov")
        if cs:
            scl = [cp + cid for cp, cid in zip(_SCPRE, cs[:-1])]
            f.extend(scl)
            side.extend(scl)
        elif s != n:
            f.append("soov")
        if self.rich and sh == "AR" and len(s) >= 3:
            # names rarely take the article: how often the corpus writes this word with / without
            # "ال" (log2 frequency buckets of both forms in the cluster table)
            if s.startswith("ال") and len(s) > 4:
                other, own = self.clusters.get(s[2:]), cs
                tag = "def"
            else:
                other, own = self.clusters.get("ال" + s), cs
                tag = "bare"
            if other is None:
                f.append("al=%s:none" % tag)
            else:
                d = int(other[-1]) - (int(own[-1]) if own else 0)
                f.append("al=%s:%d" % (tag, max(-3, min(3, d))))
        a = self.auto.get(s)
        if a:
            f.append("A=%s:%s" % a)
            f.append("A=" + a[0])
            side.append("A=" + a[0])
        near = tuple(near)
        side = near + tuple(side) + ("x2=" + n[-2:], "sh=" + sh)
        ctx = {o: side if o in (-1, 1) else near for o in _CTX_OFFSETS}
        cb = (c[0] + "_" + c[1]) if c else "oov"
        # how rare the word is in 10M words of news, and whether it takes the article: after a
        # title, a rare article-less word is a name, a common one ("بات") may still be a verb
        if sh not in ("AR", "LAT", "ARX", "MIX"):
            rare = "x"
        elif not c:
            rare = "oov"
        else:
            q = int(c[-1])
            rare = "r" if q <= 4 else "m" if q <= 7 else "c"
        if s.startswith("ال"):
            rare += "+al"
        wv = word_variants(n)
        # the readings each phrase list has an entry for, once per word type: the sentence-level
        # matching then looks only at the few tokens that can start a phrase (most words start none)
        keys = self._no_keys if self._starts.isdisjoint(wv) else \
            tuple(tuple([v for v in wv if v in m.index]) for m in self._matchers)
        got = (n, s, f, ctx, wv, cb, rare, keys)
        if keep:
            if len(self._cache) > 20_000:  # the decoder keeps its own per-word rows; this only bounds memory
                self._cache.clear()
            self._cache[w] = got
        return got

    light_max = 150_000  # word types (~100 bytes each beyond the fields, which the decoders share)

    def word(self, w: str, full: tuple | None = None) -> tuple:
        """``_word(w)`` (or ``full``, when the caller has it) without the per-word feature lists
        (empty tuples in their places): the fields that the sentence-level features, the decoders and
        the tagger's post-processing read. A row is small and holds only strings and tuples (which
        the garbage collector stops tracking), so far more word types stay cached than ``_word``'s:
        a word seen in an earlier document is not featurized again just for these."""
        got = self._light.get(w)
        if got is None:
            x = full or self._word(w, keep=False)
            got = (x[0], x[1], (), (), *x[4:])
            if len(self._light) >= self.light_max:
                evict_half(self._light)
            self._light[w] = got
        return got

    def words(self, ws: list[str]) -> list[tuple]:
        """``word`` of each of ``ws`` (a sentence's rows: the cached ones without a call each)."""
        get = self._light.get
        return [get(w) or self.word(w) for w in ws]

    def sentence(self, words: list[str]) -> list[list[str]]:
        """Every feature of every token (what the CRF trainer sees)."""
        info = [self._word(w) for w in words]
        m = len(words)
        feats = self.extras(info)
        for i in range(m):
            fi = feats[i]
            fi.extend(info[i][2])
            for o, p in _PREFIX.items():
                j = i + o
                if 0 <= j < m:
                    fi.extend([p + x for x in info[j][3][o]])
        return feats

    def doc_attrs(self, sents: list[list[str]]) -> list[list[list[str]]]:
        """What announced the same word elsewhere in the document: "نوكيا" after "شركة" in one
        sentence and bare in the next is the same firm; the cues of every other occurrence of a
        word (triggers before it, the title slot, list matches) are added to each occurrence."""
        infos = [[self._word(w) for w in ws] for ws in sents]
        ex = [self.extras(info) for info in infos]
        cues: dict[str, Counter] = {}
        for info, fs in zip(infos, ex):
            for x, f in zip(info, fs):
                if len(x[1]) < 3 or x[6].startswith(("x", "c")):
                    continue  # punctuation and frequent words carry no name across sentences
                c = cues.get(x[1])
                if c is None:
                    c = cues[x[1]] = Counter()
                c["#"] += 1
                for a in f:
                    if a.startswith(_DOC_CUES):
                        c[a] += 1
        out = []
        for info, fs in zip(infos, ex):
            rows = []
            for x, f in zip(info, fs):
                c = cues.get(x[1])
                if c is None or c["#"] < 2:
                    rows.append(())
                    continue
                own = Counter(a for a in f if a.startswith(_DOC_CUES))
                row = ["X#%d" % min(c["#"], 4)]
                row.extend("X" + a for a, k in c.items() if a != "#" and k > own[a])
                rows.append(row)
            out.append(rows)
        return out

    def extras(self, info: list[tuple]) -> list[list[str]]:
        """The features that depend on more than one word type: sentence edges, bigrams,
        gazetteer and trigger matches."""
        norms = [x[0] for x in info]
        strips = [x[1] for x in info]
        m = len(info)
        feats: list[list[str]] = [[] for _ in range(m)]
        if m:
            feats[0].append("-1:BOS")
            feats[-1].append("1:EOS")
        for i in range(m - 1):
            bg = strips[i] + "|" + strips[i + 1]
            feats[i].append("b+=" + bg)
            feats[i + 1].append("b-=" + bg)
        if self.rich and m:
            cbs = [x[5] for x in info]
            for i in range(m - 1):
                cb = cbs[i] + "|" + cbs[i + 1]
                feats[i].append("cb+=" + cb)
                feats[i + 1].append("cb-=" + cb)
        for a, b, labels in self.gaz.match(norms, [x[7][0] for x in info]):
            for lab in labels:
                feats[a].append("G:B-" + lab)
                for k in range(a + 1, b):
                    feats[k].append("G:I-" + lab)
                if a > 0:
                    feats[a - 1].append("G+1:" + lab)
                if b < m:
                    feats[b].append("G-1:" + lab)
        if self.agaz is not None:
            for a, b, labels in self.agaz.match(norms, [x[7][2] for x in info]):
                for lab in labels:
                    feats[a].append("AG:B-" + lab)
                    for k in range(a + 1, b):
                        feats[k].append("AG:I-" + lab)
        for a, b, labels in self.trig.match(norms, [x[7][1] for x in info]):
            for lab in labels:
                for k in range(a, b):
                    feats[k].append("T:" + lab)
                # the word right after a trigger phrase, and the one after that
                if b < m:
                    feats[b].append("T-1:" + lab)
                if b + 1 < m:
                    feats[b + 1].append("T-2:" + lab)
                if self.rich and b + 2 < m:
                    feats[b + 2].append("T-3:" + lab)
                if a > 0:
                    feats[a - 1].append("T+1:" + lab)
                if self.title_slot and lab == "TPER":
                    # the name slot after a title, past nisba adjectives and a comma
                    # ("الرئيس الأمريكي، جو بايدن"), with the slot words' rarity
                    j = b
                    while j < m and j < b + 3 and (norms[j] in (",", "،") or _nisba(norms[j])):
                        j += 1
                    for k in (j, j + 1):
                        if k < m:
                            feats[k].append("TS%d:%s" % (k - j, info[k][6]))
                    if j < m and j > b:
                        feats[j].append("TS:skip")
        return feats


def _type(tag: str) -> str:
    return tag if tag == "O" else tag[2:]


def stack_attrs(strips: list[list[str]], tags: list[list[str]]) -> list[list[list[str]]]:
    """The second-stage CRF's view of the first stage's tags over one document: the labels
    predicted at and around each token, and what the same word was tagged elsewhere in the
    document (one name, one type; "نوكيا" after "شركة" in one sentence is a firm in the next)."""
    counts: dict[str, Counter] = {}
    for st, tg in zip(strips, tags):
        for w, t in zip(st, tg):
            if len(w) >= 2:
                c = counts.get(w)
                if c is None:
                    c = counts[w] = Counter()
                c[t] += 1
    out = []
    for st, tg in zip(strips, tags):
        m = len(st)
        doc = []
        for w, t in zip(st, tg):
            c = counts.get(w)
            if c is None:
                doc.append(("D:x",))
                continue
            n = sum(c.values()) - 1
            if n == 0:
                doc.append(("D:1",))
                continue
            ent: Counter = Counter()
            full: Counter = Counter()
            for lab, k in c.items():
                k -= lab == t
                if k > 0 and lab != "O":
                    ent[lab[2:]] += k
                    full[lab] += k
            if not ent:
                doc.append(("D=O",))
                continue
            typ, k = ent.most_common(1)[0]
            share = k / n
            doc.append(("D=" + typ, "D=%s:%s" % (typ, "all" if share >= 1 else "hi" if share >= 0.5 else "lo"),
                        "DB=" + full.most_common(1)[0][0], "D:mix" if len(ent) > 1 else "D:one"))
        feats = []
        for i in range(m):
            f = ["P=" + tg[i], "P-1=" + (tg[i - 1] if i else "BOS"), "P+1=" + (tg[i + 1] if i + 1 < m else "EOS"),
                 "P2=" + (tg[i - 1] if i else "BOS") + "|" + tg[i]]
            f.extend(doc[i])
            if i:
                f.append("D-1:" + doc[i - 1][0])
            if i + 1 < m:
                f.append("D+1:" + doc[i + 1][0])
            feats.append(f)
        out.append(feats)
    return out
