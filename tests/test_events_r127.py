"""Events, round 127 (the other party after مع as the target of a two-sided act, issue #26): the actor after the مع
that complements an act noun itself is the act's other party, its target, for the types whose acts two sides do
together (roles.tsv two_sided: AGREE, CONSULT, COOPERATE) and for a truce (roles.tsv RETREAT with_party_heads: هدنة,
وقف إطلاق النار, تهدئة; GUIDELINES: a RETREAT's target is the other party of a truce). The مع stands right after the
noun, or past its adjectives, its doer's genitive (a name, a title, an actor) or a time (actors._with_party); the
مع of a later noun is not the act's ("انسحاب واشنطن من الاتفاق النووي مع طهران": the agreement's), nor one that
names no party ("مع بعض الإشكاليات"). The parties of such an act are not ordered, so a later telling that names
the earlier one's parties in the other order is a repeat (detect.repeats). Sentences of the in-domain store (round
125's findings, audit r21 row 4, the store change of doc 118); each test fails at main bd2edc0."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_truce_takes_its_other_party_after_ma_as_target():
    # store doc 185: the PKK announced the end of its truce with the Turkish authorities
    text = "الغارات التركية دفعت حزب العمال الكردستاني للإعلان رسميا عن انتهاء الهدنة مع السلطات التركية."
    typ, _source, target = _roles(text, "الهدنة")
    assert (typ, target) == ("RETREAT", "السلطات التركية")
    # the same article goes on quoting the party: "إن الهدنة مع أنقرة فقدت أي معنى لها"
    text = ("إذ قال الحزب في بيان على موقعها الالكتروني، اليوم السبت، \"إن الهدنة مع أنقرة فقدت أي معنى لها بعد "
            "هذه الضربات الجوية المكثفة للجيش التركي المحتل\".")
    typ, _source, target = _roles(text, "الهدنة")
    assert (typ, target) == ("RETREAT", "أنقرة")


def test_a_ceasefire_after_an_agreement_noun_takes_the_party_after_ma():
    # store doc 372 (audit r21 row 4: the truce's other party, the SDF's commander, was left empty)
    text = ("بعد ساعات من إعلان وزير الدفاع مرهف أبو قصرة، التوصل لـ«اتفاق شامل» لوقف إطلاق النار مع قائد سورية "
            "الديمقراطية «قسد» مظلوم عبدي الذي وصل دمشق، ناقش الرئيس السوري أحمد الشرع، اليوم (الثلاثاء)، مع "
            "المبعوث الأمريكي إلى سورية توماس براك، آليات تنفيذ اتفاق «10 مارس» بين حكومة دمشق وقوات سورية "
            "الديمقراطية.")
    typ, _source, target = _roles(text, "لوقف إطلاق النار")
    assert typ == "RETREAT" and target is not None and "مظلوم عبدي" in target


def test_talks_take_the_party_after_ma_past_a_long_doer_genitive():
    # store doc 444: the Emir's meetings with the Yemeni parties (مع seven words after the noun, past its genitive)
    text = ("وقال الجارالله ، في تصريح للصحافيين عقب مشاركته في الاجتماع الرابع لكبار المدراء السياسيين في دول "
            "التحالف الدولي ضد تنظيم داعش “إن لقاءات أمير البلاد الشيخ صباح الأحمد الجابر الصباح مع الأطراف "
            "اليمنية أمس الثلاثاء، كانت مثمرة ومباركة حيث أعطى الأمير خلالها نصائحه وتوجيهاته لأعضاء الوفود "
            "اليمنية المشاركة في المشاورات”.")
    typ, source, target = _roles(text, "لقاءات")
    assert typ == "CONSULT" and "صباح الأحمد الجابر الصباح" in source and target == "الأطراف اليمنية"


def _agree_records(text: str) -> list[tuple]:
    from marsad.document import Document
    from marsad.pipeline import run

    doc = run(Document(text=text, published="2024-01-01"))
    return [(e.trigger, e.source, e.target) for e in doc.events if e.type == "AGREE"]


def test_a_deal_told_again_with_its_parties_in_the_other_order_is_a_repeat():
    # store doc 118: Rouhani's "الاتفاق النووي الذي تم في فيينا مع الدول الكبري", then the same deal "بينها وبين
    # الدول الكبرى" — the parties of a deal are not ordered: the great powers are no new party, one record stays
    text = ("وأعلن رئيس إيران حسن روحاني أن هذا الاتفاق النووي الذي تم في فيينا مع الدول الكبري هو علامة وبشرى "
            "لفتح علاقات وآفاق جديدة بعد حل هذه الأزمة مع الدول الكبرى. وصرح نائب وزير خارجية إيران عباس عرافجي "
            "يوم الثلاثاء أثناء زيارته لفيينا أن طهران ستمضي قُدُماً في تنفيذ الاتفاق النووي بينها وبين الدول الكبرى "
            "في شهر يوليو الماضي مع حلول العام المقبل في شهر يناير المقبل.")
    assert [(t, s) for t, s, _ in _agree_records(text)] == [("الاتفاق", "حسن روحاني")]
