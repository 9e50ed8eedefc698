"""Round 95: a visit's destination is its target. A visit (roles.tsv CONSULT visit_heads: زيارة, زار) names the one
visited by a place's name after إلى, past the visitor and his title (actors._visit_destination): the visited
capital or country is the CONSULT's target (GUIDELINES; the call of audit r19 row 144, where the visited بكين was
put as the place). Only إلى: a ل glued to the name was tried and lowered the dev target figure by one."""
from marsad import analyze


def _consult(text):
    return [e for e in analyze(text).events if e.type == "CONSULT"]


def test_visit_destination_after_ila():
    # store doc 21 (in-domain store at 855dbd7): the visited capital put as place, target null
    evs = _consult("هذه المقاطعة كان طالب بها الرئيس الأمريكي دونالد ترامب خلال زيارته الأخيرة إلى الرياض ولكن طالب "
                   "بها الدول العربية والخليجية والإسلامية بالاتحاد من أجل عزل إيران.")
    assert evs and evs[0].target == "الرياض"


def test_visit_destination_past_title():
    # store doc 347: Lavrov's planned (cancelled) visit to Turkey
    evs = _consult("وفي المقابل قالت الرئاسة الروسية \"الكرملين\"، إن إسقاط تركيا للطائرة الروسية فوق سوريا واقعة خطيرة "
                   "للغاية، وقرر وزير الخارجية الروسي سيرغي لافروف إلغاء زيارته إلى تركيا المقررة غداً.")
    assert evs and evs[0].target == "تركيا"  # (the name alone, not the visit's adjective المقررة after it)


def test_purpose_is_no_destination():
    # guard: a ل of purpose after the visit stops the search (no later إلى is its destination)
    evs = _consult("وصل الوزير في زيارة للقاء المسؤولين قبل أن يتوجه إلى بغداد.")
    assert all(e.target != "بغداد" for e in evs)
