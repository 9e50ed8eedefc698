"""Entity resolution: one ``entity_id`` per actor, across spellings and documents.

Resolution is key-based, so it is incremental by construction: a mention's identity depends only
on its own document (and the data files), never on the rest of the corpus, and adding documents
never recomputes old ones.

``annotate(doc)`` (pipeline component, right after NER), for each entity span:

1. cleans the name: drops quotes/brackets, leading titles (``resources/titles.txt``) and the
   nationality adjective after a title (``resolve/nisba.txt``), and a proclitic (و ف ب ل ك) only on
   evidence — before ال, or when the stripped form is known from the document or the alias table
   (بريت، وليامز، لافروف start with letters that look like clitics);
2. links within the document: a parenthesised or dashed gloss/acronym to the name before it
   ("وكالة الأنباء العراقية (واع)"), and a short PER form to the one full name in the document that
   ends with it ("الكاظمي" → "مصطفى الكاظمي"); an ambiguous short form (two full names end with it)
   stays on its own;
3. maps the result to a key: the alias table's canonical id if it knows the name
   (``resources/aliases.tsv``), else a type-aware spelling key — native Arabic name words by their
   normalised spelling, foreign ones by a transliteration skeleton (``marsad.arabic.translit``), and
   for a person every name word counts, so جو بايدن ≠ جوش روجين;
4. sets ``entity_id = "E" + sha1(key)[:10]``.

``summarize(rows)`` aggregates stored mention rows into the ``entities`` export records, and links
a bare surname entity to the one full-name entity that shares it *and* shares context (a
co-occurring entity) — the only corpus-level merge, cheap enough to redo on every call.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable, Optional

from .. import actors, resources
from ..arabic.normalize import normalize
from ..arabic import institutions_en
from ..arabic.translit import romanize, skeleton
from ..document import Document, Entity

_PUNCT = re.compile(r"[\"'“”«»„‘’`()\[\]{}<>،,.:;!?؟…*#|/\\_=+~^]")
_DASH = re.compile(r"(?<=\S)[-–—](?=\S)")  # bin-Salman style hyphen inside a name → space
_CLITICS = "وفبلك"


def entity_id_for(key: str) -> str:
    return "E" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _type_group(typ: str) -> str:
    # NER puts one group in ORG in one article and MISC in the next; persons and places are stable
    return typ if typ in ("PER", "LOC") else "ORG"


# ---------------------------------------------------------------- data files
@lru_cache(maxsize=None)
def _titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Titles by their first word, longest first ("رئيس الوزراء الأسبق" before "رئيس الوزراء")."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for t in resources.lines("titles.txt"):
        w = tuple(normalize(t).split())
        if w and w not in by_first[w[0]]:
            by_first[w[0]].append(w)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


@lru_cache(maxsize=None)
def _nisba() -> frozenset[str]:
    return frozenset(normalize(t) for t in resources.lines("resolve/nisba.txt"))


@lru_cache(maxsize=None)
def _native() -> frozenset[str]:
    return frozenset(normalize(t) for t in resources.lines("resolve/arabic_names.txt"))


@lru_cache(maxsize=None)
def _spelling() -> tuple[tuple[str, str], ...]:
    return tuple((normalize(a), normalize(b)) for a, b, *_ in resources.table("resolve/spelling.tsv"))


# ---------------------------------------------------------------- cleaning
def _tokens(text: str) -> list[str]:
    return list(_tokens_cached(text))


@lru_cache(maxsize=200_000)
def _tokens_cached(text: str) -> tuple[str, ...]:
    t = normalize(_DASH.sub(" ", text))
    t = _PUNCT.sub(" ", t)
    t = re.sub(r"\bعبد\s+ال", "عبدال", t)  # عبد الله / عبدالله are one name word
    toks = t.split()
    # "نصر الله" / "يار الله": the compound is one word in half the outlets
    out: list[str] = []
    for w in toks:
        if w == "الله" and out and out[-1] not in ("حزب", "انصار", "عبد"):
            out[-1] += "الله"
        else:
            out.append(w)
    return tuple(out)


def _fold(word: str) -> str:
    for a, b in _spelling():
        if a in word:
            word = word.replace(a, b)
    return word


def _strip_titles(toks: list[str]) -> list[str]:
    stripped = True
    any_title = False
    while stripped and len(toks) > 1:
        stripped = False
        for t in _titles().get(toks[0], ()):
            n = len(t)
            if len(toks) > n and tuple(toks[:n]) == t:
                toks = toks[n:]
                stripped = any_title = True
                break
        # the adjective after a title ("الرئيس الأمريكي"), never on its own: it starts ORG names
        while any_title and len(toks) > 1 and toks[0] in _nisba():
            toks = toks[1:]
            stripped = True
    return toks


def _strip_clitic(toks: list[str], known: frozenset[str] | set[str]) -> list[str]:
    if not toks:
        return toks
    w = toks[0]
    if len(w) > 3 and w[0] in _CLITICS:
        rest = w[1:]
        if w.startswith("لل") and len(w) > 4:
            return ["ال" + w[2:]] + toks[1:]  # للناتو → الناتو
        if rest.startswith("ال") and len(rest) > 4 and " ".join(toks) not in known:
            return [rest] + toks[1:]  # والكاظمي / بالبنتاغون, but not والتر (Walter)
        if w[0] == "و" and rest.startswith("و"):
            return [rest] + toks[1:]
        cand = " ".join([rest] + toks[1:])
        whole = " ".join(toks)
        if cand in known and whole not in known:
            return [rest] + toks[1:]
    return toks


def clean(text: str, typ: str = "PER", known: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Normalised name words of a mention, titles (persons only) and, on evidence, a proclitic removed."""
    known = known or _alias_forms()
    toks = _strip_clitic(_tokens(text), known)
    if _type_group(typ) == "PER":
        # only persons: organisation and place names start with the same words (دولة قطر is kept
        # as is and matched by the alias table; "الملك فهد" may be a road)
        toks = _strip_clitic(_strip_titles(toks), known)
    return toks


