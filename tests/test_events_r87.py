"""Events, round 87 (false events that are not retellings): what is no event, and a type its complement decides.
An envoy asked or given a deadline to leave is expelled (COERCE, GUIDELINES: expulsion), not asked or threatened
(detect._complements; unreal.tsv expel_types / envoy / leave); one's own ambassador summoned is recalled, no ACCUSE;
a verb with nunation right after an indefinite accusative noun is its adjective (هجوماً غادراً); the accusative of
purpose after a whole clause (احتجاجا على, طلبًا لـ) says why an act was done (detect._written_forms); a visit
cancelled or control lost did not happen, an act a charge names is alleged (modality.tsv); a ban on gatherings is
repression (retype.tsv); families, ships and travellers leaving are no withdrawal (roles.tsv not_subjects read on the
doer found, unreal.tsv travel); a launcher and "out of control" are no acts (triggers.tsv NONE); a page's
"اقرأ أيضا" link line carries no events. Sentences of the training split (im-…) and of the in-domain store (doc N);
each test fails without its rule."""
from __future__ import annotations

from conftest import event_roles


def _types(text: str, reported: bool = True) -> dict[str, str]:
    return {t: v[0] for t, v in event_roles(text, reported=reported).items()}


# -- the complement decides the type ---------------------------------------------------------------------------------

def test_an_envoy_asked_to_leave_is_expelled_and_ones_own_ambassador_recalled_is_no_summons():
    # training split im-099ea5e2bf (gold: COERCE طلبت, target السفير اللبناني; no event on استدعت)
    r = event_roles("استدعت السعودية سفيرها لدى بيروت وطلبت من السفير اللبناني مغادرة الرياض بعد تصريحات وزير "
                    "الإعلام اللبناني، جورج قرداحي، استنكر فيها العدوان على اليمن.")
    assert r["وطلبت"] == ("COERCE", "السعودية", "السفير اللبناني"), r
    assert "استدعت" not in r, r


def test_a_deadline_to_leave_given_to_diplomats_is_their_expulsion():
    # training split im-7319fd6374 (gold: COERCE أمهلت)
    r = event_roles("وبحسب صحيفة “النهار” الكويتية، فإن السلطات الكويتية أمهلت الدبلوماسيين الإيرانيين، الذين لم تعرف "
                    "أسمائهم بعد، 45 يوماً لمغادرة البلاد، مؤكدة أن هذه الإجراءات تأتي على خلفية قضية “خلية العبدلي "
                    "الإرهابية”.")
    assert r["أمهلت"][0] == "COERCE", r


def test_a_ban_on_gatherings_is_repression():
    # training split im-434001980c (gold: COERCE حظر)
    t = _types("وقد قررت الحكومة اليمنية المعترف بها دوليا، أمس، حظر أي تجمعات أو اعتصامات في مدينة عدن "
               "\"العاصمة المؤقتة\"، وذلك تحسبا لاحتجاجات واسعة النطاق من قبل المعارضين للحكومة.")
    assert t.get("حظر") == "COERCE", t


# -- what is no event ------------------------------------------------------------------------------------------------

def test_a_verb_with_nunation_after_an_indefinite_noun_is_its_adjective():
    # training split im-a9d56149b9: غادراً "treacherous", no withdrawal (gold: none); the verbal noun وقتلًا stays
    t = _types("شنت قوات النظام السوري هجوماً غادراً على ريف دير الزور الشرقي بعد منتصف ليل الثلاثاء، لكن قوات "
               "سوريا الديمقراطية تصدت لهذا الهجوم وأفشلته.")
    assert "RETREAT" not in t.values(), t
    # training split im-5e61ce1698 (gold: ASSAULT قتلًا عشوائيًا)
    t = _types("وقال ناشطون إن مجموعات رافقت القوات الحكومية ارتكبت انتهاكات وأعمال نهب وسرقة وتخريب، وقتلًا "
               "عشوائيًا ضد العلويين في مدينة جبلة ومحيطها.")
    assert t.get("وقتلًا") == "ASSAULT", t


