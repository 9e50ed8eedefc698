"""Events, round 111 (missed events, recall).

(a) Shooting down takes any word of ``resources/events/downed_aircraft.txt`` as its object (أسقط … =@file in
triggers.tsv): a fighter or a helicopter too (إسقاطها مقاتلة روسية), which round 19 had left out because a fighter
right after the verb is as often the one that shoots (أسقطت مقاتلة عسكرية تركية طائرة عسكرية روسية). Now an
aircraft of war (closed_classes.tsv armed_aircraft) right after the verb, with another word of the list after it,
is the verb's subject and the later word the object (lexicon.Lexicon.tail_at).

(b) A bare strike (ضربة, ضربات: closed_classes.tsv carried_only) is an attack only as the indefinite object of a
verb of waging (wage_verbs: شن, نفذ; evidence.tsv carry, no punctuation nor other trigger between):
"شنت ضربات استهدفت بلدتي خشام والطابية". Elsewhere it is no event (تلقى ضربة قوية, وجهت الحكومة ضربة للفساد,
نُفّذت هذه الضربة refers back): detect._apply_evidence, and sentence_events drops the unreported ones.

Sentences of the training split (also in the in-domain store); each test fails without the round's rule."""
from __future__ import annotations

from conftest import event_roles, roles_of as _roles


# -- (a) shooting down a fighter ---------------------------------------------------------------------------------------

def test_fighters_shooting_down_a_fighter_is_an_attack_by_the_first():
    # training split im-a7e4812872 (store doc 347): gold ASSAULT أسقطت, missed before the round
    text = ('أسقطت مقاتلات تركية من طراز "إف 16"، اليوم الثلاثاء، مقاتلة روسية من طراز "سوخوي 24" على الحدود '
            'السورية، عقب انتهاكها المجال الجوي لتركيا وتجاهلها التحذيرات التي وُجهت لها.')
    typ, source, _target = _roles(text, "أسقطت")
    assert typ == "ASSAULT" and source == "مقاتلات تركية"


def test_the_verbal_noun_of_shooting_down_a_fighter_is_an_attack():
    # training split im-6309b1faef (store doc 197): gold ASSAULT إسقاطها, missed before the round
    text = ('وأعلنت تركيا، اليوم الثلاثاء 24 نوفمبر، إسقاطها مقاتلة روسية من طراز "سوخوي سو–24" في موقع بالقرب من '
            'بلدة "يايلي داغ" التابعة لمدينة "هاتاي" بجنوبي تركيا على الحدود السورية.')
    assert event_roles(text, reported=True).get("إسقاطها", (None,))[0] == "ASSAULT"


def test_a_fighter_shot_down_with_no_other_aircraft_after_it_is_the_object():
    # store doc 271: Moscow confirms Turkey shot down its Sukhoi (no event before the round)
    text = ('في المقابل، أكدت موسكو أن تركيا اسقطت مقاتلة سوخوي-24 تابعة للجيش الروسي على الحدود السورية، بحسب ما '
            'أعلنت وزارة الدفاع الروسية.')
    typ, source, _target = _roles(text, "اسقطت")
    assert typ == "ASSAULT" and source == "تركيا"


# -- (b) a bare strike waged ------------------------------------------------------------------------------------------

def test_a_bare_strike_waged_is_an_attack():
    # training split im-b08fb39d9a: gold ASSAULT ضربات (source مدفعية الجيش الأميركي)
    text = "وأضاف البوكمالي أن مدفعية الجيش الأميركي شنت ضربات استهدفت بلدتي خشام والطابية المحاذية للقاعدة."
    typ, source, _target = _roles(text, "ضربات")
    assert typ == "ASSAULT" and source == "مدفعية الجيش الأميركي"


def test_a_bare_strike_after_the_subject_of_the_waging_verb_is_an_attack():
    # store doc 88: "شنت الولايات المتحدة ضربات في ..." (shortened)
    text = "وكانت الولايات المتحدة قد شنت ضربات على مواقع للحوثيين في اليمن."
    typ, source, _target = _roles(text, "ضربات")
    assert typ == "ASSAULT" and source == "الولايات المتحدة"


def test_a_strike_dealt_to_corruption_is_no_attack():
    # guard of the rule (وجه is a light verb, no verb of waging): built on the store's وجهت القوات ضربات
    assert "ضربة" not in event_roles("وجهت الحكومة ضربة موجعة للفساد.")
