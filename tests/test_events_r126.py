"""Events, round 126 (wrong sources from verbs whose subject is written on them; issue #26).

A verb in the first person plural has its subject, "we", written on it, as the plural -وا has (round 122): no
phrase after it is its subject; that phrase is its object, and the doer is the speaker of the quotation when one
is read (SentenceView.speaker), else none. Before, the imperfect in ن- (ندعو) kept a subject read after it, the
future سن- (سنغادر) and the past in -نا (حررنا) were not read as "we" at all (actors._first_plural).

The past in -نا is also "he … us" (دعمَنا): written bare, it is read as "we" only when the phrase after it cannot
act (a place's name, a kind of place or a site, a thing non_agents.txt lists: حررنا الأهداف, not قصفنا الاحتلال);
with an object pronoun after -نا (حررناها) or the sukun of قصفْنا it is "we" always. site_heads.txt gains هدف,
أهداف (a target, struck or taken, never acts). The -ت of the first person singular (قصفتُ) is left: the third
feminine singular is far more common and the text rarely writes the vowel.

The training split's gold annotates no first-person event (its one predicted, سنغادر, is a false event), so the
figures do not move; the store changes are the two first tests."""
from __future__ import annotations

from conftest import event_roles, roles_of as _roles


def test_we_imperfect_phrase_after_is_the_object():
    # store doc 310 (the joint statement of the Astana meeting): the addressee was read as the one who calls
    text = ('وقال البيان: "إنه في هذا السياق، ندعو المجتمع الدولي إلى تقديم المساعدة اللازمة للاجئين والنازحين '
            'السوريين، ونؤكد من جديد استعدادنا لمواصلة التعامل مع جميع أصحاب المصلحة".')
    typ, source, target = _roles(text, "ندعو")
    assert typ == "REQUEST"
    assert source != "المجتمع الدولي"
    assert target == "المجتمع الدولي"


def test_we_future_has_no_subject_after_it():
    # training split im-2f933c1881 (store doc 105): the place left, الكويت, was read as the one who leaves
    text = ('وفي آب/أغسطس 2016، أعلن ولد الشيخ تعليق مشاورات السلام إلى أجل غير مسمى، بعد نحو 4 أشهر من الجلوس '
            'إلى طاولة المفاوضات، قائلا: "سنغادر الكويت، لكن المشاورات مستمرة".')
    _typ, source, _target = _roles(text, "سنغادر")
    assert source != "الكويت"


def test_we_past_in_na_takes_the_speaker():
    # store doc 479 (audit r21 row 280; issue #26 as round 124 found it), the object after the verb: "the
    # important targets" were read as the ones who liberated
    text = 'وقال الأسدي: "حررنا الأهداف المهمة في الساحل الأيسر بالكامل، وما بقي مقدور عليه".'
    typ, source, target = _roles(text, "حررنا")
    assert typ == "COERCE"
    assert source == "الأسدي"
    assert target is not None and target.startswith("الأهداف")
    # bare -نا before a phrase that may act stays as it was read: "قصفَنا الاحتلال" (the occupation bombed us)
    # is as good a reading as "we bombed the occupation"
    assert event_roles('وقال القائد: "قصفنا الاحتلال بالصواريخ".')["قصفنا"][1] != "القائد"