@lru_cache(maxsize=200_000)
def _display(text: str, typ: str = "PER") -> str:
    """The surface name for the export: titles stripped, original letters kept."""
    toks = clean(text, typ)
    if not toks:
        return text.strip()
    # find the original substring that starts at the first kept word
    raw = " ".join(_PUNCT.sub(" ", text).split())
    words = raw.split()
    nw = [normalize(w) for w in words]
    first = toks[0]
    for i, w in enumerate(nw):
        if w == first or w.endswith(first) or (first.startswith(w) and i + 1 < len(nw)):
            return " ".join(words[i:])
    return raw


# ---------------------------------------------------------------- keys
def _is_native(word: str, given: bool = False) -> bool:
    """A native Arabic name word? ``given``: it opens a longer name, where an article means a
    foreign name (أليكسيس، ألكسندر، آلان) — Arabic given names never take ال, family names do."""
    if word in _native() or word.startswith("عبد") or word.endswith("الله"):
        return True
    return word.startswith("ال") and not given


def _drop_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 and word != "الله" else word


@lru_cache(maxsize=200_000)
def _per_word(word: str, given: bool = False) -> str:
    w = _fold(word)
    if _is_native(w, given):
        return _drop_article(w)
    return skeleton(w) or w


def _word_keys(toks: list[str]) -> tuple[str, ...]:
    """Per-word keys of a person's name, for matching a surname against a full name."""
    toks = _split_nasab(toks)
    return tuple(_per_word(w, i == 0 and len(toks) > 1) for i, w in enumerate(toks))


def _plain_words(toks: list[str]) -> tuple[str, ...]:
    return tuple(_drop_article(_fold(w)) for w in _split_nasab(toks))


def _split_nasab(toks: list[str]) -> list[str]:
    # "بنعمر" is "بن عمر" glued; split only when the rest is a known Arabic name (بنيامين is not)
    out = []
    for i, w in enumerate(toks):
        if i and w.startswith("بن") and len(w) > 4 and w[2:] in _native():
            out += ["بن", w[2:]]
        else:
            out.append(w)
    return out


