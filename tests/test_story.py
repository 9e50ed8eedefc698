"""The story across sources, on the real seed articles: disagreements with their sources, framing per
outlet, duplicate groups, the time axis, and the ``marsad story`` command."""
from __future__ import annotations

import gzip
import itertools
import json

import pytest

from marsad import pipeline
from marsad.corpus import dedup, framing
from marsad.corpus.story import story_of

from conftest import DATA, SEEDS, run_cli


@pytest.fixture(scope="module")
def seed_docs():
    if not SEEDS.is_dir():
        pytest.skip("seed corpus not available")
    from marsad.ingest import read_path

    docs = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt")), start=1):
        doc = next(d for d in read_path(str(path)))
        doc.id = i
        pipeline.run(doc)
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def story(seed_docs):
    return story_of(seed_docs)


def _by_id(docs):
    return {d.id: d for d in docs}


def _seed(docs, prefix):
    return next(d for d in docs if d.source and d.source.split("/")[-1].startswith(prefix))


def test_withdrawal_plan_length_five_years_against_two(story, seed_docs):
    d000, d001 = _seed(seed_docs, "000"), _seed(seed_docs, "001")
    group = next(g for g in story["disagreements"] if g["topic"].startswith("مدة خطة الانسحاب"))
    assert "العراق" in group["topic"]
    values = {(c["document"], c["value"]) for c in group["claims"]}
    assert (d000.id, "P5Y") in values and (d001.id, "P2Y") in values
    docs = _by_id(seed_docs)
    for c in group["claims"]:  # every claim is evidence: its offsets give back its text
        assert docs[c["document"]].text[c["start"]:c["end"]] == c["text"]
        ev = docs[c["document"]].text[c["evidence_start"]:c["evidence_end"]]
        assert ev in ("خمسة أعوام", "عامين", "عامان")
    two = next(c for c in group["claims"] if "في غضون عامين" in c["text"])
    assert "مصادر" in two["source"]  # Rogin's unnamed sources, through Enab Baladi


def test_syria_mission_foreign_policy_against_cnn(story, seed_docs):
    group = next(g for g in story["disagreements"] if g["kind"] == "statement" and "سوريا" in g["topic"])
    fp = next(c for c in group["claims"] if "فورين بوليسي" in c["source"])
    cnn = next(c for c in group["claims"] if "CNN" in c["source"])
    assert "لم يعد مهتمًا بمواصلة المهمة" in fp["text"] and fp["value"] == "انسحاب"
    assert "لا تفكر في سحب القوات من سوريا" in cnn["text"] and cnn["value"].startswith("لا انسحاب")
    assert fp["source"].startswith("عنب بلدي")


def test_no_disagreement_from_bare_mentions(story, seed_docs):
    # seeds 002-004 talk about the withdrawal throughout, but take no opposed positions with a
    # negation cue on one shared place: nothing of theirs may be called a disagreement
    quiet = {_seed(seed_docs, p).id for p in ("002", "003", "004")}
    for g in story["disagreements"]:
        assert not {c["document"] for c in g["claims"]} & quiet, g["topic"]


def _counts(fr, group, frame):
    g = next(x for x in fr["groups"] if x["group"] == group)
    f = next((x for x in g["frames"] if x["frame"] == frame), None)
    return f["counts"] if f else {}


def test_framing_contrasts_the_outlets(story):
    fr = story["framing"]
    occupation = _counts(fr, "us_forces", "occupation")
    coalition = _counts(fr, "us_forces", "coalition")
    resistance = _counts(fr, "armed_groups", "resistance")
    militias = _counts(fr, "armed_groups", "militias")
    # Al-Binaa says occupation and resistance; Enab Baladi says coalition and militias
    assert occupation.get("البناء", 0) >= 5 and resistance.get("البناء", 0) >= 5
    assert coalition.get("عنب بلدي", 0) >= 5 and militias.get("عنب بلدي", 0) >= 2
    assert occupation.get("عنب بلدي", 0) == 0 and coalition.get("البناء", 0) == 0
    assert _counts(fr, "islamic_state", "daesh").get("المطلع", 0) >= 1
    g = next(x for x in fr["groups"] if x["group"] == "us_forces")
    ex = next(f for f in g["frames"] if f["frame"] == "occupation")["examples"]
    assert any(e["outlet"] == "البناء" and e["term"] in e["sentence"] for e in ex)


