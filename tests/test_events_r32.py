"""Events, round 32 (targets of REQUEST, REJECT, ACCUSE, THREATEN and SUPPORT left empty or wrong, audit rounds 11-13):
after a verb of accusing (اتهم) the ب-phrase is the charge, never the accused, who is the verb's object ("في حينه",
"at the time", is a time between them); the statement a subject spoke in ("في البيان", "في بيان لها") stands between
the subject and the object; what is rejected or supported may be a thing no actor phrase reads (العملية السياسية), but
not an act named by its verbal noun (الانتقال, which the training split leaves without a target); and an object that
merely begins with the letter ف (فصيلا, فيلق) is no conjunct. Sentences of the store's articles (audit rows) outside
the dev and test splits; each test fails without its rule."""
from __future__ import annotations

from conftest import reported_roles as roles


def _target(text: str, trigger: str):
    r = roles(text)
    assert trigger in r, r
    return r[trigger][2]


def test_the_accused_not_the_charge_past_at_the_time():
    # audit r11 43: the charge (بالوقوف) was the target; the accused is Iran, past "في حينه"
    text = ("وكان الهجوم الأبرز العام الماضي، الذي أعلنت الجماعة المسؤولية عنه، وطال خزانات نفطية شرق المملكة، وأدى "
            "إلى خسائر طائلة لعملاق النفط، اتهمت الولاياتالمتحدة في حينه إيران بالوقوف وراء الهجوم، رغم إعلان "
            "الحوثيين مسؤوليتهم.")
    assert _target(text, "اتهمت") == "إيران"


def test_the_accused_not_the_charge():
    # store [158]: التورط is what Iran is accused of
    text = "وتتهم واشنطن إيران بالتورط بشكل غير مباشر في هذه الهجمات"
    assert _target(text, "وتتهم") == "إيران"


def test_other_cues_of_an_accusation_still_name_the_target():
    # narrowness (store): a cue other than ب still names what is aimed at ("على قواعد")
    text = ('صواريخ واعتقال قيادات.. الأمن العراقي يداهم مقر "حزب الله"\n\nمليشيا حزب الله العراق تدعمه إيران '
            'وتتهمه واشنطن بإطلاق صواريخ على قواعد تستضيف القوات الأمريكية\n\nقال مصدران في الحكومة العراقية، '
            'الجمعة، إن قوات الأمن داهمت مقر فصيل تدعمه إيران جنوبي بغداد.')
    assert (_target(text, "وتتهمه") or "").startswith("قواعد")


def test_the_accused_past_the_statement():
    # audit r11 34: the accused faction, past "في البيان"
    text = ('واتهمت قيادة البشمركة في البيان فصيلا من الاتحاد الوطني الكردستاني وهو أحد حزبين سياسيين رئيسيين في '
            'كردستان العراق "بالخيانة" لمساعدته بغداد في العملية.')
    assert _target(text, "واتهمت") == "فصيلا من الاتحاد الوطني الكردستاني"


def test_the_supported_thing():
    # store [372]: the political process is what is supported
    text = ("ونقلت وكالة الأنباء السورية «سانا» عن بيان الرئاسة أن اللقاء بحث آخر التطورات في الساحة السورية، وسبل "
            "دعم العملية السياسية وتعزيز الأمن والاستقرار، إلى جانب مناقشة آليات تنفيذ اتفاق «10 مارس»، بما يصون "
            "وحدة الأراضي السورية وسيادتها.")
    assert _target(text, "دعم") == "العملية السياسية"


def test_an_act_refused_names_no_target():
    # narrowness (audit r13 407, a training-split sentence whose gold has no target): the act refused, a verbal
    # noun, is not read as a thing
    text = ("وأكد مراقبون ان مسلحي جيش الاسلام رفضوا الانتقال الى ادلب خشية ان تقوم الفصائل المدعومة من تركيا وقطر "
            "بتصفيتهم.")
    assert _target(text, "رفضوا") is None


def test_an_object_beginning_with_fa_is_no_conjunct():
    # store [414]: فصيلا is the accused, not "ف + صيلا"
    text = ("واتهمت البيشمركة فصيلا من الاتحاد الوطني الكردستاني، وهو أحد حزبين سياسيين رئيسيين في كردستان العراق "
            "«بالخيانة» لمساعدته بغداد في العملية.")
    assert _target(text, "واتهمت") == "فصيلا من الاتحاد الوطني الكردستاني"
    # store [79]: فيلق القدس
    text = ("وقد نشر رئيس حكومة إقليم كردستان مسرور بارزاني صورا للأطفال الذين استشهدوا جراء القصف الإيراني، معبرا "
            "عن تضامنه مع عائلات الضحايا ومتمنيا الشفاء العاجل للجرحى.\n\nوفي تغريدته، اتهم بارزاني فيلق القدس "
            "الإيراني بالاستهداف الجمهورية الإسلامية لأطفال الإقليم، معتبرا أن الهجوم يعد انتهاكا صارخا لسيادة "
            "العراق وإقليم كردستان.")
    assert _target(text, "اتهم") == "فيلق القدس الإيراني"


def test_an_apposition_in_waw_after_a_name_is_no_object():
    # narrowness (store [225]): "ولي العهد" after the prince's name is his title, not whom he welcomed
    text = ('ورحب الأمير محمد بن سلمان ولي العهد وزير الدفاع السعودي في كلمة له بالحاضرين "في بلدهم الثاني المملكة '
            'في هذا اليوم البهيج".')
    assert _target(text, "ورحب") != "ولي العهد"
