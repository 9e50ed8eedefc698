"""Entity audit, round 3 (issue 25): the error kinds found by reading 200 drawn mentions, each rule checked
on a real sentence of the in-domain corpus (benchmarks/data/indomain/audit_entities_r3.tsv)."""
from __future__ import annotations

from conftest import ents


def test_nisba_after_definite_noun_is_not_spread_from_the_country():
    # euronews, 2016 (audit r3 rows 130, 192): the country is named in the headline, so the document-level
    # propagation used to tag the adjective of السلطات السعودية / القنصلية السعودية as the place too
    text = ("السعودية تقطع رسميا علاقاتها الديبلوماسية مع إيران\n\n"
            "وإضافة إلى السفارة السعودية في العاصمة طهران قام ليلة السبت حشد من المتظاهرين بالهجوم على مقر "
            "القنصلية السعودية في مدينة مشهد ثاني كبرى المدن الإيرانية.\n\n"
            "مصدر هذا الغضب هو قيام السلطات السعودية بإعدام تسعة وأربعين شخصا.")
    got = ents(text)
    assert got.count(("السعودية", "LOC")) == 1  # the headline's, not the three adjectives
    assert ("مشهد", "LOC") in got and ("طهران", "LOC") in got


def test_country_after_a_place_or_a_preposition_is_still_spread():
    # dev-set shapes: بين اليمن والسعودية (after a name), نقل إلى السعودية (إلى is no definite noun)
    got = ents("أعلنت السعودية اعتراض صاروخ. وتشهد المناطق الحدودية بين اليمن والسعودية توترا، "
               "ونقل الجرحى إلى السعودية.")
    assert got.count(("السعودية", "LOC")) == 3


def test_the_city_alone_is_no_place():
    # audit r3 rows 164, 111 (Hodeidah articles): المدينة refers back to the city named before
    got = ents("بينما حث زعيم المتمردين عبد الملك الحوثى مقاتليه على التوجه إلى المدينة التى تضم ميناء "
               "رئيسيا للدفاع عنها.")
    assert not any(t == "المدينة" for t, _ in got)
    got = ents("وتظهر المشاهد اشتعال حريق ضخم في موقع يعتقد أنه خزانات وقود في ميناء المدينة.")
    assert not any(t == "المدينة" for t, _ in got)


def test_the_countryside_with_an_adjective_is_no_place_but_medina_is():
    got = ents("وخرجت 420 سيارة خاصة إلى مناطق المعارضة في الريف الغربي للمدينة.")
    assert not any(t.startswith("الريف") for t, _ in got)
    assert ("المدينة المنورة", "LOC") in ents("وصل الوفد إلى المدينة المنورة أمس.")


def test_militia_head_word_is_part_of_the_name():
    # soutalomma 2018 (audit r3 row 99): GUIDELINES include the generic head (ميليشيا الحوثي)
    got = ents("تعيش مليشيات الحوثيين، أصعب لحظاتها منذ إعلان تمردها على الرئيس اليمني عبد ربه هادي منصور.")
    assert ("مليشيات الحوثيين", "ORG") in got
    assert ("الحوثيين", "ORG") not in got


def test_militia_head_stays_outside_quotation_marks():
    # a quoted name is the name alone (تنظيم "داعش" → داعش)
    got = ents("ونقلت وسائل الإعلام عن قيادة ميليشيا \"حزب الله\" أن القياديين قتلا في الغارة.")
    assert ("حزب الله", "ORG") in got


def test_a_person_the_tagger_broke_in_two_is_one_name():
    # AFP via the in-domain store (audit r3 row 138): B-PER at رشيد split the commander's name
    got = ents("وأكد قائد عمليات \"قادمون يا تلعفر\" الفريق الركن عبد الأمير رشيد يار الله السبت أن "
               "\"قوات مكافحة الإرهاب حررت حي القلعة\".")
    assert ("عبد الأمير رشيد يار الله", "PER") in got
    assert ("عبد الأمير", "PER") not in got


def test_persons_listed_with_wa_stay_apart():
    # dev shape: three negotiators listed with و are three names
    got = ents("وضم الوفد رياض نعسان آغا وسالم المسلط ومنذر ماخوس.")
    assert not any(" و" in t for t, typ in got if typ == "PER")


def test_kaf_of_an_unknown_name_is_no_clitic():
    # aajsy / syria.tv (audit r2 row 14; r3 store: 5 mentions of 'ونيكو', 'وجو' of كوجو): ك + a stray word
    # seen twice is no reading of a name the clusters do not know
    got = ents("ويعد كونيكو من ضمن عدة حقول وآبار بترولية في ريف دير الزور تقع تحت سيطرة قوات سوريا "
               "الديمقراطية \"قسد\".")
    assert not any(t == "ونيكو" for t, _ in got)
    got = ents("وكانت في طريق العودة من قرية (كوجو) إلى منطقة سكني الواقعة جنوب سنجار.")
    assert not any(t == "وجو" for t, _ in got)