def test_framing_skips_proper_names_and_direct_quotes():
    from marsad.document import Document, Quote

    text = 'وقال القيادي إن "فصائل المقاومة لن تسمح ببقاء القوات الأجنبية في العراق" بعد مقتل رئيس حركة المقاومة الإسلامية.'
    q0 = text.index("فصائل")
    doc = Document(text=text, quotes=[Quote(start=0, end=len(text), content="", direct=True,
                                            content_start=q0, content_end=text.index('" بعد'))])
    occ = framing.occurrences(doc)
    res = [o for o in occ if o["frame"] == "resistance"]
    assert len(res) == 1 and res[0]["voice"] == "quoted"  # the Hamas name is not counted at all


def _snn_lines(wanted):
    path = DATA / "news" / "saudinewsnet.jsonl.gz"
    if not path.exists():
        pytest.skip("SaudiNewsNet not available")
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(itertools.islice(f, max(wanted) + 1)):
            if i in wanted:
                r = json.loads(line)
                out[i] = (r["title"] or "") + "\n" + r["content"]
    return out


def test_dedup_groups_a_republished_story_not_a_template(seed_docs):
    d001, d003 = _seed(seed_docs, "001"), _seed(seed_docs, "003")
    # the same article republished by another site: its own header, byline and footer
    republished = ("الرئيسية » أخبار » العراق\nنشر في 23 آب 2024 | المحرر السياسي\n\n" + d001.text
                   + "\n\nاقرأ أيضا: العراق يستعد لانتخابات مجالس المحافظات\nشارك الخبر على تويتر فيسبوك واتساب")
    # SaudiNewsNet: one stock-market close told by two outlets (one adds "عين اليوم – الرياض"),
    # and the daily weather report of two days (one template, two stories)
    snn = _snn_lines({9976, 11117, 27321, 27697})
    texts = [d001.text, republished, d003.text] + [snn[k] for k in sorted(snn)]
    pairs = dedup.duplicate_pairs(texts)
    groups = dedup.groups(len(texts), pairs)
    together = {frozenset((i, j)) for g in groups for i in g for j in g if i < j}
    assert frozenset((0, 1)) in together
    assert frozenset((0, 2)) not in together and frozenset((1, 2)) not in together
    lines = sorted(snn)
    idx = {k: 3 + n for n, k in enumerate(lines)}
    assert frozenset((idx[9976], idx[11117])) in together, "stock close republished"
    assert frozenset((idx[27321], idx[27697])) not in together, "two days' weather reports"


def test_timeline_is_ordered_and_flags_estimated_dates(story, seed_docs):
    items = story["timeline"]
    assert len(items) >= 20
    keys = [it["date"].split("/")[0] for it in items]
    assert keys == sorted(keys, key=lambda v: (v + "-01-01")[:10])
    d001 = _seed(seed_docs, "001")
    ryder = next(i for i, it in enumerate(items) if it["document"] == d001.id and "2023-11-27" in it["date"])
    fp = next(i for i, it in enumerate(items) if it["document"] == d001.id and it["date"] == "2024-01-25")
    assert ryder < fp
    # Enab Baladi's date is estimated from its text, so what is anchored on it is flagged
    assert items[fp]["date_basis"] == "estimated"
    assert all(it["date_basis"] in ("text", "estimated", "published") for it in items)


