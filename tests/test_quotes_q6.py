"""Quotation attribution, issue #27 helper q6: facts that are no quotation at all, from the quote audit round 10
(benchmarks/data/indomain/audit_quotes_r10.tsv, drawn at dac5311), each a construction of the language that recurs in
the in-domain corpus (no dev, no test read). Every sentence is from the store of the in-domain corpus (article
noted, the store's numbering; audit row given); each test failed before its rule (checked on main d153c95)."""
from __future__ import annotations

from conftest import quote_doc

quotes = quote_doc  # (tests/conftest.py)

# store, article 15 (thenewkhalij.news), audit r10 row 50
NAQL_PASSIVE = ("عنوان الخبر\n\nوقال المتحدث الرسمي إن المقذوف أسفر عن مقتل ثلاثة أشخاص. وأضاف أنه تم نقل المصابين "
                "إلى المستشفى لتلقي العلاج اللازم، دون أن يحدد درجة إصابتهم.")
# store, article 421 (hespress), audit r10 row 54
YAJRI = ("عنوان الخبر\n\nوأورد الحاضري: \"المراكز الصحية في ضحيان بسيطة، لذلك يجري نقل معظم الجرحى إلى مدينة "
         "صعدة\"، مشددا على أن \"مستشفيات المنطقة لن تتحمل هذا العدد الكبير من المصابين\".")
# store, article 507 (alnnas.ly), audit r10 row 146
RELATIVE = ("عنوان الخبر\n\nوأكد مسؤولون في حزب المؤتمر الشعبي العام الذي كان يتزعمه “صالح” مقتله خارج صنعاء. وقتل "
            "معه “ياسر العواضي” الأمين العام المساعد للحزب.")
# store, article 364 (arabic.china.com), audit r10 row 64
DECREE = ("عنوان الخبر\n\nأصدر الرئيس اليمني عبد ربه منصور هادي اليوم (الخميس) إعلانا رئاسيا يقضى بتشكيل \"مجلس "
          "قيادة رئاسي\" ونقل صلاحياته إليه، لاستكمال \"تنفيذ مهام المرحلة الانتقالية\".")
# store (im-58f638447f): "نقل" without "عن" but with a clause still reports (control)
SANA = ("عنوان الخبر\n\nونقلت وكالة الأنباء السورية (سانا) أن \"عدواناً تركياً\" بدأ على منطقة رأس العين شمال سوريا.")
# store, article 101 (masress.com), audit r10 row 11
PUTIN = ("عنوان الخبر\n\nورد الرئيس الروسي، فلاديمير بوتين، بالقول \"إنه يتوقع حربا إعلامية\". في المقابل، تؤكد "
         "موسكو أنها تستهدف \"داعش\".")


def test_verbal_noun_after_tamma_is_no_cue():
    # before: "نقل" a cue, "المصابين" its speaker, "دون أن يحدد درجة إصابتهم" its content
    doc = quotes(NAQL_PASSIVE)
    assert [q.cue for q in doc.quotes] == ["وقال", "وأضاف"]


def test_verbal_noun_after_yajri_is_no_cue():
    # before: "نقل" a cue with "معظم الجرحى" (inside الحاضري's quotation) as its speaker
    doc = quotes(YAJRI, entities=[("الحاضري", "PER")])
    assert "نقل" not in [q.cue for q in doc.quotes]
    assert {q.speaker for q in doc.quotes} == {"الحاضري"}


def test_marks_in_a_relative_clause_on_the_subject_are_no_quoted_complement():
    # before: "وأكد" with content "الذي كان يتزعمه “صالح” مقتله خارج صنعاء" (a noun complement, no claim)
    doc = quotes(RELATIVE, entities=[("حزب المؤتمر الشعبي العام", "ORG")])
    assert "وأكد" not in [q.cue for q in doc.quotes]


def test_naql_without_an_and_a_clause_moves_not_relays():
    # before: "ونقل" a cue of هادي with the scare-quoted "تنفيذ مهام المرحلة الانتقالية" as content
    doc = quotes(DECREE, entities=[("عبد ربه منصور هادي", "PER")])
    assert "ونقل" not in [q.cue for q in doc.quotes]


def test_naql_with_a_clause_still_reports():
    doc = quotes(SANA, entities=[("وكالة الأنباء السورية", "ORG")])
    assert [q.cue for q in doc.quotes] == ["ونقلت"]


def test_object_after_a_cue_with_a_pronoun_subject_is_no_speaker():
    # before: "يتوقع" with "حربا إعلامية" as its speaker and ". في المقابل، تؤكد موسكو …" as content
    doc = quotes(PUTIN, entities=[("فلاديمير بوتين", "PER"), ("موسكو", "LOC")])
    assert "حربا إعلامية" not in [q.speaker for q in doc.quotes]
    assert "يتوقع" not in [q.cue for q in doc.quotes]


# store, article 478 (the relay "فيما نقل المركز الخبري … عن …"), audit r10 row 139
ASADI = ("عنوان الخبر\n\nوقال الفريق شغاتي في مؤتمر صحفي إن \"قوات جهاز مكافحة الارهاب خاضت معارك عنيفة\". فيما نقل "
         "المركز الخبري لشبكة الاعلام العراقي (المملوك للدولة) عن قائد قوات جهاز مكافحة الارهاب الفريق الركن "
         "عبدالغني الأسدي، قوله إن \"الجهاز دخل المنطقة الصناعية في كوكجلي\".")
# store, article 423, audit r10 row 59
SABA = ("عنوان الخبر\n\nشنت القوات الجوية الأمريكية غارات على صعدة اليمنية، مستهدفة مواقع للحوثيين، ونفت وكالة سبأ "
        "مزاعم ترامب بأن الغارات استهدفت اجتماعاً عسكرياً، مؤكدة أن الفيديو يظهر فعالية عيدية.")


def test_cue_after_the_comma_of_a_relayed_source_is_no_name():
    # before: "قوله" taken for the name after the comma, a defect, and شغاتي of the sentence before carried
    doc = quotes(ASADI, entities=[("شغاتي", "PER"), ("عبدالغني الأسدي", "PER")])
    q = [q for q in doc.quotes if q.cue == "نقل"][0]
    assert q.speaker == "عبدالغني الأسدي"


def test_claim_noun_after_a_name_is_the_object_not_the_speaker():
    # before: the speaker ran on into the object, "وكالة سبأ مزاعم ترامب"
    doc = quotes(SABA, entities=[("وكالة سبأ", "ORG"), ("ترامب", "PER")])
    q = [q for q in doc.quotes if q.cue == "ونفت"][0]
    assert q.speaker == "وكالة سبأ"
