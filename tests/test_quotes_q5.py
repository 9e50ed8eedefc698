"""Quotation attribution, issue #27 helper q5: constructions read on the in-domain TRAINING split and the store
only (no dev, no test). Every sentence is from benchmarks/data/indomain/train.jsonl or the store of the in-domain
corpus (article noted); each test failed before its rule (checked on main 325449c)."""
from __future__ import annotations

from conftest import one_quote, quote_doc

quotes, one = quote_doc, one_quote  # (tests/conftest.py)

# im-f0c517a4e3 (train)
SIHHA = ("عنوان الخبر\n\nمن الجدير بالذكر أن انفجارات متزامنة وقعت في عدة مدن لبنانية، في 17 سبتمبر، وبحسب وزارة "
         "الصحة في البلاد، فقد أصيب 2800 شخص تم نقلهم إلى المستشفيات.")
# store, article 401 (im-c003d195ec, train)
SANAA = ("عنوان الخبر\n\nوسقط عدد كبير من القتلى والجرحى في واقعة استهداف قاعة العزاء، ووفقا لمصادر صحية بصنعاء فان "
         "نحو 105 اشخاص قتلوا واصيب ما يزيد عن 500 آخرين.")
# store, article 153
HOUTHI = ("عنوان الخبر\n\nوكانت الغارة استهدفت مراسم عزاء في العاصمة صنعاء، التي يسيطر عليها الحوثيون , وبحسب الاعلام "
          "الحوثي فإن طائرات حربية قصفت تجمع لمشيعين.")
# im-bacf8bd7f1 (train)
SAREE = ("عنوان الخبر\n\nأعلن المتحدث العسكري للحوثيين، يحيى سريع، في تغريدة على “تويتر”، اليوم الخميس، إطلاق صاروخ "
         "على منشأة تابعة لشركة “أرامكو” السعودية في مدينة جدة المطلة على البحر الأحمر.\n\nوذكر في تغريدته “القوة "
         "الصاروخية تتمكن بفضل الله من إستهداف شركة أرامكو السعودية في جده فجر اليوم بصاروخ مجنح نوع قدس2”.")


def test_mid_sentence_attribution_with_fa_qad_claims_what_follows():
    # before: the content was the clause before the comma ("من الجدير بالذكر أن انفجارات …")
    doc = quotes(SIHHA, entities=[("وزارة الصحة", "ORG")])
    q = one(doc, "وبحسب")
    assert q.speaker == "وزارة الصحة"
    assert q.content == "أصيب 2800 شخص تم نقلهم إلى المستشفيات"


def test_mid_sentence_attribution_with_fa_inna_after_a_place():
    # before: the content was the clause before, up to the phrase ("وسقط عدد كبير … ووفقا لمصادر صحية")
    doc = quotes(SANAA)
    q = one(doc, "ووفقا")
    assert q.speaker.startswith("مصادر صحية")
    assert q.content.startswith("نحو 105 اشخاص قتلوا")


def test_mid_sentence_attribution_with_fa_inna():
    # before: the content was "وكانت الغارة استهدفت مراسم عزاء … , وب…"
    doc = quotes(HOUTHI)
    q = one(doc, "وبحسب")
    assert q.content.startswith("طائرات حربية قصفت")


def test_trailing_attribution_still_claims_the_clause_before():
    # control (train im-f0c517a4e3's construction without the opener): "…، بحسب X." ends its claim
    doc = quotes("عنوان الخبر\n\nوأصيب 2800 شخص تم نقلهم إلى المستشفيات، بحسب وزارة الصحة في البلاد.",
                 entities=[("وزارة الصحة", "ORG")])
    q = one(doc, "بحسب")
    assert q.content.startswith("وأصيب 2800 شخص")


def test_subjectless_cue_after_a_stand_with_no_quotation_yet():
    # before: no quotation for "وذكر" (no speaker quoted yet to carry)
    doc = quotes(SAREE, entities=[("حوثيين", "ORG"), ("يحيى سريع", "PER"), ("أرامكو", "ORG")])
    q = one(doc, "وذكر")
    assert q.speaker == "يحيى سريع"
    assert q.content.startswith("القوة الصاروخية تتمكن")


def test_subjectless_cue_after_a_plain_sentence_stays_unattributed():
    # control: a sentence with no stand-taking verb before gives no one to carry
    doc = quotes("عنوان الخبر\n\nسقط صاروخ على منشأة تابعة لشركة “أرامكو” السعودية في مدينة جدة.\n\nوذكر في "
                 "تغريدته “القوة الصاروخية تتمكن بفضل الله من إستهداف شركة أرامكو السعودية”.",
                 entities=[("أرامكو", "ORG")])
    assert not [q for q in doc.quotes if q.cue == "وذكر"]
