"""Events, round 112 (sources of acts carried by a light verb): (1) a verb form with an object pronoun that stands
after a light verb, past its times (جددت مساء الخميس قصفها), is the light verb's verbal noun with its doer's
pronoun, not a past verb with its object's (actors._clause_roles); (2) a light verb with only times after it has
the topic set off by a comma before it as its subject, as a trigger verb already had ("أنه الطائرات التركية، جددت"),
when the act noun's possessive pronoun, if any, agrees with it (actors._owner_agrees: ها for a plural of things),
the subject after a light verb opening that topic clause (بدأ التحالف في مارس، شن ضربات);
(3) a light verb in -وا (قاموا) has its plural subject written on it: the phrase after it is its complement, never
its subject, as for a trigger verb in -وا already. Sentences of the in-domain store (audit r20 row 37) and of the
training split (audit r19 row 97); each test fails without its rule (the last one, a guard, without its step)."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_stem_with_a_pronoun_after_a_light_verb_is_its_verbal_noun():
    # audit r20 row 37 (store doc 219): the Turkish jets renewed their shelling; قصفها is no "he shelled it", and
    # the subject of جددت stands before the comma
    text = ("أفادت وسائل إعلام محلية عراقية، أنه الطائرات التركية، جددت مساء الخميس قصفها على مقرٍ لوحدات "
            "مقاومة سنجار التي تصنفها أنقرة امتداداً لحزب العمال الكردستاني، ما أسفر عن سقوط قتلى وجرحى.")
    _typ, source, target = _roles(text, "قصفها")
    assert (source, target) == ("الطائرات التركية", "مقرٍ لوحدات مقاومة سنجار")


def test_a_light_verb_in_wa_has_no_subject_after_it():
    # training split im-851de6caed (audit r19 row 97): قاموا carries its subject, the supporters named before;
    # "بنصب عدد من الخيام" is its complement, no doer of the sit-in
    text = ("ووصل أنصار الحشد الشعبي الى أمام مقر السفارة حاملين العلم العراقي وأعلام الحشد الشعبي ، كما قاموا "
            "بنصب عدد من الخيام ، في أشارة الى نيتهم الإعتصام أمام مقر السفارة .")
    _typ, source, _target = _roles(text, "الإعتصام")
    assert source == "أنصار الحشد الشعبي"


def test_the_comma_topic_of_a_light_verb_may_open_with_a_light_verb_of_its_own():
    # store doc 508: the coalition began in March air strikes on the Houthis; the clause before the comma is
    # بدأ with its subject after it, the doer of the strikes (a guard of rule (2): read as a topic without it, the
    # source was "بدأ التحالف" with the verb glued — the one worse change of the first store built this round)
    text = ("ومع زحف الحوثيين باتجاه عدن، بدأ التحالف في مارس، شن ضربات جوية ضد الحوثيين وأنصارهم من القوات "
            "الموالية للرئيس السابق علي عبد الله صالح.")
    _typ, source, target = _roles(text, "ضربات جوية")
    assert (source, target) == ("التحالف", "الحوثيين")