def _org_word(word: str) -> str:
    # غ/ج both write Latin g (البنتاغون / البنتاجون, غوغل / جوجل); ق and ك stay: native words
    return _fold(word).replace("غ", "ج")


def key_of(toks: list[str], typ: str) -> str:
    g = _type_group(typ)
    if not toks:
        return ""
    if g == "PER":
        if len(toks) == 1:
            # a name of one word: keep the article (تركي is a given name, التركي a family name or
            # "the Turkish") and skip a skeleton of under three consonants (كيري "gr" ~ كير، قري)
            w = _fold(toks[0])
            k = w if _is_native(w) else skeleton(w)
            return "PER:" + (k if len(k) >= 3 and not _is_native(w) else w)
        parts: list[str] = []
        prev_foreign = False
        toks = _split_nasab(toks)
        for i, w in enumerate(toks):
            if w in ("بن", "ابن") and i + 1 < len(toks):
                continue  # جمال بن عمر / جمال بنعمر: the nasab particle is glued or not
            if i and toks[i - 1] in ("بن", "ابن"):
                parts.append("بن" + _drop_article(_fold(w)))
                prev_foreign = False
                continue
            given = i == 0 and len(toks) > 1
            k = _per_word(w, given)
            foreign = not _is_native(_fold(w), given)
            # runs of foreign words are one string: بان كي مون / بان كيمون, شي جين بينغ / شي جينبينغ
            if foreign and prev_foreign:
                parts[-1] += k
            else:
                parts.append(k)
            prev_foreign = foreign
        return "PER:" + " ".join(parts)
    words = [_org_word(w) for w in toks]
    words[0] = _drop_article(words[0])
    return g + ":" + " ".join(words)


def _ortho(toks: list[str]) -> str:
    if not toks:
        return ""
    words = [_fold(w) for w in toks]
    words[0] = _drop_article(words[0])
    return " ".join(words)


def mention_key(text: str, typ: str) -> str:
    """The identity key of a mention seen without document context (alias id or spelling key)."""
    toks = clean(text, typ)
    a = _alias_lookup(toks, typ)
    return ("alias:" + a) if a else key_of(toks, typ)


# ---------------------------------------------------------------- alias table
@lru_cache(maxsize=None)
def _alias_rows() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    out = {}
    for row in resources.table("aliases.tsv"):
        if len(row) < 4:
            continue
        cid, lat, typ, *variants = row
        out[cid] = (lat, typ, tuple(v for v in variants if v))
    return out


@lru_cache(maxsize=None)
def _alias_index() -> tuple[dict[str, str], dict[str, str]]:
    by_ortho: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for cid, (_, typ, variants) in _alias_rows().items():
        for v in variants:
            toks = _tokens(v)
            by_ortho.setdefault(_ortho(toks), cid)
            k = key_of(toks, typ)
            # a skeleton of one short word (كيري → "gr") would catch unrelated names: exact only
            if _type_group(typ) != "PER" or len(toks) > 1 or len(k) >= 8:
                by_key.setdefault(k, cid)
    return by_ortho, by_key


@lru_cache(maxsize=None)
def _alias_forms() -> frozenset[str]:
    forms = set()
    for _, _, variants in _alias_rows().values():
        for v in variants:
            toks = _tokens(v)
            forms.add(" ".join(toks))
            forms.add(_ortho(toks))
    return frozenset(forms)


@lru_cache(maxsize=None)
def _alias_by_eid() -> dict[str, str]:
    return {entity_id_for("alias:" + cid): cid for cid in _alias_rows()}


def _alias_lookup(toks: list[str], typ: str) -> Optional[str]:
    if not toks:
        return None
    by_ortho, by_key = _alias_index()
    cid = by_ortho.get(_ortho(toks))
    if cid:
        # a person and an organisation can share letters (حماس is a group; نصر الله a person)
        atyp = _type_group(_alias_rows()[cid][1])
        if atyp == _type_group(typ) or "PER" not in (atyp, _type_group(typ)):
            return cid
    return by_key.get(key_of(toks, typ))


