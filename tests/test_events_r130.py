"""Events, round 130 (a shared subject carried from an earlier clause of the sentence, issue #26): a conjoined verb
with no subject of its own shares the subject of the verb that heads its chain (actors._chain_subject). Two gaps
closed there: (1) the verb that opens the sentence carries a و of its own (وأضافت, وتستمر: the و ties the
sentence to the one before, it conjoins nothing inside it), so it was skipped as "a conjoined verb further down
the chain" and the chain found no head — the phrase right after the later verb (its object) stood as its doer;
the sentence's opening verb, past no content word, now heads the chain (not an auxiliary: وكان, وكانت); (2) the
head's subject right after it may stand in quote marks ('حيث تحالف “صالح” مع …'). Audit r21 rows 67 and 128, store
docs 318 and 507 (with guards from docs 378, 256 and 319); each test fails at main d341ade."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_the_sentence_opening_conjoined_verb_heads_the_chain():
    # store doc 318 (audit r21 row 67, r20 76, r2 92): the US Navy calls on Tehran to free the tanker; طهران, the
    # addressee right after ودعت, was taken as the caller
    text = ("وأضافت البحرية الأمريكية أن استيلاء القوة البحرية لحرس الثورة الإسلامية الإيرانية على الناقلة أدفانتج "
            "سويت يزعزع الأمن والاستقرار الإقليميين ودعت طهران إلى الإفراج الفوري عن الناقلة.")
    typ, source, target = _roles(text, "ودعت")
    assert (typ, source, target) == ("REQUEST", "البحرية الأمريكية", "طهران")
    # not past a quote mark: store doc 378, the downing told inside the officer's quoted words is no act of Reuters
    text = ("ونقلت رويترز عن مسؤول عسكري أميركي، إن “الهُجوم أحبط وأسقطت الطائرة قبل أن تبلغ هدفها، من دون وقوع "
            "إصابات أو أضرار في البنية التحتية”.")
    _typ, source, _target = _roles(text, "الهُجوم")
    assert source is None
    # only where a phrase after the verb was read as its doer: store doc 256, the that-clause's own subject stays
    text = ("وذكرت وكالة أنباء لبنان أنّ «العدوّ الإسرائيلي اخترق أجهزة بايجر محمولة للاتصالات وفجّرها عبر تقنيّة "
            "عالية».")
    _typ, source, _target = _roles(text, "وفجّرها")
    assert source == "العدوّ الإسرائيلي"


def test_the_head_subject_in_quote_marks_is_shared():
    # store doc 507 (audit r21 row 128): Saleh allied with the Houthis and fought Saudi Arabia; the coalition of the
    # clause before (حلف عربي تقوده السعودية) was taken as the fighter
    text = ("إلا أن الأحداث تطورت بعد ذلك، وتدخل حلف عربي تقوده السعودية لدعم الرئيس الرئيس هادي، حيث تحالف “صالح” "
            "مع “الحوثيين” الأعداء التاريخيين لمملكة آل سعود، وحارب ضد السعودية وحلفائها، قبل أن يعلن من يومين أنه "
            "ينبغي الحوار مع دول التحالف العربي، ما اعتبره الحوثيون خيانة.")
    typ, source, _target = _roles(text, "وحارب")
    assert (typ, source) == ("ASSAULT", "صالح")
    # a noun after a preposition heads no chain, quote marks or not: store doc 319, al-Abadi praised (not داعش)
    text = ("قال رئيس الوزراء العراقي حيدر العبادي في كلمة بثها التلفزيون إن عام 2016 سيكون عام الانتصار النهائي على "
            "تنظيم \"داعش\" في العراق وأشاد باستعادة السيطرة على مدينة الرمادي في غرب البلاد من التنظيم.")
    _typ, source, _target = _roles(text, "وأشاد")
    assert source == "حيدر العبادي"
