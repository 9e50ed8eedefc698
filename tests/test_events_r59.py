"""Events, round 59 (doers in a genitive, and subjects carried from another clause; audit round 16's open source
classes): (1) the genitive right after an indefinite act noun is its doer also when a lone nationality adjective of
another act (not one told just before it, which the detector merges with it) stands earlier in the clause ("أن الغارة الإسرائيلية نفذت … لمواجهة هجمات الحوثيين"): that adjective names
no doer (it is dropped as a lone adjective) and no longer blocks the genitive; (2) a verb after a subordinator
(بعد أن, حيث, إذ) with no subject of its own takes the subject of the nearest finite verb before it that agrees
with it — the clause it hangs on — as a conjoined verb does, before the sentence's first actor; (3) a في-phrase
that opens the clause with no phrase before it is an adverbial, and a definite noun takes no genitive: the
actor after it ("في التفاصيل حركة أحرار الشام اقتحمت") is the subject of the verb; (4) a preposition with a pronoun
right after a verb (its complement, عليها) stands before a subject named in full: an actor after it is the subject
("بعد أن سيطرت عليها قوات النظام").
Sentences of the training split and of the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the genitive doer past another act's nationality adjective ------------------------------------------------

def test_the_attacks_of_the_houthis_past_the_israeli_strike():
    # training split (im-42ed335221) and audit r16 row 105 (doc 133): gold source الحوثيين, left null — the
    # adjective of الغارة الإسرائيلية was read as the nation of هجمات and then dropped
    text = ("سقط عدد من القتلى والجرحى في غارات شنتها طائرات إسرائيلية اليوم السبت على مدينة الحديدة غربي "
            "اليمن، بعد يوم من هجوم الحوثيين بمسيرة على تل أبيب، فيما نقل موقع أكسيوس عن مسؤول إسرائيلي أن "
            "الغارة الإسرائيلية نفذت بالتنسيق مع الولايات المتحدة والتحالف الدولي لمواجهة هجمات الحوثيين.")
    typ, source, _target = _roles(text, "هجمات")
    assert (typ, source) == ("ASSAULT", "الحوثيين")


# -- (2) a verb after a subordinator takes the subject of the clause it hangs on -----------------------------------

def test_the_resistance_retook_the_districts_after_it_fought():
    # training split (im-0b8dbdb972): gold source المقاومة; the source was الرئيس اليمني, the first actor of the
    # sentence, named in an aside on معاشيق
    text = ("وتُعد معاشيق -التي يوجد فيها القصر الرئاسي ومسكن الرئيس اليمني- آخر معقل للحوثيين وقوات صالح , وقد "
            "خاضت المقاومة مواجهات عنيفة خلال اليومين الماضيين للسيطرة علي المنطقة بإسناد جوي من قوات التحالف "
            "بعد أن استعادت السيطرة على مديريات محافظة عدن.")
    _typ, source, _target = _roles(text, "استعادت")
    assert source == "المقاومة"


# -- (3) a في-phrase opening the clause, then the subject ----------------------------------------------------------

def test_ahrar_al_sham_stormed_the_town_after_in_the_details():
    # audit r16 row 87 (doc 422): source حركة أحرار الشام, subject of اقتحمت, left null
    text = ("في التفاصيل حركة أحرار الشام اقتحمت بلدة حزارين جنوب إدلب بالدبابات لاستعادتها من النصرة، وبعد ذلك "
            "توسعت الاشتباكات بين جبهة النصرة وأحرار الشام بريف إدلب لتشمل سراقب وسرمدا وخان السبل وأريحا وساحة "
            "باب الهوى.")
    _typ, source, target = _roles(text, "اقتحمت")
    assert (source, target) == ("حركة أحرار الشام", "بلدة حزارين")


# -- (4) a verb, its pronoun complement, then its subject -------------------------------------------------------------

def test_the_regime_forces_took_the_area_named_after_its_pronoun():
    # training split (im-a7e4812872): gold source قوات النظام; the source was كتائب المعارضة, the first actor
    text = ("يشار إلى أن المنطقة التي سقطت فيها المقاتلة، تشهد معارك عنيفة بين كتائب المعارضة وقوات النظام السوري، "
            "وقد تم تداول أنباء عن استعادة المعارضة السيطرة على المنطقة صباح اليوم بعد أن سيطرت عليها قوات النظام "
            "قبل")
    _typ, source, _target = _roles(text, "سيطرت")
    assert source == "قوات النظام"