# ---------------------------------------------------------------- within a document
_GLOSS = re.compile(r"\s*[\"”’»]?\s*(?:\(\s*([^()\n]{1,40}?)\s*\)|[-–—]\s*([^\s،,.()\-–—][^،,.()\n]{0,25}?)\s*(?=[،,.)\n]|$))")


@lru_cache(maxsize=None)
def _gloss_stop() -> tuple[str, ...]:
    return tuple(normalize(w) for w in resources.lines("resolve/gloss_stop.txt"))


def _acronym_ok(short: str, long_toks: list[str]) -> bool:
    s = short.replace(" ", "").replace(".", "")
    if re.fullmatch(r"[A-Z]{2,6}", s):
        return True
    s = normalize(s)
    words = [_drop_article(w) for w in long_toks if w not in ("و", "في", "من", "ل")]
    if not (2 <= len(s) <= 6) or len(words) < 2 or s[0] != words[0][0]:
        return False
    # every letter of the acronym in order, each word contributing at least its initial
    i = 0
    for w in words:
        if i < len(s) and w[0] == s[i]:
            i += 1
            while i < len(s) and s[i] in w[1:] and s[i] in "اوي":
                i += 1
    return i == len(s)


def _gloss_after(doc: Document, e: Entity) -> Optional[tuple[int, int, str, bool]]:
    m = _GLOSS.match(doc.text, e.end, min(len(doc.text), e.end + 60))
    if not m:
        return None
    g = 1 if m.group(1) is not None else 2
    x = m.group(g)
    if not x or re.search(r"\d", x) or len(x.split()) > 4:
        return None
    nx = normalize(x)
    if any(nx == s or nx.startswith(s + " ") for s in _gloss_stop()):
        return None
    return m.start(g), m.end(g), x, g == 2


def annotate(doc: Document) -> None:
    ents = [e for e in doc.entities if e.end > e.start]
    if not ents:
        return
    # pass 1: clean, with the document's own names as evidence for clitics
    raw_forms = {" ".join(_tokens(doc.text[e.start:e.end])) for e in ents}
    known = set(_alias_forms()) | {f for f in raw_forms if f}
    # titles out first so "الرئيس جو بايدن" makes "جو بايدن" known for "وبايدن"-like forms
    known |= {" ".join(_strip_titles(f.split())) for f in raw_forms if f}
    toks = [clean(doc.text[e.start:e.end], e.type, known) for e in ents]
    res: list[Optional[str]] = [None] * len(ents)  # resolved key per entity

    def own(i: int) -> str:
        a = _alias_lookup(toks[i], ents[i].type)
        return ("alias:" + a) if a else key_of(toks[i], ents[i].type)

    # pass 2: glosses and acronyms "(واع)", "- قسد": the gloss and its name are one identity
    gloss_map: dict[str, str] = {}  # ortho form of a gloss → resolved key of the glossed name
    for i, e in enumerate(ents):
        g = _gloss_after(doc, e)
        if not g or not toks[i]:
            continue
        gs, ge, x, dash = g
        # the bracket's name must be the whole bracket: in "إيران (روسيا والصين)" روسيا is not a gloss
        j = next((k for k, f in enumerate(ents) if gs <= f.start and f.end <= ge
                  and not doc.text[gs:f.start].strip(" \"“”«»'ـوبلفك") and not doc.text[f.end:ge].strip()), None)
        xt = clean(x, e.type)
        ax = _alias_lookup(xt, e.type) if xt else None
        ki = own(i)
        ai = ki[6:] if ki.startswith("alias:") else None
        if ai and ax and ai != ax:
            continue  # "العراق - إيران", "حزب الله (لبنان)": two known actors side by side, not a gloss
        if ax and _type_group(_alias_rows()[ax][1]) != _type_group(e.type):
            continue  # "بروكسل (الناتو)" names the alliance by its seat: a city is not the alliance
        same_group = j is not None and _type_group(ents[j].type) == _type_group(e.type)
        # a dash also joins pairs ("بغداد - واشنطن"), so it needs the letters of an acronym or the
        # alias table's word; a bracket may also hold a name NER found, of the same kind
        evidence = _acronym_ok(x, toks[i]) or (ax is not None and (ai == ax or not dash)) or (same_group and not dash)
        if not evidence:
            continue
        r = ki if ai else ("alias:" + ax) if ax else ki
        res[i] = r
        if j is not None:
            res[j] = r
        gloss_map[_ortho(xt)] = r
        gloss_map.setdefault(_ortho(toks[i]), r)

    # pass 3: short PER forms → the one full name of the document that ends with them
    full: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, e in enumerate(ents):
        # "سلمان بن عبدالعزيز" ends with the father's name, not a surname
        if _type_group(e.type) == "PER" and len(toks[i]) >= 2 and toks[i][-2] not in ("بن", "ابن", "بنت"):
            full[_plain_words(toks[i])].append(i)
    for i, e in enumerate(ents):
        if res[i] is not None or not toks[i]:
            continue
        o = _ortho(toks[i])
        if o in gloss_map:
            res[i] = gloss_map[o]
            continue
        if _type_group(e.type) != "PER":
            continue
        # one outlet spells a name one way: match spellings, not skeletons (رئيس ~ راس would)
        mine = _plain_words(toks[i])
        # only a one-word short form: in Arabic "علي عبدالله صالح" inside "أحمد علي عبدالله صالح" is
        # the father, not a short form of the son; and a lone given name (محمد) is nobody in particular
        if len(mine) != 1 or (_is_native(toks[i][0]) and not toks[i][0].startswith("ال")):
            continue
        cands = {k for k in full if len(k) > len(mine) and k[-len(mine):] == mine}
        if len(cands) == 1:
            target = full[cands.pop()][0]
            res[i] = res[target] or own(target)

    for i, e in enumerate(ents):
        k = res[i] or own(i)
        e.entity_id = entity_id_for(k) if k else None


