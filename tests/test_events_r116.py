"""Events, round 116 (a target cut before its linking participle's complement): a phrase closed by a linking participle
(resources/events/linking_participles.txt: تابع, موالية, مرتبطة ...) takes the complement after it (np_right: "سيارة
تابعة لوحدات مقاومة سنجار"); the complement is now found also when the preposition is written apart with its tatweel
(التابع لـ "قسد") or when quote marks stand before it (تابعين "للمجلس الانتقالي"). The people's phrase that so holds
the party it belongs to leaves that party the doer of a plural verb after it (agreeing_doer, as before: "خلايا تابعة
لـ “تنظيم الدولة” استهدفوا"). Sentences of the training split and the in-domain store; each test fails without the
rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_quoted_complement_after_a_linking_participle_stays_in_the_target():
    # training split (the clashes in Khor Maksar): gold target مسلحين تابعين "للمجلس الانتقالي"
    text = ('أفادت قناة "روسيا اليوم"، بسقوط قتلى وجرحى في اشتباكات مسلحة بين قوات موالية للرئيس اليمني عبد ربه '
            'منصور هادي ومسلحين تابعين "للمجلس الانتقالي" في خور مكسر في عدن.')
    _typ, _source, target = _roles(text, "اشتباكات")
    assert target == 'مسلحين تابعين "للمجلس الانتقالي"'


def test_a_complement_after_a_preposition_written_apart_stays_in_the_target():
    # training split (an attack on an SDF brigade's HQ), the ordinal الأول left out (it still ends the phrase)
    text = 'وفي الصدد، تعرض مقر قيادة اللواء التابع لـ "قسد" في مدينة البصيرة بريف ديرالزور لهجوم مماثل.'
    _typ, _source, target = _roles(text, "لهجوم")
    assert target == 'مقر قيادة اللواء التابع لـ "قسد"'


def test_the_party_the_people_belong_to_stays_the_doer_of_their_plural_verb():
    # store doc 14: the complement now inside the people's phrase; the party it names is still the doer
    text = ('وكان مجهولون يعتقد أنهم خلايا تابعة لـ “تنظيم الدولة” استهدفوا، أمس الخميس، سجن الصناعة بمدينة '
            'الحسكة بسيارة مفخخة، ما أدى إلى فرار عدد من معتقلي التنظيم.')
    _typ, source, target = _roles(text, "استهدفوا")
    assert (source, target) == ("تنظيم الدولة", "سجن الصناعة")