def test_the_accusative_of_purpose_is_no_act():
    # training split im-42906d4170 (gold: no PROTEST) and im-5e61ce1698 (gold: no REQUEST)
    t = _types("وفي جانفي 2016، قطعت السعودية علاقاتها مع إيران، إثر اعتداءات تعرضت لها سفارة الرياض في طهران "
               "وقنصليتها بمدينة مشهد (شرق)، احتجاجا على إعدام المملكة رجل الدين الشيعي السعودي نمر النمر.", False)
    assert "PROTEST" not in t.values(), t
    t = _types("وأظهرت مقاطع مصورة لجوء مدنيين (علويين) إلى قاعدة حميميم الروسية طلبًا للحماية.", False)
    assert "REQUEST" not in t.values(), t


def test_a_cancelled_visit_and_lost_control_did_not_happen():
    # training split im-a7e4812872 (gold: no CONSULT) and im-506cf4270d (gold: no COERCE on سيطرته)
    t = _types("وقرر وزير الخارجية الروسي سيرغي لافروف إلغاء زيارته إلى تركيا المقررة غداً.")
    assert "CONSULT" not in t.values(), t
    t = _types("هاجمت خلايا تنظيم \"داعش\" مواقع قوات سوريا الديمقراطية \"قسد\" في عدة بلدات بريف دير الزور الشرقي "
               "مساء اليوم الاثنين في هجوم يعد الأضخم منذ فقدان التنظيم سيطرته على دير الزور.")
    assert "COERCE" not in t.values(), t


def test_an_act_named_by_a_charge_is_alleged():
    # training split im-b7b330f200 (gold: ACCUSE رفع دعوى قضائية, COERCE عملية أمنية; no ASSAULT on خطف)
    t = _types('أعلن المسؤول الأمني في "كتائب حزب الله - العراق" أبو علي العسكري أمس، أنه سيتم رفع دعوى قضائية ضد '
               'رئيس الحكومة العراقية مصطفى الكاظمي، بتهمة خطف عدد من أتباع كتائب الحزب في عملية أمنية نفذها جهاز '
               'مكافحة الإرهاب فجر الجمعة الماضية بالدورة جنوبي بغداد.')
    assert "خطف" not in t and t.get("عملية أمنية") == "COERCE", t


def test_families_and_ships_leaving_are_no_withdrawal():
    # training split im-be82c30101 and im-f26534a093 (gold: no RETREAT)
    t = _types("- نظّمت المديرية العامة للأمن العام في لبنان المرحلة الثامنة من خطة العودة المنظمة للاجئين السوريين "
               "بالتعاون مع الأمم المتحدة والمنظمات الدولية، حيث غادرت مجموعة كبيرة من العائلات السورية من طرابلس "
               "ضمن برنامج العودة الطوعية.")
    assert "RETREAT" not in t.values(), t
    t = _types("وكانت الناقلة \"تالارا\" قد غادرت ميناء عجمان في دولة الإمارات متجهة إلى سنغافورة عندما اعترضتها "
               "قوارب إيرانية، وفق ما أفاد مسؤول في وزارة الحرب الأمريكية (البنتاجون).")
    assert "RETREAT" not in t.values(), t


def test_a_launcher_is_no_launching_and_out_of_control_no_taking():
    # training split im-b7b330f200 (gold: COERCE اعتقال only)
    t = _types("وكانت قوات من جهاز مكافحة الإرهاب نفذت فجر الجمعة الماضية عملية استهدفت أحد مقرات \"حزب الله ـ "
               "العراق\" أسفرت عن اعتقال 14 من عناصر حزب الله والاستيلاء على منصة إطلاق صواريخ كاتيوشا.")
    assert not any("إطلاق" in k for k in t), t
    # store doc 429
    t = _types("بحلول 1 ديسمبر 2024، أصبحت مدينة حلب خارج سيطرة الجيش السوري تمامًا لأول مرة منذ بدء النزاع.")
    assert "COERCE" not in t.values(), t


def test_a_link_line_to_another_article_has_no_events():
    # training split im-da31b3ecff (gold: none)
    t = _types("وقال المصدر إن القوات انسحبت.\n\nاقرأ أيضا: مصدر يمني لـ\"عربي21\": الإمارات قررت سحب قواتها من مأرب\n\n"
               "وأضاف المصدر أن الوضع هادئ.")
    assert "سحب قواتها" not in t and "انسحبت" in t, t
