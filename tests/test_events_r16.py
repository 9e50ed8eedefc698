"""Events, round 16 (issue 26, audit r10's "no event" items): what is no event is not reported — a trigger word
that is part of a name (a place, a station, a team, a person), an act hoped for, proposed, ruled out, called
for or aimed at, aircraft flying off, warnings that threaten nothing, sirens, caution and a label someone gives —
and the controls where a real event in a like frame stays. Sentences from the audit's contexts (never the test
articles of the in-domain corpus)."""
from __future__ import annotations

import pytest


def reported(text: str) -> dict[str, str]:
    """trigger -> type of the events the whole pipeline reports in ``text`` (not negated, not hypothetical)."""
    from marsad.document import Document
    from marsad.pipeline import run

    doc = run(Document(text=text, published="2024-01-01"))
    return {e.trigger: e.type for e in doc.events if not (e.negated or e.hypothetical)}


# -- a trigger word inside a name -------------------------------------------------------------------------

def test_square_name():
    # audit r10 row 81: ساحة التحرير is a place; the clashes there are real
    r = reported("قال ناشطون عراقيون ان اشتباكات وقعت في ساحة التحرير وسط بغداد عصر الثلاثاء بين المتظاهرين "
                 "والقوات الامنية.")
    assert "التحرير" not in r, r
    assert r.get("اشتباكات") == "ASSAULT", r


def test_station_name_after_its_head():
    # audit r10 row 46
    r = reported("وقال تلفزيون المسيرة الذي يديره الحوثيون عبر حسابه على تويتر إن سلاح الجو المسير استهدف "
                 "مصفاة شركة أرامكو في الرياض.")
    assert "المسيرة" not in r, r
    assert r.get("استهدف") == "ASSAULT", r


def test_station_name_in_quotes():
    r = reported('وأفادت قناة "المسيرة" التابعة للحوثيين بأن غارات جوية أمريكية استهدفت مساء الأربعاء عدة محافظات '
                 'يمنية، بما في ذلك صنعاء.')
    assert "المسيرة" not in r, r


def test_team_name():
    # audit r10 row 116: the byline of the editorial team
    r = reported("الترا عراق - فريق التحرير\nتسلم رئيس مجلس الوزراء محمد شياع السوداني، عصر الجمعة، مهامه رسميًا "
                 "في القصر الحكومي.")
    assert "التحرير" not in r, r


def test_epithet_head_with_a_glued_preposition():
    # audit r10 row 4: الاحتلال labels the US forces
    r = reported("تلا ذلك سماع أصوات انفجارات داخل القاعدة فيما لم يتم التأكد إذا خلّف الهجوم إصابات أو قتلى في "
                 "صفوف قوات الاحتلال، وأشارت المصادر إلى أن قوات الاحتلال الأمريكي أغلقت المنطقة على الفور، بالتوازي "
                 "مع تحليق لطائرات الاحتلال في أجواء المنطقة.")
    assert "الاحتلال" not in r, r


def test_verb_form_inside_a_person_name():
    # audit r10 row 148
    r = reported("معلومات عن أبو تقوى القيادي بحركة النجباء العراقية- يدعى مشتاق طالب السعيدي.")
    assert "طالب" not in r, r


def test_control_the_demand_verb_stays():
    r = reported("طالب رئيس الوزراء العراقي مصطفى الكاظمي بانسحاب القوات الأجنبية من العراق.")
    assert r.get("طالب") == "REQUEST", r


# -- acts hoped for, proposed, ruled out, called for, aimed at ---------------------------------------------

def test_hoped_for_talks():
    # audit r10 row 94
    r = reported("قال مبعوث الأمم المتحدة لسوريا ستافان دي ميستورا أمس الجمعة إنه يأمل في إجراء محادثات مع "
                 "وفد المعارضة السورية غدًا الأحد.")
    assert "محادثات" not in r, r


def test_proposed_extension_of_the_truce():
    # audit r10 row 135 (a headline, where every trigger reports)
    r = reported("المبعوث الأممي: قدمنا مقترحًا لتمديد الهدنة لأطول فترة وننتظر الرد\nقال المبعوث الأممي إلى اليمن، "
                 "هانس غروندبرغ، إنه تقدم بمقترح لتمديد الهدنة في اليمن إلى فترة أطول من الهدن السابقة.")
    assert "الهدنة" not in r, r


def test_talks_ruled_out():
    # audit r10 row 150
    r = reported("كما استبعد عراقجي استئنافًا سريعًا للمحادثات مع الولايات المتحدة بشأن البرنامج النووي لبلاده.")
    assert "للمحادثات" not in r, r


def test_called_for_dialogue():
    # audit r10 row 40
    r = reported("وأكد البيان على الدعوة لحوار مباشر بين الحكومة والمعارضة السورية تحت إشراف الأمم المتحدة في جنيف.")
    assert "لحوار" not in r, r


