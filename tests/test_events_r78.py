"""Events, round 78 (a doer named as a party of the act, left empty): three constructions where the act's own words
name its parties. A meeting noun (roles.tsv lam_participants: قمة, اجتماع, محادثات …) names who hold it in the
ل-genitive after it, past its adjectives and an ordinal ("القمة الـ41 لمجلس التعاون", "اجتماعا لحزب العمال"), when
that genitive opens with an actor and no other rule found a source (actors._meeting_owners, read last). An agreement
noun right after من and a word of leaving (roles.tsv leaving_forms / leaving_verb_forms: انسحاب واشنطن من الاتفاق,
قررت الانسحاب من الاتفاق) has the withdrawer as its party (actors._leaving_party). After بين and its first party, a
definite sound plural joined by و ("بين الحكومة اليمنية والحوثيين") is the second party, though shaped as an
adjective (SentenceView.people_after_and). Sentences of the training split, the in-domain store and the round 15-18
audits; each test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- a meeting's holders in its ل-genitive ------------------------------------------------------------------------

def test_a_summit_is_held_by_the_council_in_its_lam_genitive_past_the_ordinal():
    # training split im-c9f64f08b0 (gold source مجلس التعاون لدول الخليج العربى), store doc 415 (audit r18 row 62)
    text = ("اختتمت، أمس، أعمال القمة الـ41 لمجلس التعاون لدول الخليج العربى فى محافظة العلا السعودية، بحضور قادة "
            "وممثلى دول الخليج، وسامح شكرى، وزير الخارجية، ومستشار الرئيس الأمريكى، جاريد كوشنر، والتى أسفرت عن "
            "توقيع «بيان العلا».")
    _typ, source, _target = _roles(text, "القمة")
    assert source == "مجلس التعاون"


def test_a_meeting_struck_is_still_the_party_s_meeting():
    # store doc 141: the PKK meeting the Turkish jets struck
    text = ("كان الرئيس التركى طيب إردوغان قال يوم السبت إن طائرات حربية تركية قصفت اجتماعا لحزب العمال الكردستانى "
            "المحظور فى منطقة قنديل وأضاف أنه يعتقد أن عناصر قيادية أصيب.")
    _typ, source, _target = _roles(text, "اجتماعا")
    assert source == "حزب العمال الكردستانى"


def test_a_meeting_of_ministers_past_an_adjective_not_a_purpose():
    # store doc 317 (audit r15 row 102): the meetings of the Arab League's foreign ministers
    text = ("وتأخذ السعودية على لبنان امتناعه عن التصويت على بيانين صدرا عن اجتماعين لوزراء خارجية جامعة الدول "
            "العربية ومنظمة الم")  # (the store's text is cut there)
    roles = _roles(text, "اجتماعين")
    assert roles[1] is not None and roles[1].startswith("وزراء خارجية")


# -- an agreement's withdrawer --------------------------------------------------------------------------------------

def test_the_state_withdrawing_from_the_deal_is_its_party():
    # store doc 54 (audits r15 row 68, r17 row 107: the same sentence's sanctions)
    text = ("وتصاعد التوتر بين إيران والولايات المتحدة منذ انسحاب واشنطن من الاتفاق النووي مع طهران العام الماضي، "
            "وفرضها عقوبات مشددة عليها.")
    _typ, source, _target = _roles(text, "الاتفاق")
    assert source == "واشنطن"


def test_the_withdrawer_announced_by_the_president_is_the_deal_s_party():
    # store doc 163 (audit r18 row 27, r15 row 43: "its party الولايات المتحدة (withdrawing from it) left null")
    text = ("الجدير بالذكر أن التوترات تصاعدت بين واشنطن وطهران، منذ إعلان ترامب انسحاب الولايات المتحدة من "
            "الاتفاق النووي مع إيران، المبرم عام 2015.")
    assert _roles(text, "الاتفاق")[1:] == ("الولايات المتحدة", "إيران")


def test_the_subject_deciding_to_withdraw_is_the_deal_s_party():
    # store doc 343
    text = ('أعلن الرئيس الأمريكي "دونالد ترامب" أن الولايات المتحدة قررت الانسحاب من الاتفاق النووي مع إيران، '
            'ووصف الاتفاق بأنه "معيب في جوهره".')
    assert _roles(text, "الاتفاق")[1] == "الولايات المتحدة"


# -- بين X والـY: a sound plural after و is the second party ----------------------------------------------------

def test_a_prisoner_exchange_between_the_government_and_the_houthis():
    # store doc 29
    text = ("رحب المبعوث الخاص للأمين العام للأمم المتحدة، مارتن غريفيث، اليوم الخميس، على بدء عملية تبادل "
            "الأسرى بين الحكومة اليمنية والحوثيين.")
    assert _roles(text, "تبادل الأسرى")[1:] == ("الحكومة اليمنية", "الحوثيين")


def test_battles_between_the_resistance_and_the_houthis():
    # store doc 46
    text = ("احتدمت المعارك بمحيط مطار الحديدة بين المقاومة اليمنية المسنودة بالتحالف العربى والحوثيين، فى اليوم "
            "الثالث من الهجوم الواسع الذى بدأته تحت مسمى «النصر الذهبي» لاقتحام مدينة الحديدة.")
    _typ, source, target = _roles(text, "المعارك")
    assert source is not None and source.startswith("المقاومة اليمنية") and target == "الحوثيين"
