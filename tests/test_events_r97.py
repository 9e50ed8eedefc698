"""Events, round 97 (a party telling what its own strike aimed at): a definite act noun (الغارة, الضربات, الهجوم)
opening the clause of a bare أن/إن after a verb of saying, with no doer of its own (the verb right after it: no
nisba, no genitive) and a verb of aiming whose subject may be the act (roles.tsv act_subject_verbs: استهدف, طال),
is done by the sayer when the sayer is a state or its armed forces (actors._striking_party: the actor dictionary's
sectors military / security or the place kind country; else a head of striker_heads.txt) and the act's object holds
no word of the sayer's name nor a pronoun of its own (actors._own_strike_teller). Not a ministry (of health as well
as of defence), a government, an armed group or a spokesman of one, who tell of strikes on them as often. Sentences
of the audit r19 (rows 98 and 142) and the in-domain store (doc 176; the guard: doc 421)."""
from __future__ import annotations

from conftest import roles_of as _roles


def _events(text: str) -> list[tuple]:
    from marsad.document import Document
    from marsad.pipeline import run

    doc = run(Document(text=text, published="2024-01-01"))
    return [(e.trigger, e.type, e.source, e.target) for e in doc.events]


def test_a_state_telling_what_the_strike_targeted_did_it():
    # audit r19 row 98 (store doc 469): Israel's statement on its Sanaa strike
    text = ("وقالت إسرائيل يوم الجمعة إن الغارة استهدفت رئيس أركان الجماعة المتحالفة مع إيران ووزير الدفاع ومسؤولين "
            "كبارا آخرين وإنها تتحقق من النتائج.")
    _typ, source, _target = _roles(text, "الغارة")
    assert source == "إسرائيل"


def test_a_command_telling_what_the_strikes_targeted_did_them():
    # audit r19 row 142 (store doc 351): CENTCOM on the US-UK strikes; the verb is the trigger, the noun its subject
    text = ("وذكرت القيادة الوسطى الأميركية أن الضربات استهدفت 13 موقعًا للحوثيين، بينما أشارت وزارة الدفاع "
            "البريطانية إلى أن العملية المشتركة استهدفت 3 مواقع في الحديدة.")
    first = _events(text)[0]
    assert first[0] == "استهدفت" and first[2] == "القيادة الوسطى الأميركية"


def test_an_army_telling_what_its_attack_targeted_did_it():
    # store doc 176: the IRGC on its missile attack on Erbil
    text = ("وفي بيان تداولته وسائل إعلام رسمية إيرانية، قال الحرس الثوري إن الهجوم استهدف “مركزا استراتيجيا "
            "إسرائيليا” في العراق.")
    _typ, source, _target = _roles(text, "الهجوم")
    assert source == "الحرس الثوري"


def test_the_spokesman_of_the_struck_party_is_no_doer():
    # store doc 421 (guard): the Houthi side telling of the coalition's strike on buses in Saada
    text = ('وأضاف المتحدث الحوثي أن "الغارة استهدفت ثلاث حافلات وليست حافلة واحدة"، موضحا أن "الأطفال كانوا في '
            'طريقهم إلى مركز صيفي".')
    _typ, source, _target = _roles(text, "الغارة")
    assert source is None