def test_story_command_json(tmp_path, seeds_dir):
    db = tmp_path / "story.db"
    r = run_cli("analyze", seeds_dir, "--db", db, "--quiet")
    assert r.returncode == 0, r.stderr
    r = run_cli("story", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    st = json.loads(r.stdout)
    assert set(st) >= {"timeline", "disagreements", "framing", "duplicates"}
    for g in st["disagreements"]:
        assert g["topic"] and len(g["claims"]) >= 2
        for c in g["claims"]:
            assert {"document", "text", "source", "value", "start", "end"} <= set(c)
    r = run_cli("story", "--db", db)
    assert r.returncode == 0 and "Disagreements" in r.stdout and "البناء" in r.stdout


def test_fast_matching_agrees_with_the_plain_definitions(seed_docs):
    # the prefix sets and the first-word index must match exactly what _word_matches would
    from marsad.corpus import claims as C

    lex = C.lexicon()
    for doc in seed_docs[:2]:
        words = C._words(doc.text, 0, len(doc.text))
        for w in words[:400]:
            for k, (topic, pole, terms) in enumerate(lex.stances):
                assert C._word_matches(w.forms, terms[0]) == (k in C._first_words(w, lex.stance_index))


def test_blocking_keeps_every_clashing_pair(seed_docs):
    # disagreements() compares only claims sharing a (measure|topic, place) key: no clashing pair is lost
    from marsad.corpus import claims as C

    cands = [c for d in seed_docs for c in C.extract(d) if c.figures or c.stances]
    brute = [(i, j) for i in range(len(cands)) for j in range(i + 1, len(cands))
             if any(x[0] == "disagree" for x in C._candidate(cands[i], cands[j]))]
    blocked = [(i, j) for i, j in C._blocked_pairs(cands)
               if any(x[0] == "disagree" for x in C._candidate(cands[i], cands[j]))]
    assert brute and blocked == brute


def test_span_words_equal_a_fresh_tokenisation(seed_docs):
    from marsad.corpus import claims as C

    doc = seed_docs[0]
    dw = C._words(doc.text, 0, len(doc.text))
    starts = [w.start for w in dw]
    for sn in C._split(doc.text):
        a = C._span_words(doc.text, dw, starts, sn.start, sn.end)
        b = C._words(doc.text, sn.start, sn.end)
        assert [(w.start, w.end, w.norm) for w in a] == [(w.start, w.end, w.norm) for w in b]
        assert len({x.clause - y.clause for x, y in zip(a, b)}) <= 1


# -- issue #27: only true disagreements, each saying why --------------------------------------------
def _snn_docs(tmp_path_factory, wanted):
    """SaudiNewsNet articles read and analysed as ``marsad analyze`` stores them (ids 1, 2, ...)."""
    from marsad.ingest import read_path

    path = DATA / "news" / "saudinewsnet.jsonl.gz"
    if not path.exists():
        pytest.skip("SaudiNewsNet not available")
    raw = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(itertools.islice(f, max(wanted) + 1)):
            if i in wanted:
                raw[i] = line
    out = {}
    d = tmp_path_factory.mktemp("snn")
    for n, i in enumerate(sorted(wanted), start=1):
        p = d / f"{i}.jsonl"
        p.write_text(raw[i], encoding="utf-8")
        doc = next(read_path(str(p)))
        doc.id = n
        out[i] = pipeline.run(doc)
    return out


@pytest.fixture(scope="module")
def snn(tmp_path_factory):
    # 9200: Al-Riyadh's Yemen round-up (25, 16 and 15 killed in Taiz, each in its own clash or strike);
    # 22500: Al-Watan, 73 civilians killed in a strike on the Mokha compounds; 5100: Guantanamo (2 of
    # the detainees, "7 من أصل 115"); 12500 / 27500: the PKK's "no meaning left to the truce" and a
    # party's call on the PKK to commit to the ceasefire
    return _snn_docs(tmp_path_factory, {5100, 9200, 12500, 22500, 27500})


def test_tolls_listed_side_by_side_are_not_a_disagreement(snn):
    from marsad.corpus import claims as C

    doc = snn[9200]
    assert "تعز" in doc.text and "قتل قرابة 25" in doc.text
    figs = [f for c in C.extract(doc) for f in c.figures if f.measure == "killed" and "تعز" in f.places]
    assert {25.0, 16.0} <= {f.value for f in figs}
    # several tolls for one place in one article: each is flagged, and told by its incident
    assert all(f.listed for f in figs)
    assert {"clashes", "strike"} <= {f.incident for f in figs}
    assert story_of([doc])["disagreements"] == []


def test_different_incidents_in_one_city_across_outlets(snn):
    # Al-Watan's 73 civilians killed and 93 wounded in a strike are not Al-Riyadh's tolls of clashes
    # or of a shell on a water queue in another district of Taiz
    st = story_of([snn[9200], snn[22500]])
    assert not [g for g in st["disagreements"] if "تعز" in g["topic"]]


def test_a_base_and_a_date_are_not_figures_or_sources(snn):
    from marsad.corpus import claims as C

    doc = snn[5100]
    cs = C.extract(doc)
    base = [f for c in cs for f in c.figures if f.value == 115.0]
    assert base and all(f.part for f in base)  # "7 من أصل 115 معتقلا": the whole, never compared
    assert not any("تاريخ محدد" in c.source for c in cs)  # "وفقا لتاريخ محدد" cites no one
    assert story_of([doc])["disagreements"] == []


def test_a_call_for_a_ceasefire_is_not_a_stance(snn):
    from marsad.corpus import claims as C

    call = [s for c in C.extract(snn[27500]) for s in c.stances if s.topic == "ceasefire"]
    assert call and all(s.modal for s in call)  # "ندعو ... يجب أن ... يعلن التزامه بوقف إطلاق النار"
    st = story_of([snn[12500], snn[27500]])
    assert not [g for g in st["disagreements"] if g["kind"] == "statement"]


def test_each_disagreement_says_why(story):
    plan = next(g for g in story["disagreements"] if g["topic"].startswith("مدة خطة الانسحاب"))
    assert plan["keys"]["measure"] == "withdrawal_period" and plan["keys"]["place"] == ["العراق"]
    assert set(plan["keys"]["values"]) == {"P5Y", "P2Y"} or "P5Y" in " ".join(plan["keys"]["values"])
    assert "العراق" in plan["why"]
    syria = next(g for g in story["disagreements"] if g["kind"] == "statement" and "سوريا" in g["topic"])
    k = syria["keys"]
    assert k["topic"] == "withdrawal" and k["place"] == ["سوريا"] and sorted(k["poles"]) == [-1, 1]
    # one article (Enab Baladi) citing two sources: both named in the keys
    assert k["same_document"] and len([s for s in k["sources"] if "CNN" in s]) == 1
    assert all(s.startswith("عنب بلدي → ") for s in k["sources"])
    assert "one article citing two sources" in syria["why"]


def test_one_article_without_two_sources_has_no_disagreement():
    from marsad.document import Document

    text = ("قتل 25 شخصا في مواجهات بمدينة تعز اليمنية يوم الخميس.\n\n"
            "وفي حادث آخر، قتل 15 شخصا في قصف على مدينة تعز يوم الجمعة.")
    doc = pipeline.run(Document(text=text, outlet="الرياض", published="2015-07-25", id=1))
    assert story_of([doc])["disagreements"] == []


def test_framing_rows_name_their_coalition(story, snn):
    fr = story["framing"]
    g = next(x for x in fr["groups"] if x["group"] == "us_forces")
    row = next(f for f in g["frames"] if f["frame"] == "coalition")
    assert "US-led" in row["names"]
    # Al-Riyadh on Yemen: "طيران التحالف" is the Saudi-led coalition, never counted as US forces
    occ = framing.occurrences(snn[9200])
    coalition = [o for o in occ if o["frame"] == "coalition"]
    assert coalition and all(o["group"] == "saudi_coalition" for o in coalition)
    fr2 = framing.framing([snn[9200]])
    row2 = next(f for x in fr2["groups"] if x["group"] == "saudi_coalition" for f in x["frames"]
                if f["frame"] == "coalition")
    assert "Saudi-led" in row2["names"]
    assert not any(x["group"] == "us_forces" and any(f["frame"] == "coalition" for f in x["frames"])
                   for x in fr2["groups"])
    assert "Saudi-led" in "\n".join(framing.table_lines(fr2))