# ---------------------------------------------------------------- corpus level
def latin(name: str, type: str = "PER") -> str:  # noqa: A002 - mirrors the export field
    """Latin form: the alias table's if it knows the name, else the actor dictionary's (جدة → Jeddah),
    else a readable romanisation."""
    toks = clean(name, type)
    a = _alias_lookup(toks, type)
    if a:
        return _alias_rows()[a][0]
    if name.isascii():
        return name.strip()
    shown = _display(name, type) if toks else name
    actor = actors.lookup(shown, type)
    return actor.latin if actor else _english_or_letters(shown, type)


def _english_or_letters(name: str, typ: str) -> str:
    """A name the dictionary does not hold: an institution's English composed from its words (وزارة الصحة
    الكويتية → Ministry of Health of Kuwait), else romanised letters."""
    if _type_group(typ) == "ORG":
        en = institutions_en.english(name)
        if en:
            return en
    return romanize(name)


def _cooc(rows_by_doc: dict, eid: str, docs: Iterable) -> set[str]:
    out: set[str] = set()
    for d in docs:
        out |= rows_by_doc[d]
    out.discard(eid)
    return out


def _top(counts: Counter) -> str:
    """The most frequent key, ties broken by the key itself: the same records whatever order the
    documents were stored in (Ray workers store them in completion order)."""
    return max(counts, key=lambda k: (counts[k], k))


