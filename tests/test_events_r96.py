"""Events, round 96 (wrong event sources of the round 19 audit: a place or the acted-on side taken as the doer).
(1) A name set right after a kind of place (place_heads.txt less the actor heads: مدينة مأرب) or a word of location
(وسط سوريا, شمالي اليمن) is a place, never what a doer's pronoun stands for (actors._headed_place in
SentenceView.pronoun_antecedent). (2) A relative clause whose first verb has the antecedent's pronoun after a
preposition (والتي أقلعت منها مقاتلات النظام) has its own subject after that pronoun; a verb joined to it by و shares
that subject, not the antecedent (actors._relative_own_subject). (3) A transitive verbal noun with a ل of purpose
(لقتال الحوثيين) acts on its genitive — not after a verb of undergoing (تعرض لقصف) nor a noun of result (نتيجة لقصف),
whose ل-noun's genitive is the doer (actors._purpose_lam; roles.tsv lam_result_nouns). Sentences of the round 19
audit (store docs 59, 73, 32); each test fails without the rule but the last, a guard of (3) that holds before too."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_name_after_a_kind_of_place_is_no_pronoun_antecedent():
    # audit r19 row 95 (store doc 59): مدينة مأرب is a place; the -ه of عملياته is the government's
    text = ('ومدينة مأرب هي المعقل الأخير للحكومة اليمنية شمالي اليمن ومركز عملياته العسكرية ضد الحوثيين منذ '
            '2015م ويتواجد في مأرب أكثر من مليوني نازح، فروا من مناطق الحوثي')
    _typ, source, target = _roles(text, "عملياته العسكرية")
    assert source not in ("مأرب", "اليمن")
    assert target == "الحوثيين"


def test_a_relative_with_its_own_subject_lends_it_to_the_joined_verb():
    # audit r19 row 22 (store doc 73): the regime jets that took off from the base struck Khan Shaykhun
    text = ('قصفت القوات الأمريكية صباح اليوم الجمعة قاعدة الشعيرات تقع وسط سوريا والتي أقلعت منها مقاتلات النظام '
            'وقصفت بغاز السارين الكيماوي خان شيخون في إدلب , أدت لوفاة 83 بينهم أكثر من 30 طفلا.')
    assert _roles(text, "وقصفت")[1] == "مقاتلات النظام"


def test_a_verbal_noun_of_purpose_acts_on_its_genitive():
    # audit r19 row 36 (store doc 32): the coalition intervened to fight the Houthis
    text = ('كان التحالف، الذي تقوده السعودية وتدخل في حرب اليمن عام 2015 لقتال الحوثيين، قد قال في وقت متأخر '
            'يوم الأحد إنه اعترض ودمر ست طائرات مسيرة مفخخة أطلقها الحوثيون.')
    _typ, source, target = _roles(text, "لقتال")
    assert source != "الحوثيين"
    assert target == "الحوثيين"


def test_after_a_verb_of_undergoing_the_genitive_stays_the_doer():
    # guard of (3): "تعرضت … لقصف الحوثيين" — the Houthis shelled the town
    text = 'وقالت المصادر إن المدينة تعرضت لقصف الحوثيين أمس.'
    assert _roles(text, "لقصف")[1] == "الحوثيين"
