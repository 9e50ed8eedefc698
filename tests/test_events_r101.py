"""Events, round 101 (detection recall: the circumstantial participle of a stance). A speaker's stance told beside
the main clause, past its comma, by the indefinite accusative singular of an active participle (a حال: "، متهما
الحرس الثوري بالمشاركة", "، محذرة من إيوائهم") is the act of accusing or warning, as the listed داعيا / مهددا are
requests and threats. triggers.tsv writes such a participle bare with pos h (ACCUSE متهم, مندد, مستنكر, منتقد;
THREATEN محذر, متوعد); lexicon._hal_forms generates only its -ا / -ة forms (with و), never the bare noun, its plural
or its definite form, which name people (المتهمين: the accused); detect._find_hits keeps it only past a comma.
Sentences of the training split; each positive test fails without the rule."""
from __future__ import annotations

from conftest import event_roles, roles_of as _roles


def test_a_hal_participle_of_accusing_past_a_comma_is_an_accusation():
    # training split (missed gold ACCUSE متهما, target الحرس الثوري)
    text = ("وقال الرئيس الأمريكي دونالد ترامب إن على الدول أن تعترف بالحقيقة المتمثلة في أن إيران دولة ممولة "
            "للإرهاب»، متهما الحرس الثوري «بالمشاركة في الأنشطة الإرهابية وتمويلها».")
    typ, _source, _target = _roles(text, "متهما")
    assert typ == "ACCUSE"


def test_a_feminine_hal_participle_of_accusing_is_an_accusation():
    # training split (missed gold ACCUSE متهمة: فصائل المقاومة الجنوبية accuse the government)
    text = ("ويأتي هذا القرار على خلفية إعلان فصائل المقاومة الجنوبية حالة الطوارئ في المدينة، متهمة الحكومة "
            "بالفساد.")
    typ, _source, _target = _roles(text, "متهمة")
    assert typ == "ACCUSE"


def test_a_hal_participle_of_warning_is_a_warning():
    # training split (missed gold THREATEN محذرة, the Kuwaiti interior ministry)
    text = ("ونشرت وزارة الداخلية الكويتية، مساء أمس الأربعاء، صور 16 محكوماً في قضية “خلية العبدلي”، وطلبت الوزارة "
            "من المواطنين والمقيمين الابلاغ عنهم، محذرة من إيوائهم.")
    typ, _source, _target = _roles(text, "محذرة")
    assert typ == "THREATEN"


def test_the_accused_are_people_not_an_accusation():
    # training split / store doc 229: المتهمين (the plural, definite) names the convicts, no act of accusing
    text = ("وقضت محكمة التمييز الكويتية، الأحد الماضي، بسجن المتهمين في قضية “خلية العبدلي”، المتهمين بالتخابر مع "
            "إيران وحزب الله اللبناني.")
    assert not any(t.startswith("المتهمين") or t == "متهمين" for t in event_roles(text))
