"""Events, round 23 (issue 26): trigger entries learnt from the training split's gold events
(``scripts/learn_triggers.py``) — the circumstantial participles داعيا / داعية … إلى (REQUEST) and نافية (REJECT),
shooting down missiles (أسقط … صواريخ), launching strikes (شن ضربات), security operations, crackdowns and sweeps
(COERCE) — and the senses where they must not fire: praying (داعيا الله), a preacher (داعية), security campaigns
in general (الحملات الأمنية), a fighter that shoots. Sentences from the training split or SaudiNewsNet (never
dev/test articles)."""
from __future__ import annotations

from conftest import event_roles as roles


def _types(text: str, trigger: str) -> set[str]:
    return {t for trig, (t, _s, _o) in roles(text).items() if trig == trigger}


# -- calling on someone, as a circumstantial participle after a statement -----------------------------------

def test_daiya_ila_after_a_condemnation_is_a_request():
    s = ("ومن جهتها ادانت حكومة اقليم كوردستان، “بشدة” القصف الايراني الذي طال مناطق داخل اقليم كوردستان ، "
         "داعية الى وضع حد لهذه الاعتداءات ولخرق سيادة أراضي الإقليم .")
    assert "REQUEST" in _types(s, "داعية")


def test_daiyan_with_tanwin_is_a_request():
    s = "كما وجه تحذيرًا لإيران داعيًا إياها لوقف دعم الحوثيين وعدم تهديد الشعب الأمريكي أو ممرات الشحن العالمية."
    assert "REQUEST" in _types(s, "داعيًا")


def test_daiyan_calling_on_states():
    s = ("وأنه يعتبر هذا الهجوم الذي تم بصواريخ توماهوك دفاعا عن الأمن القومي الأمريكي، وذلك بعد استنفاد كافة "
         "السبل لإيجاد حل سلمي في المنطقة داعيا دول العالم إلى مساندة أمريكا.")
    assert "REQUEST" in _types(s, "داعيا")


def test_praying_to_god_is_no_request():
    # SaudiNewsNet: a condolence, not a call on anyone
    s = ("وعبر عن عزائه ومواساته للملك المفدى في شهداء الواجب ، داعيا الله أن يتغمدهم بواسع رحمته ومغفرته.")
    assert not any(t == "REQUEST" for t, _s, _o in roles(s).values())


def test_a_preacher_is_no_request():
    # SaudiNewsNet: داعية إسلامي, no إلى to follow
    s = "وفي تصريح لـ«الشرق الأوسط» قال نور الدين الطويل وهو داعية إسلامي إن المسلمين لم يكترثوا بالرسوم."
    assert not any(t == "REQUEST" for t, _s, _o in roles(s).values())


# -- denying, as a circumstantial participle ------------------------------------------------------------------

def test_nafiya_is_a_rejection():
    s = ('وكانت وزارة الدفاع الروسية أكدت أن طائرة حربية "سوخوي-24" تابعة لمجموعة الطائرات الروسية في سوريا '
         'تحطمت، نافية بشكل قاطع اختراق الطائرة للأجواء التركية.')
    assert "REJECT" in _types(s, "نافية")


# -- shooting down missiles; a fighter jet is not taken as what was shot -------------------------------------

def test_shooting_down_missiles_plural():
    s = ("استهدف هجوم صاروخي اسرائيلي مطار العاصمة السورية ليلة السبت، ما ادى الى انطلاق انظمة الدفاع الجوي "
         "التي اسقطت عدة صواريخ، بحسب وكالة الانباء السورية الرسمية “سانا”.")
    assert "ASSAULT" in _types(s, "اسقطت")


def test_the_shooting_fighter_is_not_the_target():
    # training split: مقاتلات تركية did the shooting; no entry may take the fighter after the verb as its object
    s = 'أسقطت مقاتلات تركية من طراز "إف 16"، اليوم الثلاثاء، مقاتلة روسية من طراز "سوخوي 24" على الحدود السورية.'
    assert not any(o and "مقاتلات تركية" in o for _t, _s, o in roles(s).values())


# -- security operations, crackdowns and sweeps (COERCE) ------------------------------------------------------

def test_security_operation():
    s = ("بتهمة خطف عدد من أتباع كتائب الحزب في عملية أمنية نفذها جهاز مكافحة الإرهاب فجر الجمعة الماضية "
         "بالدورة جنوبي بغداد.")
    assert "COERCE" in _types(s, "عملية أمنية")


def test_security_campaign_singular():
    # SaudiNewsNet
    s = "ومنذ حادث التفجير الإرهابي في المسجد، بدأت الكويت حملة أمنية على الخلايا النائمة."
    assert "COERCE" in _types(s, "حملة أمنية")


def test_security_campaigns_in_general_are_no_event():
    # training split: الحملات الأمنية is the practice in the region, no crackdown of its own (not annotated)
    s = ('ويشهد ريف دير الزور، الخاضع لسيطرة ميليشا قسد، نشاطاً ملحوظاً لتنظيم "داعش"، الذي يهاجم، رغم الحملات '
         'الأمنية في المنطقة، عناصر قسد وأفراد من المدنيين فيها.')
    assert not any(t == "COERCE" and "الحملات" in trig for trig, (t, _s, _o) in roles(s).items())


def test_sweep_operation():
    s = 'وأعلن الأمن العام فرض حظر تجوال كامل في اللاذقية وطرطوس، وبدأت عملية تمشيط واسعة في المنطقة، بحسب "وكالة سانا للأنباء".'
    assert "COERCE" in _types(s, "عملية تمشيط")


def test_search_and_sweep_is_no_talks():
    s = "وتقوم قسد حالياً بعمليات بحث وتمشيط واسعة النطاق للعثور على أعضاء الخلية."
    r = roles(s)
    assert r.get("بعمليات بحث وتمشيط", (None,))[0] == "COERCE", r
    assert not any(t == "CONSULT" for t, _s, _o in r.values()), r
