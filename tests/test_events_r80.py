"""Events, round 80 (a source that is another phrase than the doer): a wrong source is worse than none.
- The genitive of a noun of what a victim suffers is the victim, never a doer: also when the noun has a glued
  preposition ("بمقتل أحمد غالب الرهوي … إثر غارة": the attack told after إثر does not take the killed man as
  its doer; actors.suffered_noun) and when it closes a phrase trigger ("محاولة اغتيال الكاظمي": the genitive is
  اغتيال's, so the patient test reads the phrase's last word; detect.sentence_events).
- A person's country named by its noun with his pronoun (بلاده, دولتها: closed_classes.tsv homelands) is the party,
  not the person the pronoun names: "أعلن وزير الخارجية عادل الجبير أن بلاده قطعت العلاقات" (SentenceView.possessor);
  and a noun with a possessive pronoun is never an adjective of the act (detect._adjective_after).
- A word written like a past verb right after a patient noun is no victim genitive ("محاولة اغتيال استهدت منزله"; its
  test guards the phrase rule above: it passes at main, where the attempt read no genitive, and fails without the guard).
Sentences of the round 18 audit (rows 50, 56), the training split and the in-domain store; each test fails without
the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- the genitive of a noun of what is suffered: the victim ----------------------------------------------------------

def test_the_killed_man_after_bi_maqtal_is_no_doer_of_the_raid_after_ithr():
    # audit r18 row 50 (store doc 204): the killed prime minister was taken as the doer of the Israeli raid
    text = ('أفادت مصادر يمنية مساء الخميس بمقتل أحمد غالب الرهوي، رئيس حكومة الحوثيين غير المعترف بها دولياً، '
            'إثر غارة جوية إسرائيلية استهدفت منزلاً في العاصمة صنعاء.')
    _typ, source, target = _roles(text, "غارة")
    assert (source, target) == (None, "منزلاً")


def test_the_genitive_of_an_assassination_attempt_is_its_target():
    # store doc 231 (a heading): the prime minister was read as the doer of the attempt on his life
    _typ, source, target = _roles("تفاصيل محاولة اغتيال مصطفى الكاظمي", "محاولة اغتيال")
    assert (source, target) == (None, "مصطفى الكاظمي")


def test_the_genitive_of_an_assassination_attempt_in_a_sentence():
    # store doc 28 (its title)
    text = "مصادر عراقية تكشف تفاصيل جديدة بشأن محاولة اغتيال الكاظمي الفاشلة"
    _typ, source, target = _roles(text, "محاولة اغتيال")
    assert (source, target) == (None, "الكاظمي")


def test_a_misspelt_verb_after_the_attempt_is_no_victim():
    # store doc 239: استهدت (for استهدفت) opens the relative clause on the attempt; it names no victim
    text = ('نجا، فجر اليوم الأحد 07/11/2021، رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال استهدت منزله في '
            'بغداد.')
    _typ, _source, target = _roles(text, "محاولة اغتيال")
    assert target != "استهدت منزله"


# -- his country: the party, not the speaker ------------------------------------------------------------------------

def test_his_country_cut_ties_not_the_minister_who_announced_it():
    # audit r18 row 56 (store doc 143): the speaker عادل الجبير was taken; the doer is بلاده
    text = ('أعلن وزير الخارجية السعودية عادل الجبير، اليوم، أن بلاده قطعت العلاقات الدبلوماسية مع إيران، على خلفية '
            'الهجوم على سفارة بلاده في طهران وموقف الجمهورية الإسلامية.')
    _typ, source, target = _roles(text, "قطعت العلاقات")
    assert (source, target) == ("بلاده", "إيران")


def test_his_country_launched_the_attack_a_noun_with_a_pronoun_is_no_adjective():
    # training split im-fffd87ad81 (gold source بلاده; store doc 518)
    text = ('أعلن الرئيس الأمريكي دوناد ترامب أن بلاده قد قامت بشن هجوم صاروخي باستخدام صواريخ توماهوك، وأنه استهدف '
            'القاعدة العسكرية التي نفذ منها الهجوم الكيماوي على خان شيخون.')
    _typ, source, _target = _roles(text, "هجوم")
    assert source == "بلاده"
