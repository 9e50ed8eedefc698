"""Events, round 129 (subjects written on the verb: the dual; issue #26).

A past verb in the dual carries its subject, "the two", as -وا carries "they" and -نا "we" (round 126): -ا or
-تا on the trigger's stem (واستهدفا, أطلقا, واستهدفتا; not a stem ending in a long vowel, دعا, nor a noun with the
accusative tanwin, قتلًا). Its subject stands before it (SVO), and np_left took there the nearest phrase — which,
in "أحد صاروخين أطلقتهما إسرائيل من اتجاه الجولان السوري واستهدفا بعض النقاط", is the from-phrase «من اتجاه
الجولان السوري»: where the missiles came from, never the subject of the next verb. A dual verb whose nearest phrase
before it opens right after «من» now takes as its subject the dual noun named before that, up to 12 tokens back
in the sentence (actors._dual_doer: صاروخين, مسيرتين, جنديين — the dual of a weapon or of an actor noun); when a verb
with their pronoun -هما follows that noun (أطلقتهما إسرائيل, a relative clause on it), the two things were sent by
its subject, who is the doer (إسرائيل); else the dual phrase itself (two actors, or two weapons with no launcher:
the instrument, which the audits accept as source). The training split's gold puts this event on أطلقتهما with
source إسرائيل (the system keeps it on واستهدفا, the launch folded into it: its source is now that same doer)."""
from __future__ import annotations

from conftest import roles_of as _roles


def test_dual_after_a_from_phrase_takes_the_launcher_of_the_two():
    # training split im-24a48aec71 (store doc: dostor.synceg.net/4563522; audit r21 row 66): the source was the
    # from-phrase اتجاه الجولان السوري
    text = ('والأربعاء الماضي، أعلن التليفزيون الرسمي السوري عن أن أنظمة الدفاع الجوي السورية أسقطت أحد صاروخين '
            'أطلقتهما إسرائيل من اتجاه الجولان السوري واستهدفا بعض النقاط في محيط مدينة دمشق.')
    typ, source, target = _roles(text, "واستهدفا")
    assert typ == "ASSAULT"
    assert source == "إسرائيل"
    assert target is not None and target.startswith("بعض النقاط")