def test_called_for_withdrawal_and_the_call_stays():
    r = reported("قدم مقتدى الصدر اعتذاره للشعب العراقي، ودعا أنصاره للانسحاب التام خلال 60 دقيقة.")
    assert "للانسحاب" not in r, r
    assert r.get("ودعا") == "REQUEST", r


def test_goal_of_an_operation():
    # audit r10 row 98
    r = reported("وهم مزودون بعربات عسكرية حصلوا عليها من التحالف العربي الذي تقوده السعودية بهدف استعادة "
                 "السيطرة على عدن من المتمردين الحوثيين.")
    assert "استعادة" not in r, r


def test_control_a_retaking_told_as_done():
    r = reported("وتمكنت القوات الحكومية أمس من استعادة السيطرة على عدن من المتمردين الحوثيين.")
    assert r.get("استعادة") == "COERCE", r


def test_a_label_someone_gives():
    # audit r10 row 25: the attacks are real, the support campaign is the Houthis' name for them
    r = reported("ويشن الحوثيون منذ 2023 هجمات عديدة على سفن في البحر الأحمر، فيما يصفونه بحملة دعم "
                 "للفلسطينيين في حرب إسرائيل على قطاع غزة.")
    assert "دعم" not in r, r
    assert r.get("هجمات") == "ASSAULT", r


# -- aircraft flying off -------------------------------------------------------------------------------------

def test_aircraft_leave_the_airspace():
    # audit r10 row 53
    r = reported("لافتا إلى أن الطائرات التي نفذت الهجوم غادرت المجال الجوي الإيراني بسلام وهي في طريق عودتها "
                 "إلى الوطن.")
    assert "غادرت" not in r, r


def test_drone_flies_off():
    # audit r10 row 104
    r = reported("الإستهداف أدى لإصابة عدد من حراس الكاظمي، وانسحبت الطائرة من المكان ولم تنجح كل المحاولات "
                 "في إسقاطها.")
    assert "وانسحبت" not in r, r


def test_control_forces_withdraw():
    r = reported("وقال المرصد السوري إن القوات النظامية السورية انسحبت من كل مواقعها في المدينة.")
    assert r.get("انسحبت") == "RETREAT", r


# -- warnings that threaten nothing, sirens, caution ---------------------------------------------------------

def test_warning_of_a_danger():
    # audit r10 row 17
    r = reported("أما اللجنة الدولية للصليب الأحمر، التي حذّرت أيضاً من خطورة استهداف البنى التحتية الأساسية "
                 "في الحديدة، فقد أكدت أن المعارك تسببت بوضع كارثي.")
    assert "حذّرت" not in r, r


def test_caution():
    # audit r10 row 83
    r = reported("وأشارت إلى أن فرق الدفاع المدني أبدت حذراً شديداً وتراجعت عن محاولة الوصول إلى الموقع.")
    assert "حذراً" not in r, r


def test_sirens():
    r = reported("أعلن مصدر أمني عراقي عن سقوط قذيفة كاتيوشا في المنطقة الخضراء. وانطلقت صافرات الإنذار في "
                 "المنطقة الخضراء التي توجد بها السفارة الأمريكية.")
    assert "الإنذار" not in r, r


def test_endangered_security():
    # (the article's last line, without a final stop: read as a headline, where every trigger reports)
    r = reported("أدانت الخارجية العراقية القصف الصاروخي على مدينة أربيل.\nمن جانبه قال رجل الدين العراقي مقتدى الصدر "
                 "إن الهجوم على أربيل يمثل سابقة خطيرة تهدد أمن العراق وسيادته")
    assert "تهدد" not in r, r


@pytest.mark.parametrize("text,trigger", [
    ("وحذر ترامب الحوثيين من أنهم إن لم يتوقفوا عن شن الهجمات فسيشهدون جحيما.", "وحذر"),
    ("هددت جماعات مسلحة عراقية باستهداف المصالح الأمريكية بالصواريخ والطائرات المسيرة.", "هددت"),
])
def test_control_threats_stay(text, trigger):
    r = reported(text)
    assert r.get(trigger) == "THREATEN", r


# -- the act a threat threatens, a forecast, a call in the first person ------------------------------------

def test_threatened_act():
    # audit r10 row 49's frame: the threat is the event, the targeting is not reported
    r = reported("كانت جماعات مسلحة عراقية متحالفة مع إيران قد هددت باستهداف المصالح الأمريكية بالصواريخ "
                 "والطائرات المسيرة، إذا تدخلت واشنطن في الحرب.")
    assert "باستهداف" not in r, r
    assert r.get("هددت") == "THREATEN", r


def test_forecast():
    r = reported("عضو في الكنيست يتوقع اتفاقيات سلام مع السعودية العام المقبل")
    assert "اتفاقيات" not in r, r


def test_call_in_the_first_person():
    r = reported("وقال الحرس الثوري الإيراني: نحذر حلفاء أمريكا في المنطقة، وندعو أمريكا للانسحاب من المنطقة "
                 "لتجنب سقوط المزيد من القتلى بصفوف قواتها.")
    assert "للانسحاب" not in r, r
