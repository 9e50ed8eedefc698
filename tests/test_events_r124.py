"""Events, round 124 (sources named in the sentence and left empty; issue #26, audit r21).

1. A written tanwin (ً ٌ ٍ) ends a noun, never a verb: a trigger word that carries one, joined by و (a conjunct of
   the object before it) or right after a light verb (its object), is a verbal noun, even when its bare letters
   also spell a past verb (قتلًا is no dual قتلا "the two killed"); not an adverbial accusative (دعمًا لأهل غزة),
   whose roles the verb reading's cues already read. Read as a noun, the act conjoined to the object of a light
   verb gets that verb's subject as its doer: "مجموعات رافقت القوات الحكومية ارتكبت
   انتهاكات …، وقتلًا عشوائيًا ضد العلويين" (audit r21 row 63; the training split's gold has the same source).
   Before, the verb reading took ارتكبت for the subject and the doer was lost (actors._clause_roles).
2. The nationality after a weapon noun right after an act noun of what is suffered (patient_nouns: إسقاط طائرة
   أميركية) names the object's nation, not the doer's — so too when the act noun carries its doer's possessive
   pronoun (إسقاطها مقاتلة روسية): the act is then Turkey's, the announcer's, not Russia's (SentenceView.
   nation_of_event; actors._owned_stem).

Sentences of the training split and the round 21 audit; each test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_tanwin_act_noun_conjoined_to_light_verb_object():
    # training split im-5e61ce1698 (store doc 186; audit r21 row 63): the doer was left null
    text = ("وقال ناشطون وشبكات محلية إن مجموعات رافقت القوات الحكومية ارتكبت انتهاكات وأعمال نهب وسرقة وتخريب، "
            "وقتلًا عشوائيًا ضد العلويين في مدينة جبلة ومحيطها، وقرية المختارية بريف الحفة، وبسنادا.")
    typ, source, target = _roles(text, "وقتلًا")
    assert typ == "ASSAULT"
    assert source == "مجموعات رافقت القوات الحكومية"
    assert target == "العلويين"


def test_tanwin_act_noun_right_after_light_verb():
    # the same construction, the act right after the light verb (audit r21 row 63's sentence, shortened)
    text = "وقال ناشطون إن مجموعات رافقت القوات الحكومية ارتكبت قتلًا عشوائيًا ضد العلويين في مدينة جبلة."
    _typ, source, _target = _roles(text, "قتلًا")
    assert source == "مجموعات رافقت القوات الحكومية"


def test_weapon_nation_after_owned_act_noun_is_the_object():
    # training split im-6309b1faef: Russia (مقاتلة روسية) was read as the doer and dropped; gold source تركيا
    text = ('وأعلنت تركيا، اليوم الثلاثاء 24 نوفمبر، إسقاطها مقاتلة روسية من طراز "سوخوي سو–24" في موقع بالقرب '
            'من بلدة "يايلي داغ" التابعة لمدينة "هاتاي" بجنوبي تركيا على الحدود السورية.')
    typ, source, _target = _roles(text, "إسقاطها")
    assert typ == "ASSAULT"
    assert source == "تركيا"
