"""Events, round 107 (targets told by a pronoun): what an act is done to is often told by a pronoun — an object
pronoun glued to the verb (اتهمتها), a pronoun after إيا right after it (داعيًا إياها), or a pronoun after one of the
type's target cues right after it (طلب منه, roles.tsv target_after). The target is the nearest phrase before the
pronoun that agrees with it (SentenceView.agreeing_antecedent, loose: a preposition's object too, and loose also
reads a name glued to its preposition, بقرداحي, لإيران), but never the act's doer: a verb's object pronoun does not
stand for its own subject, so an agreeing phrase that is the source is passed over (actors._pronoun_object). A verb
form right after a preposition (من قصفها) is a verbal noun whose pronoun is its doer and is left alone. Sentences of
the training split and of the round 19 audit (row 86); each test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_an_object_pronoun_on_the_verb_points_back_to_the_accused():
    # audit r19 row 86, training split (doc 438): the four states accused Qatar (اتهمتها), named in the clause before
    text = ("صنفت أربع دول عربية، قطعت علاقاتها مع قطر هذا الأسبوع بعد أن اتهمتها بدعم الإرهاب، عشرات الأشخاص ممن "
            "لهم صلات مزعومة بقطر إرهابيين وهو الأمر الذي يعمق خلافا يهدد استقرار المنطقة.")
    _typ, source, target = _roles(text, "اتهمتها")
    assert (source, target) == ("دول عربية", "قطر")


def test_a_pronoun_after_the_target_cue_points_back_to_the_one_asked_not_the_asker():
    # training split: Mikati called Kordahi and asked him (منه) — not Mikati himself
    text = ('وأعلن رئيس الحكومة اللبنانية، نجيب ميقاتي، أنه تشاور مع رئيس الجمهورية ميشال عون في المستجدات، ثم اتصل '
            'بقرداحي "وطلب منه تقدير المصلحة الوطنية واتخاذ القرار المناسب لإعادة إصلاح علاقات لبنان العربية".')
    _typ, source, target = _roles(text, "وطلب")
    assert (source, target) == ("نجيب ميقاتي", "قرداحي")


def test_a_pronoun_after_iyya_points_back_to_the_name_glued_to_its_preposition():
    # training split: Trump warned Iran, calling on it (إياها) to stop backing the Houthis
    text = "كما وجه تحذيرًا لإيران داعيًا إياها لوقف دعم الحوثيين وعدم تهديد الشعب الأمريكي أو ممرات الشحن العالمية."
    assert _roles(text, "داعيًا")[2] == "إيران"