def test_indefinite_nisba_after_an_indefinite_noun_is_an_adjective():
    # in-domain store (r3 kind: السعودية/سورية as an adjective): وسائل إعلام سورية = Syrian media,
    # طائرة عسكرية سعودية = a Saudi military plane; after a preposition سورية is the country
    got = ents("قالت وسائل إعلام سورية رسمية إن الدفاعات الجوية السورية تصدت لأهداف إسرائيلية في محيط دمشق.")
    assert not any(t == "سورية" for t, _ in got)
    got = ents("هبطت، اليوم الأربعاء، طائرة عسكرية سعودية بمطار عدن، لتعلن بذلك إعادة افتتاح المطار.")
    assert not any(t == "سعودية" for t, _ in got)
    assert ("مطار عدن", "LOC") in got
    got = ents("ناقش الرئيس السوري أحمد الشرع مع المبعوث الأمريكي إلى سورية توماس براك آليات تنفيذ الاتفاق.")
    assert ("سورية", "LOC") in got


def test_houthi_as_an_indefinite_plural_adjective_is_no_organisation():
    # audit r3 row 149: مسلحين حوثيين = Houthi gunmen; للحوثيين (لل rule) stays the movement
    got = ents("وقالت قناة المسيرة التابعة للحوثيين إن الغارات استهدفت صعدة. واشتبكت القوات السعودية مع "
               "مسلحين حوثيين قرب الحدود مساء أمس، في جبل تويلق ومنطقة المثلث.")
    assert got.count(("حوثيين", "ORG")) == 1


def test_a_gazetteer_place_written_like_a_name_is_a_place():
    # in-domain r3 store: صلاح الدين (the Iraqi governorate) was PER 16 times in 518 articles
    got = ents("وقالت مصادر أمنية ومحلية بصلاح الدين، إن القوات الأمنية العراقية مدعومة بالحشد الشعبي "
               "تقدمت نحو مدينة تكريت آخر معاقل «داعش» في صلاح الدين.")
    assert ("صلاح الدين", "LOC") in got and ("صلاح الدين", "PER") not in got
    # a longer person's name is no gazetteer place
    got = ents("وقال الزعيم الكردي صلاح الدين دميرتاش إن الحزب سيواصل نضاله.")
    assert ("صلاح الدين دميرتاش", "PER") in got


def test_the_base_in_an_article_that_describes_bases_is_no_qaeda():
    # sky news arabia 2020 (in-domain r3 store: ~25 bare القاعدة = "the base" typed ORG): the article
    # speaks of قاعدة عراقية and never names the organisation
    text = ("وقال مسؤولان أمنيان عراقيان لـ\"أسوشيتد برس\"، إن وابلا من الصواريخ أصاب المعسكر.\n\n"
            "في وقت سابق من الأربعاء، قتل 3 جنود بينهم أميركيان، عندما تعرضت القاعدة لهجوم هو الأكثر دموية "
            "للقوات الأميركية في العراق، منذ هجوم صاروخي في أواخر ديسمبر على قاعدة عراقية أسفر عن مقتل متعاقد "
            "أميركي.")
    assert not any(t == "القاعدة" for t, _ in ents(text))
    # named as the organisation (تنظيم «القاعدة», marks between): the bare word stays ORG
    text = ("تمكنت قوات الجيش اليمني من تحرير المكلا من عناصر تنظيم «القاعدة» الإرهابي. وكانت القاعدة "
            "قد سيطرت على المدينة، وتقع قاعدة الريان الجوية قربها.")
    assert ("القاعدة", "ORG") in ents(text)


def test_an_indefinite_institution_description_is_no_name():
    # audit r3 row 123 and the in-domain store (منظمة إرهابية 9 times as ORG); the gold leaves both out
    got = ents("أصدر الرئيس اليمني عبد ربه منصور هادي فجر اليوم الخميس إعلانًا رئاسيًا نقل بموجبه كامل "
               "صلاحياته إلى مجلس قيادة رئاسي، كما أصدر قرارًا رئاسيًا بإعفاء نائب رئيس الجمهورية.")
    assert not any(t.startswith("مجلس") for t, _ in got)
    got = ents("دول مجلس التعاون الخليجي تقرر اعتبار حزب الله اللبناني منظمة إرهابية\n\n"
               "مرآة البحرين (أ ف ب): قررت دول مجلس التعاون الخليجي اعتبار حزب الله اللبناني \"منظمة إرهابية\" "
               "واتخاذ اجراءات بحقه.")
    assert not any(t.startswith("منظمة") for t, _ in got)
    # the definite name stays
    got = ents("وأعلن مجلس القيادة الرئاسي في اليمن حالة الطوارئ.")
    assert any(t.startswith("مجلس القيادة الرئاسي") and ty == "ORG" for t, ty in got)


