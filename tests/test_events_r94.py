"""Events, round 94 (wrong event sources of the round 19 audit: the struck side or another clause's party taken as the
doer). (1) A masculine singular verb does not agree with a sound feminine plural in -ات right after it (قوات,
مجموعات; not a count, عشرات, nor a name): that phrase is the verb's object, the subject named before
(actors._feminine_plural_subject, beside the feminine singular rule). (2) An agent cue (من قبل, على يد) hanging on a
verb that opens a clause of its own after the act, past مما / الذي (roles.tsv agent_clause_openers), is that verb's
agent, not the act's doer (actors._agent_of_later_clause). Sentences of the round 19 audit (store docs 218, 461);
each test fails without the rule."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_a_masculine_verb_before_a_feminine_plural_takes_it_as_object():
    # audit r19 row 15 (store doc 218): the Turkish strike hit the Shingal protection units, which did not strike
    text = ('وقال مصدر ان القصف تم عند الساعة 10 صباح يوم أمس الأربعاء واستهدف قوات حماية "شنكال" سنجار "يبشه".')
    _typ, source, target = _roles(text, "واستهدف")
    assert source is None
    assert target is not None and target.startswith("قوات حماية")


def test_an_agent_cue_of_a_later_clause_is_not_the_doer():
    # audit r19 row 19 (store doc 461): الإدارة السورية الجديدة read the takeover as an insurgency; the armed groups
    # took the offices
    text = ('وشنت هجومًا على مواقع حكومية في المدن الرئيسية الثلاث أسفرت عن مقتل 15 عنصرًا من قوات الأمن. '
            'وتمكنت هذه المجموعات المسلحة من السيطرة المؤقتة على الإدارات البلدية في مدينتي اللاذقية وجبلة مما '
            'فسر من قبل الإدارة السورية الجديدة على أنه بداية تمرد.')
    from conftest import event_roles
    r = event_roles(text)
    assert r.get("السيطرة", (None, None))[1] != "الإدارة السورية الجديدة"
