"""Events, round 57 (parties of two-sided acts): (1) a counterpart noun (نظيره, closed_classes.tsv counterparts)
names another party, not the one its pronoun refers to: the person named after it (past its nationality, or set
off by commas) is the party; a title cut inside a name reaches the name's end before an apposed person's name;
(2) a party after a two-sided act (its genitive) with a second name joined to it by و is the pair of the act
("اتفاق الرياض وطهران"); (3) وقّع takes a bare object (governing_verbs.txt): its subject signs the agreement
("وقع X وY، الاثنين، اتفاقا"), two parties then split as the two sides.
Sentences of the training split and the store; each test of a rule fails without it."""
from __future__ import annotations

from conftest import roles_of as _roles


# -- (1) the counterpart and the name after it ------------------------------------------------------------------------

def test_the_counterpart_after_ma_is_the_name_set_off_by_commas():
    # training im-b12ff3cda8 (store doc 367): gold source علي شمخاني, target مساعد العيبان; predicted the title
    # (cut inside the council's name) and no target (نظيره read as the Iranian official it belongs to)
    text = ("وذكرت وكالة الأنباء الإيرانية الرسمية، «إرنا»، أنه عقب زيارة الرئيس الإيراني، إبراهيم رئيسي، لبكين في "
            "شباط الماضي، أجرى أمين المجلس الأعلى للأمن القومي الإيراني، علي شمخاني، محادثات مكثّفة مع نظيره "
            "السعودي، مساعد العيبان، في الصين، بهدف العمل على حلّ المشكلات بين طهران والرياض بشكل نهائي.")
    _typ, source, target = _roles(text, "محادثات")
    assert (source, target) == ("علي شمخاني", "مساعد العيبان")


def test_a_counterpart_is_no_pronoun_for_the_first_party():
    # the counterpart glued to the ب of التقى, with no name: the counterpart itself (a title without a name), not
    # the minister its pronoun refers back to
    text = "التقى وزير الخارجية السعودي بنظيره الإيراني في بكين."
    _typ, source, target = _roles(text, "التقى")
    assert (source, target) == ("وزير الخارجية السعودي", "نظيره الإيراني")


# -- (2) the act's genitive: two names joined by و --------------------------------------------------------------------

def test_two_names_after_an_agreement_are_its_two_sides():
    # training im-42906d4170 (store doc 132): gold source الرياض, target طهران; predicted no target
    text = ("ومن المنتظر أن يجتمع وزيرا الخارجية السعودي الامير فيصل بن فرحان بنظيره الايراني حسين عبد اللهيان خلال "
            "شهر رمضان الجاري إثر اتفاق الرياض وطهران بعد سنوات من الخصومة التي هددت الاستقرار في الخليج.")
    _typ, source, target = _roles(text, "اتفاق")
    assert (source, target) == ("الرياض", "طهران")


# -- (3) وقّع with a bare object: the signers -------------------------------------------------------------------------

def test_the_signers_of_an_agreement_are_its_two_sides():
    # store doc 160: both left null
    text = ("وقع الرئيس الأميركي جو بايدن ورئيس وزراء العراق مصطفى الكاظمي، الاثنين، اتفاقا ينهي رسميا المهمة "
            "القتالية الأميركية في العراق بحلول نهاية 2021، بعد أكثر من 18 عاما على دخول القوات الأميركية البلاد.")
    _typ, source, target = _roles(text, "اتفاقا")
    assert (source, target) == ("جو بايدن", "مصطفى الكاظمي")


def test_the_signers_of_a_named_agreement():
    # store doc 492: both left null
    text = ('وقعت الحكومة الشرعية والمجلس الانتقالي الجنوبي، الثلاثاء، "اتفاق الرياض"، ما يدشن لمرحلة جديدة من وحدة '
            "الصف في مواجهة الانقلاب الحوثي المدعوم إيرانياً.")
    _typ, source, target = _roles(text, "اتفاق")
    assert (source, target) == ("الحكومة الشرعية", "المجلس الانتقالي الجنوبي")


def test_a_signed_agreement_with_no_subject_before_it_has_no_signer_read():
    # store doc 225 (control): the agreement right after وقع is its object with the signers after it, no subject
    # between (the bare object needs the verb's subject before it)
    text = ("ووقع الاتفاق عن الجانب الحكومي نائب رئيس مجلس الوزراء سالم الخنبشي، وعن المجلس الانتقالي الجنوبي ناصر "
            "الخبجي عضو هيئة رئاسة المجلس.")
    _typ, source, _target = _roles(text, "ووقع الاتفاق")
    assert source != "الاتفاق"