def summarize(rows: Iterable[tuple], link_surnames: bool = True) -> list[dict]:
    """Export records ``{"entity_id", "name", "latin", "type", "variants", "documents", "mentions"}``
    from mention rows ``(entity_id, mention_text, type, document_id)``.

    Added fields: ``ids`` (every mention-level entity_id folded into this record — more than one
    only when a bare surname was linked), ``alias`` (the alias table's canonical id, or null) and ``actor``
    (the actor dictionary's entry for a place: id, kind, country, lat, lon; or null).
    """
    groups: dict[str, dict] = {}
    by_doc: dict = defaultdict(set)
    for eid, text, typ, did in rows:
        if not eid:
            continue
        g = groups.get(eid)
        if g is None:
            g = groups[eid] = {"variants": Counter(), "types": Counter(), "docs": set(), "n": 0}
        g["variants"][_display(text, typ)] += 1
        g["types"][typ] += 1
        g["docs"].add(did)
        g["n"] += 1
        by_doc[did].add(eid)

    alias_of = _alias_by_eid()
    target: dict[str, str] = {eid: eid for eid in groups}
    if link_surnames:
        _link_surnames(groups, by_doc, alias_of, target)

    merged: dict[str, list[str]] = defaultdict(list)
    for eid, t in target.items():
        merged[t].append(eid)
    out = []
    for t, eids in merged.items():
        variants: Counter = Counter()
        types: Counter = Counter()
        docs: set = set()
        n = 0
        for eid in eids:
            g = groups[eid]
            variants.update(g["variants"])
            types.update(g["types"])
            docs |= g["docs"]
            n += g["n"]
        # one variant per normalised spelling (مصر / مِصْر / مصـــر), the most frequent surface kept
        by_norm: dict[str, Counter] = defaultdict(Counter)
        for v, c in variants.items():
            by_norm[" ".join(normalize(v).split())][v] += c
        variants = Counter({_top(vs): sum(vs.values()) for vs in by_norm.values()})
        cid = alias_of.get(t)
        typ = _alias_rows()[cid][1] if cid else _top(types)
        # the name is the most frequent of the fullest variants (مصطفى الكاظمي over الكاظمي)
        most = max(len(v.split()) for v in variants)
        name = max((v for v in variants if len(v.split()) == most), key=lambda v: (variants[v], v))
        actor = None if cid else actors.lookup(name, typ)
        out.append({
            "entity_id": t,
            "name": name,
            "latin": _alias_rows()[cid][0] if cid else actor.latin if actor else _english_or_letters(name, typ),
            "actor": actor.attributes() if actor else None,
            "type": typ,
            "variants": sorted(variants, key=lambda v: (-variants[v], v)),
            "documents": sorted(docs, key=lambda d: (str(type(d)), d)),
            "mentions": n,
            "ids": sorted(eids),
            "alias": cid,
        })
    out.sort(key=lambda r: (-len(r["documents"]), -r["mentions"], r["entity_id"]))
    return out


@lru_cache(maxsize=None)
def _native_keys() -> frozenset[str]:
    return frozenset(_per_word(x) for x in _native())


def _link_surnames(groups: dict, by_doc: dict, alias_of: dict, target: dict) -> None:
    """A bare-surname PER entity (روجين) joins the one full-name PER entity ending with it, if they
    also share a co-occurring entity — two men called روجين rarely share both name and company."""
    n_docs = max(1, len(by_doc))
    df = {eid: len(g["docs"]) for eid, g in groups.items()}
    common = {eid for eid, c in df.items() if n_docs >= 4 and c > n_docs / 2}  # أمريكا co-occurs with all
    keys: dict[str, set[tuple[str, ...]]] = {}
    for eid, g in groups.items():
        if g["types"].most_common(1)[0][0] != "PER":
            continue
        ks = set()
        for v in g["variants"]:
            toks = clean(v, "PER")
            if toks:
                ks.add(_word_keys(toks))
        keys[eid] = ks
    by_last: dict[str, set[str]] = defaultdict(set)
    for eid, ks in keys.items():
        for k in ks:
            if len(k) >= 2 and k[-2] not in ("بن", "ابن", "بنت"):
                by_last[k[-1]].add(eid)
    for eid, ks in keys.items():
        if eid in alias_of or not ks or any(len(k) > 1 for k in ks):
            continue
        words = {k[0] for k in ks}
        if len(words) != 1:
            continue
        w = words.pop()
        if w in _native_keys() or (not w.startswith("ال") and len(w) < 3):
            continue  # a given name alone (محمد) is nobody in particular; a 2-letter skeleton is no one
        cands = by_last.get(w, set()) - {eid}
        if len(cands) != 1:
            continue
        c = next(iter(cands))
        shared = (_cooc(by_doc, eid, groups[eid]["docs"]) & _cooc(by_doc, c, groups[c]["docs"])) - common - {eid, c}
        if shared:
            target[eid] = c
