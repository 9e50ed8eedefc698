"""Quotation attribution, issue #27 helper q3: causes read on the in-domain TRAINING split and the store only
(no dev, no test). Every sentence is from benchmarks/data/indomain/train.jsonl (or the in-domain store, as
noted); each test failed before its rule."""
from __future__ import annotations

from conftest import one_quote, quote_doc, speaker_span

quotes, one, span = quote_doc, one_quote, speaker_span  # (tests/conftest.py)

# im-cff8a89056
HAWALA = ("عنوان الخبر\n\nوسعى رئيس الوزراء الحالي شياع السوداني للفوز بفترة ثانية في الانتخابات، حاول السوداني أن "
          "يقدم نفسه بوصفه القائد القادر على جعل العراق قصة نجاح بعد سنوات من عدم الاستقرار، قائلاً إنه اتخذ بعض "
          "الخطوات إزاء الأحزاب الراسخة التي جاءت به إلى السلطة.")


def test_participle_after_an_asyndetic_bare_verb_clause_speaks_for_its_subject():
    # before: the speaker was "شياع السوداني" of "وسعى" (the bare "حاول" read as no verb)
    from marsad.document import Entity
    k = HAWALA.index("حاول السوداني") + len("حاول ")
    doc = quotes(HAWALA, entities=[("شياع السوداني", "PER"), ("العراق", "LOC"),
                                   Entity(start=k, end=k + len("السوداني"), text="السوداني", type="PER")])
    q = one(doc, "قائلاً")
    assert q.speaker_start == HAWALA.index("حاول السوداني") + len("حاول ")
    assert "اتخذ بعض الخطوات" in q.content


# im-1e2aa9d434
ALMAHA = ("عنوان الخبر\n\nألمح الرئيس الأمريكي دونالد ترامب عبر تويتر الأربعاء إلى إمكانية اقتراب سحب القوات "
          "الأمريكية الموجودة في سوريا، إذ كتب أن الولايات المتحدة هزمت تنظيم \"الدولة الإسلامية\" في سوريا وأن "
          "ذلك الهدف كان المبرر الوحيد لوجوده هناك.")


def test_idh_kataba_explains_the_sentence_verb_whose_subject_speaks():
    # before: no quotation for "إذ كتب" (no subject after it; "ألمح" normalised like an article)
    doc = quotes(ALMAHA, entities=[("دونالد ترامب", "PER"), ("سوريا", "LOC")])
    q = one(doc, "كتب")
    assert q.speaker == "دونالد ترامب"
    assert q.content.startswith("الولايات المتحدة هزمت")


def test_idh_after_a_clause_with_no_speaking_subject_gives_none():
    # control (constructed from the store's shape): the sentence's verb has a thing for subject
    doc = quotes("عنوان الخبر\n\nألحقت الغارات أضرارا كبيرة بالمنازل، إذ قال إن الصواريخ سقطت قرب المدرسة.")
    assert all(q.speaker != "الغارات" for q in doc.quotes)


# im-633d8abd90 (eldiwan.org): the quotation marks are reversed, ”…“
REVERSED = ("عنوان الخبر\n\nوقال تلفزيون المسيرة الذي يديره الحوثيون عبر حسابه على تويتر ”سلاح الجو المسير يستهدف "
            "مصفاة شركة أرامكو في الرياض“.\nونقل التلفزيون عن متحدث عسكري حوثي قوله ”إنجاز سلاح الجو المسير بداية "
            "قوية في مرحلة جديدة من ردع العدوان“.\nوبحسب وكالة “رويترز”، لم يتسن الحصول على تعليق من مسؤولين سعوديين.")


def test_reversed_quotation_marks_bound_the_claim():
    # before: neither quotation was found (a ” was read as a closer only)
    doc = quotes(REVERSED, entities=[("المسيرة", "ORG"), ("أرامكو", "ORG"), ("رويترز", "ORG")])
    q = one(doc, "وقال")
    assert q.speaker == "تلفزيون المسيرة"
    assert q.content == "سلاح الجو المسير يستهدف مصفاة شركة أرامكو في الرياض"
    q = one(doc, "ونقل")
    assert q.speaker == "متحدث عسكري حوثي"
    assert q.content == "إنجاز سلاح الجو المسير بداية قوية في مرحلة جديدة من ردع العدوان"


def test_ordinary_marks_keep_their_pairing():
    # control (store): “…” stays paired; a ” closing one quotation never opens a reversed one
    doc = quotes("عنوان الخبر\n\nوأوضح البيان أن تصريحات قرداحي تمثل “حلقة جديدة من المواقف المستهجنة”، وقال "
                 "الوزير إن “الرياض لن تقبل ذلك”.")
    q = one(doc, "وأوضح")
    assert q.content == "تصريحات قرداحي تمثل “حلقة جديدة من المواقف المستهجنة”"


def test_a_noun_in_apposition_before_a_name_is_no_bare_verb():
    # store (doc 28 of the audit store): "، منزل الكاظمي،" is the object, not "a verb + its subject"; the first
    # version of the bare-verb rule gave "مضيفة" to الكاظمي
    from marsad.document import Entity
    text = ("عنوان الخبر\n\nوأعلنت قيادة العمليات المشتركة العراقية، أنّ رئيس الوزراء مصطفى الكاظمي تعرّض، فجر اليوم "
            "الأحد، لـ \"محاولة اغتيال فاشلة\" بواسطة \"طائرة مسيّرة مفخّخة\" استهدفت مكان إقامته في بغداد، مؤكّدة أنّه "
            "\"لم يصب بأذى وهو بصحة جيّدة\".\n\nواستهدفت طائرة مسيرة، منزل الكاظمي، كما سقط صاروخ كاتيوشا على منزله، "
            "ما أدى إلى وقوع إصابات في صفوف حماية المنزل، مضيفة أن إطلاق نار كثيف حصل قرب المنطقة الخضراء في بغداد.")
    k = text.index("منزل الكاظمي") + len("منزل ")
    doc = quotes(text, entities=[("مصطفى الكاظمي", "PER"),
                                 Entity(start=k, end=k + len("الكاظمي"), text="الكاظمي", type="PER")])
    assert one(doc, "مضيفة").speaker == "قيادة العمليات المشتركة العراقية"
