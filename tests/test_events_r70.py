"""Events, round 70 (a verb's subject and object read as one phrase): a noun with the article is in construct with
nothing (the head of an idafa has no article: حكومة العراق), so after a definite actor head (الحكومة, الرئيس, الجيش)
and its agreeing adjectives (الحكومة الكويتية) a second definite actor head (actor_heads.txt: السفير, الحكومة)
opens the next phrase, the verb's object (VSO): "أمهلت الحكومة الكويتية السفير الإيراني" is the government and the
ambassador, not one actor. Not a title's name (الرئيس الأسد: not an actor head, and a person the entities component
found), nor the inside of one name, nor a noun in apposition that describes a plural as an adjective does (الدول
الأعضاء, adjectives.txt). Sentences of the store; each test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles

from marsad.document import Document


def test_a_second_definite_actor_head_after_the_subject_is_the_object():
    # store doc 259: source read as الحكومة الكويتية السفير الإيراني, target null
    text = ("أمهلت الحكومة الكويتية السفير الإيراني، و14 دبلوماسياً، 45 يوماً لمغادرة أراضيها، وقررت إغلاق المكاتب "
            "الفنية التابعة للسفارة.")
    _typ, source, target = _roles(text, "أمهلت")
    assert source == "الحكومة الكويتية"
    assert target is not None and target.startswith("السفير الإيراني")


def test_the_member_states_are_one_phrase():
    # store doc 445 (guard: الأعضاء describes الدول as an adjective does; it opens no second phrase)
    from marsad.extract.events import detect as events_mod
    from marsad.extract.events.actors import SentenceView
    from marsad.pipeline import annotate_text_layer
    doc = Document(text="وأشار البيان إلى رغبة الدول الأعضاء في تحقيق المزيد من التنسيق والتكامل والترابط بينها في "
                        "جميع المجالات.")
    annotate_text_layer(doc)
    toks = events_mod._sentence_tokens(doc, doc.sentences[0])
    k = next(i for i, t in enumerate(toks) if t.text == "الدول")
    ph = SentenceView(doc.text, toks, set()).np_right(k)
    assert ph is not None and [t.text for t in toks[ph.i:ph.j]] == ["الدول", "الأعضاء"]
