"""The Python API mirrors the CLI: marsad.analyze(text_or_path) -> Document, marsad.open(db)."""
import pytest

import marsad

from conftest import SEEDS


def test_analyze_text_gives_spans_over_the_text():
    text = ("وقال السكرتير الصحفي لـ”البنتاجون“، العميد بات رايدر، خلال مؤتمر صحفي مسجل، في 27 من تشرين الثاني"
            " 2023، إن وكلاء إيران يستغلون “الحرب” الدائرة في غزة لدفع أمريكا نحو الانسحاب من سوريا والعراق.")
    doc = marsad.analyze(text)
    assert doc.text == text
    assert ("البنتاجون", "ORG") in {(e.text, e.type) for e in doc.entities}
    assert {"غزة", "سوريا", "العراق"} <= {e.text for e in doc.entities if e.type == "LOC"}
    assert [t.value for t in doc.times] == ["2023-11-27"]
    for span in doc.entities + doc.times + doc.quotes:
        assert 0 <= span.start < span.end <= len(text)
    q = next(q for q in doc.quotes if q.content.startswith("وكلاء إيران يستغلون"))
    assert q.content.endswith("من سوريا والعراق")
    # the speaker is the name; the title before it is kept apart, and the span covers both
    assert q.speaker == "بات رايدر" and q.speaker_title.startswith("السكرتير الصحفي")
    assert text[q.speaker_start:q.speaker_end].startswith("السكرتير الصحفي")


def test_analyze_path_reads_and_cleans_a_seed():
    path = next(SEEDS.glob("001_*.txt"))
    doc = marsad.analyze(path)
    assert doc.outlet == "عنب بلدي" and "ادعم عنب بلدي" not in doc.text
    assert any(e.text == "جوش روجين" and e.type == "PER" for e in doc.entities)


def test_analyze_refuses_a_bad_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(ValueError, match="empty.txt: empty file"):
        marsad.analyze(bad)


def test_open_store_add_and_search(tmp_path):
    store = marsad.open(str(tmp_path / "api.db"))
    doc = marsad.analyze(next(SEEDS.glob("003_*.txt")))
    assert store.add(doc) is not None and store.add(doc) is None
    hits = store.search("الكاظمي")["hits"]
    assert len(hits) == 1 and store.get(hits[0]["id"]).entities
    store.close()
