"""Events, round 109 (false events and wrong types of audit r20, read as constructions of the language):

- a definite trigger noun that, with a nationality adjective right after it, names an actor — "الاحتلال الإسرائيلي",
  the occupier — is no occupation reported (unreal.tsv ``actor_noun``; detect._unreal);
- a word of facing may be a phrase of two words: "في وجه التهديدات" is threats one stands against, as "مواجهة
  التهديدات" already was (unreal.tsv ``face``);
- "all kinds / forms of" (أنواع, أشكال) right before an event noun names a kind of act, none in particular
  (modality.tsv, hypothetical, as أي);
- a bare verbal noun of another type right after a meeting noun labels the meeting ("اجتماع تنسيق أستانا"): the
  meeting is the event, the label no act (one_act.tsv ``genitive_label``; detect._named_acts);
- backing with an adverb of military or logistic manner after it ("دعم عملية ... عسكريا ولوجستيا") is AID
  (retype.tsv).

Sentences of the in-domain store (audit r20 rows 39 16 75 71 149); each test fails without its rule."""
from __future__ import annotations

from conftest import event_roles, reported_roles


def test_the_occupation_with_a_nationality_names_the_occupier():
    # store doc 477 (audit r20 row 39: الاحتلال here names the actor, the event is the shelling)
    text = ("وأوضح حزب الله أن قصف اليوم للقوة العسكرية جاء ردًا على قصف الاحتلال الإسرائيلي لمنزل في بلدة حولا "
            "أمس الجمعة.")
    r = event_roles(text)
    assert "الاحتلال" not in r, r
    assert "قصف" in r


def test_the_occupation_owning_bases_is_no_event():
    # store doc 359
    text = ("وكان هجوم بالقذائف الصاروخية استهدف أمس القاعدتين العسكريتين للاحتلال الأمريكي في حقلي العمر "
            "وكونيكو النفطيين.")
    assert "للاحتلال" not in event_roles(text)


def test_threats_faced_in_a_two_word_phrase_are_no_threat():
    # store doc 445 (audit r20 row 16: the summit statement's stress on unity in the face of threats)
    text = ("وأكد البيان الختامي لقمة العلا، على وحدة الصف وقوة وتماسك مجلس التعاون، وتكاتف دول الخليج في وجه "
            "التهديدات والتدخلات.")
    assert "التهديدات" not in event_roles(text)


def test_all_kinds_of_attacks_is_no_attack_reported():
    # store doc 287 (audit r20 row 75: generic, no attack reported)
    text = ("وأكدت تركيا أنها ضد جميع أنواع الهجمات التي تستهدف المدنيين، مشيرة إلى أنها تخوض حربها ضد الإرهاب "
            "وفقًا للقانون الدولي.")
    assert "الهجمات" not in reported_roles(text)


def test_a_verbal_noun_labelling_a_meeting_is_no_act():
    # store doc 310 (audit r20 row 71: تنسيق qualifies the meeting's name; the event is the meeting)
    text = 'وقد قال نائب وزير خارجية كازاخستان كانات طوميش: "إن اجتماع تنسيق أستانا الذي اختتم اليوم، سيكون الأخير".'
    r = event_roles(text)
    assert "تنسيق" not in r, r
    assert r["اجتماع"][0] == "CONSULT"


def test_backing_done_militarily_is_aid():
    # store doc 200 (audit r20 row 149: military and logistic backing of an operation is AID)
    text = ('من جهته أعلن التحالف الدولي، الذي دعم عملية "غضب الفرات" عسكريا ولوجستيا، أن "قوات سوريا '
            'الديمقراطية" استعادت نحو %90 من الرقة.')
    typ, source, _target = event_roles(text)["دعم"]
    assert (typ, source) == ("AID", "التحالف الدولي")