def test_ilan_before_a_person_is_the_announcement_not_a_declaration():
    # anfaspress 2022 (audit r2 row 54 kind; r3 store: إعلان ترامب, إعلان العبادي, إعلان روسيا … as MISC):
    # إعلان X is X's announcement; the gold has no إعلان MISC
    got = ents("واقتحم المئات من أنصار التيار الصدري مقر رئاسة الوزراء، بحسب مراسلي وكالة فرانس برس، بعد "
               "إعلان مقتدى الصدر، أحد أهم الفاعلين في السياسة العراقية، اعتزاله العمل السياسي.")
    assert ("مقتدى الصدر", "PER") in got
    assert not any(t.startswith("إعلان") for t, _ in got)


def test_forces_of_an_unnamed_state_body_are_no_name():
    # audit r3 row 112 (قوات النظام 11 times ORG in the in-domain store; the gold never annotates it)
    got = ents("وذكر البيان، أنه جرى القضاء على أكثر من 50 عنصراً من قوات النظام، وتدمير 5 دبابات وناقلتي جنود "
               "مدرعة في محافظة إدلب.")
    assert not any("النظام" in t for t, _ in got)
    assert ("محافظة إدلب", "LOC") in got


def test_a_name_after_a_place_word_is_a_place():
    # in-domain r3 store: خان شيخون (4), خور مكسر (4) typed PER after بلدة, مدينة "…", وسط, مديريتي
    got = ents("ووصف المسؤول الهجوم الكيماوي الذي اتهم نظام بشار الأسد بأنه شنه على بلدة خان شيخون في ريف "
               "إدلب الثلاثاء.")
    assert ("خان شيخون", "LOC") in got
    got = ents("وحث الرئيس الأمريكي \"ترامب\" وإداراته على الرد على مجزرة مدينة \"خان شيخون\" بريف إدلب والتي "
               "وصفها بأنها غير مقبولة.")
    assert ("خان شيخون", "LOC") in got


def test_propagation_keeps_the_conventions():
    # in-domain r4 store: the document names مجلس القيادة الرئاسي, whose stripped words equal those of the
    # description مجلس قيادة رئاسي; and أرامكو النفطية السعودية after أعلنت السعودية elsewhere
    text = ("أصدر الرئيس اليمني عبد ربه منصور هادي فجر اليوم الخميس إعلانًا رئاسيًا نقل بموجبه كامل صلاحياته "
            "إلى مجلس قيادة رئاسي\n\nوينص الإعلان الرئاسي على أن يتولى مجلس القيادة الرئاسي إدارة الدولة.")
    got = ents(text)
    assert not any(t == "مجلس قيادة رئاسي" for t, _ in got)
    text = ("ولم يصدر تأكيد من السعودية. واعلنت جماعة الحوثي أنها هاجمت مصفاة تابعة لشركة أرامكو النفطية "
            "السعودية في الرياض بطائرة دون طيار.")
    got = ents(text)
    assert got.count(("السعودية", "LOC")) == 1 and ("الرياض", "LOC") in got


def test_definite_plural_adjective_after_a_definite_plural_is_no_movement():
    # in-domain r4 store, rows 9 and 140: المسلحين "الحوثيين" = the Houthi gunmen (the dev gold leaves
    # الإرهابيين الحوثيين out); مواقع الحوثيين (a construct) and أنصار الله" الحوثيين stay the movement
    got = ents("وتسيطر القوات الموالية للرئيس عبد ربه منصور هادي، منذ أشهر على معظم المقرات الحكومية في تعز، "
               "التي تشهد مواجهات عنيفة مع المسلحين \"الحوثيين\" منذ أكثر من 6 أشهر.")
    assert not any(t == "الحوثيين" for t, _ in got)
    got = ents("وقصفت طائرات التحالف مواقع الحوثيين في صعدة.")
    assert ("الحوثيين", "ORG") in got


def test_a_relative_description_is_cut_off_the_name():
    # in-domain r4 store, row 65: الحكومة اليمنية المعترف بها دوليا → الحكومة اليمنية
    got = ents("وقال التحالف يوم الأحد إنه اعترض ودمر ست طائرات مسيرة مفخخة أطلقها الحوثيون. وتدخل التحالف في "
               "الحرب بعد أن طرد الحوثيون الحكومة اليمنية المعترف بها دوليا من العاصمة صنعاء.")
    assert ("الحكومة اليمنية", "ORG") in got
    assert not any("المعترف" in t for t, _ in got)
