"""Events, round 38 (a doer named in the sentence but the source left null, audit round 14): (1) a conjoined verb
with no subject of its own shares the subject of the verb heading its chain also when that subject is an actor
noun of an event type (محتجون, متظاهرون: a trigger's actor noun, not an actor head of actor_heads.txt); (2) an
act after ب with its partner after مع (بالتعاون مع, بالتنسيق مع) is an adverbial of manner on the clause's verb:
its doer is that verb's subject, or the actor standing right before it as the clause's topic, never a thing.
Sentences of the training split and of the audit rows; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) an actor noun heads the chain of conjoined verbs ------------------------------------------------------

def test_protesters_who_stormed_are_the_doers_of_the_conjoined_arson():
    # audit r14 row 68 (doc 249): the dropped subject of وأضرموا is the protesters of اقتحم
    text = ("اقتحم محتجون غاضبون، أمس، مبنى القنصلية الإيرانية في مدينة البصرة، جنوبي العراق، "
            "وأضرموا النار فيها.")
    _typ, source, _target = _roles(text, "وأضرموا النار")
    assert source == "محتجون غاضبون"


# -- (2) بالتعاون مع: the doer is the subject of the verb it qualifies ----------------------------------------

def test_cooperation_adverbial_is_done_by_the_subject_of_its_verb():
    # training split (im-be82c30101, the same in audit r14 row 98): the directorate organised the return in
    # cooperation with the UN
    text = ("- نظّمت المديرية العامة للأمن العام في لبنان المرحلة الثامنة من خطة العودة المنظمة للاجئين السوريين "
            "بالتعاون مع الأمم المتحدة والمنظمات الدولية، حيث غادرت مجموعة كبيرة من العائلات السورية من طرابلس "
            "ضمن برنامج العودة الطوعية.")
    _typ, source, target = _roles(text, "بالتعاون")
    assert source is not None and source.startswith("المديرية العامة للأمن العام")
    assert target == "الأمم المتحدة والمنظمات الدولية"


def test_cooperation_adverbial_after_the_subject_is_done_by_that_topic():
    # store article 449 (in-domain corpus, not a dev/test article): the Peshmerga, with the Yazidi forces,
    # freed Sinjar
    text = ("أعلن مسعود البارزاني رئيس إقليم كردستان العراق الجمعة أن قوات البشمركة وبالتعاون مع القوات الايزيدية "
            "حررت بلدة سنجار من سيطرة مسلحي داعش.")
    _typ, source, _target = _roles(text, "وبالتعاون")
    assert source == "قوات البشمركة"


def test_cooperation_adverbial_of_a_thing_has_no_doer():
    # store article 452: "the operation took place in coordination with": the subject is a thing, no doer
    text = ("وأشارت قيادة العمليات المشتركة في بيان اليوم الجمعة، إلى أن تلك العملية جرت بالتنسيق مع السلطات "
            "السورية.")
    _typ, source, _target = _roles(text, "بالتنسيق")
    assert source is None
