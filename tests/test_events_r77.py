"""Events, round 77 (a doer left null although it is the subject of its verb or of the clause the act stands in):
- a past verb with its plural subject suffix (سقطوا) followed by a word with the conjunction و ends one clause; the
  subject of the next verb, read leftwards from it, stops there ("سقطوا والمخربون أحرقوا": المخربون, not a phrase
  across the verb, which the actor check then threw away) (SentenceView.plural_verb_before_and);
- a verb trigger that only looks definite, ال then two letters (ألقت, the past of ألقى), is no definite noun before
  the nisba of its subject: "وألقت الولايات المتحدة اللوم" — المتحدة was read as an adjective of ألقت and the
  subject lost (SentenceView.article_like_verb);
- a verb after a relative with the preposition and pronoun of its antecedent after it (التي سيطرت عليها) and no
  subject named: the subject left unsaid is that of the finite verb before it that agrees with it, the actor the
  sentence is about ("انسحبت القوات الحكومية من المناطق التي سيطرت عليها") (actors._unnamed_relative_doer).
Sentences of the in-domain store (audit r18 rows 2, 11, 65; doc 268); each test fails without its rule."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- a plural verb before و closes the subject read leftwards ---------------------------------------------------------

def test_the_subject_after_a_plural_verb_and_wa_is_the_doer():
    # store doc 308 (audit r18 row 2: the doer المخربون, subject of أحرقوا in the same quoted clause, left null)
    text = ('وقال عضو المفوضية علي البياتي في بيان تابعته "ايلاف" إن "شهيدا وعددا من الجرحى سقطوا والمخربون أحرقوا '
            'بعض اليات القوات الامنية في ساحة التحرير".')
    _typ, source, _target = _roles(text, "أحرقوا")
    assert source == "المخربون"


# -- ألقت is no definite word: the nisba after it belongs to its subject --------------------------------------------

def test_the_subject_right_after_alqat_is_the_accuser():
    # store doc 321 (audit r18 row 11: الولايات المتحدة, subject right after وألقت, put as place and left as no source)
    text = ('وألقت الولايات المتحدة اللوم على هذه الجماعة في سقوط صاروخ يوم الجمعة وقتل متعاقد دفاع أمريكي في مجمع '
            'عسكري بالقرب من كركوك، شمال العراق.')
    typ, source, _target = _roles(text, "وألقت")
    assert (typ, source) == ("ACCUSE", "الولايات المتحدة")


# -- the unsaid subject of a relative verb with its resumptive preposition ------------------------------------------

def test_the_unsaid_subject_of_a_relative_verb_is_the_main_verbs_subject():
    # store doc 360 (audit r18 row 65: القوات الحكومية, subject of the sentence and doer of سيطرت عليها, left null)
    text = ('لكن القوات الحكومية انسحبت، الأربعاء، من المناطق التي سيطرت عليها بعد تدخل المقاتلات الإماراتية '
            'بتوجيه ضربات جوية.')
    _typ, source, target = _roles(text, "سيطرت")
    assert (source, target) == ("القوات الحكومية", "المناطق")


def test_the_unsaid_subject_of_a_relative_verb_after_an_imperfect_main_verb():
    # store doc 268: the Yemeni forces comb the parts of the airport they seized (the target read, a phrase across
    # the main verb, is another matter: the record is dropped as a later telling of the seizure told before it)
    text = ("وأضاف المصدر أن القوات اليمنية تمشط حاليا الأجزاء التي استولت عليها بالمطار، بحثا عن مسلحين حوثيين، "
            "فيما لا تزال معارك ضارية تدور في أنحاء أخرى.")
    _typ, source, _target = _roles(text, "استولت")
    assert source == "القوات اليمنية"
