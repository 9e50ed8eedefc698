"""Events, round 18 (issue 26, sources, second round): who did the act, read from entity types and the shape
of the sentence — a genitive that is an organisation or a person after an attack noun, a weapon before the act's
object after ل, the other party of clashes after مع, a counted subject, a verb sharing the subject of the verb it
is conjoined to, and the object of a deciding verb that is no subject. Sentences from the in-domain training split
and the audit rows r10/r11 (never the dev or test articles of the in-domain corpus); each would fail without its
rule."""
from __future__ import annotations

from conftest import reported_roles as roles


# -- the genitive of an attack noun: an organisation or a person did it; a weapon before the object -------

def test_organisation_genitive_is_the_doer():
    # training split im-a2a955f5a2 (a headline): داعش is an ORG entity, the attacks' doer
    r = roles("تصاعد هجمات داعش في دير الزور: استهداف متكرر لقوات سوريا الديمقراطية")
    assert r["هجمات"][:2] == ("ASSAULT", "داعش"), r


def test_weapon_genitive_before_lam_object_is_the_doer():
    # training split im-d63bfaedf0: a drone targeted their car — the drone is the doer, the car the target
    r = roles("قتلى وجرحى من \"قسد\" إثر استهداف مسيرة تركية لسيارتهم بريف القامشلي")
    assert r["استهداف"][1] == "مسيرة تركية", r
    assert r["استهداف"][2].startswith("سيارتهم"), r


# -- clashes: the other side after مع; after a preposition of sequence, the doer of the act told before -----

def test_clashes_other_side_after_with():
    # training split im-6ec7c09ef4: the FSA took new points after clashes with IS
    r = roles("وتستمر كتائب الجيش السوري الحر بالتقدم داخل مدينة الباب بريف حلب الشرقي، وسيطرت على نقاط جديدة داخل "
              "المدينة، بعد اشتباكات مع تنظيم داعش الإرهابي ضمن عملية «درع الفرات» التي يدعمها الجيش التركي عسكرياً.")
    assert r["اشتباكات"] == ("ASSAULT", "كتائب الجيش السوري الحر", "تنظيم داعش الإرهابي"), r


def test_battles_with_after_seizure_noun():
    # training split im-bf72a24bf5: the popular resistance took the airport after fierce battles with the Houthis
    r = roles("تمكن رجال المقاومة الشعبية من السيطرة على مطار عدن الدولي, جنوبي اليمن عقب معارك ضارية مع الحوثيين, "
              "وانتشروا في المواقع والهناجر الموجودة في المطار، اليوم الأربعاء.")
    assert r["معارك"] == ("ASSAULT", "رجال المقاومة الشعبية", "الحوثيين"), r


# -- counted subjects: the count belongs to the phrase; a weapon's nation after the verb is the object's -----

def test_counted_dual_subject_before_verb():
    # training split im-6309b1faef: two Turkish fighters downed a Russian-made warplane (مقاتلتين تركيتين: a
    # feminine dual with its nisba; طائرة حربية روسية is the object's nation, not the doer's)
    r = roles("وأضاف مسؤولون أتراك في وقت سابق أن مقاتلتين تركيتين أسقطتا طائرة حربية روسية الصنع عقب تحذيرها "
              "مرارا من انتهاك المجال الجوي.")
    assert r["أسقطتا"] == ("ASSAULT", "مقاتلتين تركيتين", "طائرة حربية روسية الصنع"), r


def test_counted_drones_after_attack_verb():
    # training split im-31f1e96405: five drones struck the base (no marches), the base the object
    r = roles("وازدادت الهجمات بالطائرات المسيّرة على قاعدة التنف في الآونة الأخيرة، حيث استهدفت خمس مسيرات القاعدة "
              "الأمريكية في تشرين الأول/ أكتوبر الماضي.")
    assert r["استهدفت"] == ("ASSAULT", "خمس مسيرات", "القاعدة الأمريكية"), r
    assert "مسيرات" not in r, r


# -- what this round's rules must not do: read from the 518-article store, outside the dev and test gold ------

def test_counted_noun_keeps_its_lam_complement():
    # store doc 50 (syria.tv) and 351 (diez24.com): "a noun a number counts takes no definite genitive" is about a
    # bare definite word (خمس مسيرات القاعدة); a ل-phrase says whose sites they are and stays in the target
    r = roles("الطائرات الإسرائيلية استهدفت ثلاثة مواقع للنظام السوري في دمشق.")
    assert r["استهدفت"][2] == "ثلاثة مواقع للنظام السوري", r  # (with its exact number: round 46)
    r = roles("وذكرت القيادة الوسطى الأميركية أن الضربات استهدفت 13 موقعًا للحوثيين، بينما أشارت الوزارة إلى ذلك.")
    assert r["استهدفت"][2] == "13 موقعًا للحوثيين", r  # (with its exact number: round 46)


def test_counted_noun_keeps_a_nisba_with_ba():
    # training split im-3d27a33e9b (akhbaralaan.net): بالستياً is an adjective, not ب + الستياً (a fragment)
    r = roles("واستهدف “12 صاروخاً بالستياً” في هجوم أطلق “من خارج الحدود” فجر الأحد أربيل عاصمة إقليم كردستان العراق")
    assert r["واستهدف"][1] == "12 صاروخاً بالستياً", r
    assert r["واستهدف"][2] != "الستياً", r


def test_scale_word_noun_keeps_its_genitive():
    # store doc 294 (akhbaar24.com): آلاف counts vaguely; أجهزة الاتصالات is one phrase
    r = roles("وتلقت جماعة حزب الله ضربات ثقيلة في الآونة الأخيرة، أسفرت عن اغتيال بعض كبار قادتها، وانفجار آلاف "
              "أجهزة الاتصالات اللاسلكية التي يستخدمها أعضاؤها؛ مما تسبب في سقوط عشرات القتلى.")
    assert r["وانفجار"][1] == "آلاف أجهزة الاتصالات اللاسلكية", r  # (r120: the count heads it)


def test_name_after_a_trigger_ending_in_a_preposition_is_no_doer():
    # store doc 515 (radioalkul.com): قسد after "عملياته ضد" is who the operations are against
    r = roles("وكثف الجيش التركي بالفترة الأخيرة من عملياته ضد قسد، فقبل أيام أعلنت الوزارة تحييد 7 إرهابيين.")
    assert r["عملياته ضد"][1] == "الجيش التركي", r


def test_compound_preposition_after_relative_pronoun_is_no_subject():
    # store doc 37 (fbs-ar.com): "التي تنازلت عنها بموجب اتفاق" — بموجب opens a complement, it names no doer
    r = roles("وأضاف أن الولايات المتحدة سوف تعيد فرض جميع العقوبات التي تنازلت عنها بموجب اتفاق عام 2015، واصفا "
              "إياها بأنها اتفاق معيب.")
    assert r["تنازلت"][1] != "بموجب", r


def test_clash_partner_is_not_the_target_of_the_act_merged_with_it():
    # store doc 505 (outside the gold): residents burnt the buildings and (separately) fought the security forces;
    # the other side of the clash is no target of the burning
    r = roles("وقُتل ما لا يقل عن عشرة محتجين منذ يوم الاثنين في البصرة التي يقطنها نحو مليوني شخص بعدما أحرق سكان "
              "مباني الحكومة المحلية واشتبكوا مع قوات الأمن.")
    assert r["أحرق"][2] != "قوات الأمن", r
