"""Writes entity_pairs.tsv from hand-labelled mention groups (kept so the set can be extended).

Each entry is (document, mention as written, NER type, group). Entries of one group are the same
real-world actor — the label is a human judgement made by reading the document; entries of two
groups listed in DIFFERENT are different actors that a resolver could confuse (a shared given name,
surname, word or acronym). Documents: ``seed:NNN`` is /work/shared/corpus/seeds/NNN_*.txt,
``snn:N`` is line N (0-based) of SaudiNewsNet's saudinewsnet.jsonl.gz.
"""
from __future__ import annotations

import itertools
from pathlib import Path

E = [
    # --- persons, seeds
    ("seed:002", "بريت مكغورك", "PER", "mcgurk"), ("seed:003", "بيرت مكورغ", "PER", "mcgurk"),
    ("seed:002", "مصطفى الكاظمي", "PER", "kadhimi"), ("seed:003", "الكاظمي", "PER", "kadhimi"),
    ("seed:003", "مصطفى الكاظمي", "PER", "kadhimi"),
    ("seed:001", "محمد شياع السوداني", "PER", "sudani"), ("seed:000", "محمد شياع السوداني", "PER", "sudani"),
    ("seed:003", "قاسم سليماني", "PER", "soleimani"), ("seed:004", "سليماني", "PER", "soleimani"),
    ("snn:234", "قاسم سليماني", "PER", "soleimani"),
    ("seed:003", "أبو مهدي المهندس", "PER", "muhandis"), ("seed:004", "أبو مهدي المهندس", "PER", "muhandis"),
    ("seed:001", "جو بايدن", "PER", "biden"), ("seed:001", "بايدن", "PER", "biden"), ("seed:003", "جو بايدن", "PER", "biden"),
    ("seed:001", "جوش روجين", "PER", "rogin"), ("seed:001", "روجين", "PER", "rogin"),
    ("seed:003", "جوي هود", "PER", "hood"), ("seed:003", "هود", "PER", "hood"),
    ("seed:003", "ريتشارد بيل", "PER", "bell"), ("seed:003", "بيل", "PER", "bell"),
    ("seed:003", "ديفيد وليامز", "PER", "williams"), ("seed:003", "وليامز", "PER", "williams"),
    ("seed:003", "ديفيد بترايوس", "PER", "petraeus"), ("seed:003", "بترايوس", "PER", "petraeus"),
    ("snn:26541", "ديفيد بترايوس", "PER", "petraeus"),
    ("seed:003", "ديفيد غالولا", "PER", "galula"), ("seed:003", "روبرت تومسون", "PER", "thompson"),
    ("seed:003", "جايمس اموس", "PER", "amos"), ("seed:003", "اموس", "PER", "amos"),
    ("seed:003", "هيلاري كلينتون", "PER", "hclinton"), ("snn:275", "هيلاري كلينتون", "PER", "hclinton"),
    ("snn:24140", "هيلاري كلنتون", "PER", "hclinton"),
    ("snn:204", "بيل كلينتون", "PER", "bclinton"), ("snn:552", "بيل كلينتون", "PER", "bclinton"),
    ("seed:002", "فرانك ماكنزي", "PER", "mckenzie"), ("seed:002", "ماكنزي", "PER", "mckenzie"),
    ("seed:002", "ينس ستولتنبرغ", "PER", "stoltenberg"),
    ("seed:002", "برهم صالح", "PER", "barham"), ("seed:002", "قاسم الاعرجي", "PER", "araji"),
    ("seed:000", "نوري المالكي", "PER", "maliki"), ("snn:203", "نوري المالكي", "PER", "maliki"),
    ("seed:001", "إسماعيل هنية", "PER", "haniyeh"), ("seed:001", "بات رايدر", "PER", "ryder"),
    ("seed:001", "عبد الأمير يار الله", "PER", "yarallah"),
    ("seed:000", "محمد حسين بغاري", "PER", "bagheri"),
    ("seed:003", "نيجرفان برزاني", "PER", "nechirvan"),
    ("seed:004", "محمد صادق الحسيني", "PER", "husseini"),
    ("seed:004", "أردوغان", "PER", "erdogan"), ("snn:43", "رجب طيب أردوغان", "PER", "erdogan"),
    ("snn:279", "رجب طيب إردوغان", "PER", "erdogan"),
    ("seed:004", "ترامب", "PER", "trump"), ("snn:99", "دونالد ترامب", "PER", "trump"),
    ("snn:8673", "دونالد ترمب", "PER", "trump"),
    # --- persons, SaudiNewsNet
    ("snn:96", "بنيامين نتنياهو", "PER", "netanyahu"), ("snn:7573", "بنيامين نتانياهو", "PER", "netanyahu"),
    ("snn:3503", "نتانياهو", "PER", "netanyahu"), ("snn:97", "نتنياهو", "PER", "netanyahu"),
    ("snn:483", "جون ماكين", "PER", "mccain"), ("snn:25268", "جون مكين", "PER", "mccain"),
    ("snn:27", "أشتون كارتر", "PER", "carter"), ("snn:42", "آشتون كارتر", "PER", "carter"),
    ("snn:59", "فيديريكا موغيريني", "PER", "mogherini"), ("snn:93", "فيدريكا موغيريني", "PER", "mogherini"),
    ("snn:12965", "فيدريكا موجيريني", "PER", "mogherini"),
    ("snn:6125", "بيترو بوروشينكو", "PER", "poroshenko"), ("snn:19656", "بترو بوروشنكو", "PER", "poroshenko"),
    ("snn:13660", "بيوتر بوروشينكو", "PER", "poroshenko"),
    ("snn:146", "أليكسيس تسيبراس", "PER", "tsipras"), ("snn:33", "ألكسيس تسيبراس", "PER", "tsipras"),
    ("snn:162", "أليسكيس تسيبراس", "PER", "tsipras"),
    ("snn:143", "نيكولا ساركوزي", "PER", "sarkozy"), ("snn:283", "ساركوزي", "PER", "sarkozy"),
    ("snn:113", "لوران فابيوس", "PER", "fabius"), ("snn:2244", "فابيوس", "PER", "fabius"),
    ("snn:59", "فيليب هاموند", "PER", "phammond"), ("snn:274", "فيليب هاموند", "PER", "phammond"),
    ("snn:9751", "جون هاموند", "PER", "jhammond"),
    ("snn:117", "سيرغي لافروف", "PER", "lavrov"), ("snn:3199", "سيرجي لافروف", "PER", "lavrov"),
    ("snn:778", "فرانسوا هولاند", "PER", "hollande"), ("snn:24049", "فرانسوا أولاند", "PER", "hollande"),
    ("snn:75", "ستيفان دي ميستورا", "PER", "demistura"), ("snn:2999", "دي ميستورا", "PER", "demistura"),
    ("snn:259", "ستيفن أوبراين", "PER", "obrien"), ("snn:5052", "ستيفن أوبراين", "PER", "obrien"),
    ("snn:244", "بان كي مون", "PER", "ban"), ("snn:259", "بان كي مون", "PER", "ban"),
    ("snn:6", "باراك أوباما", "PER", "obama"), ("snn:109", "أوباما", "PER", "obama"),
    ("snn:569", "ميشيل أوباما", "PER", "mobama"), ("snn:5045", "ميشيل أوباما", "PER", "mobama"),
    ("snn:99", "جيب بوش", "PER", "jbush"), ("snn:100", "جيب بوش", "PER", "jbush"),
    ("snn:288", "جورج بوش", "PER", "gbush"), ("snn:552", "جورج بوش", "PER", "gbush"),
    ("snn:6", "جون كيري", "PER", "kerry"), ("snn:39", "جون كيري", "PER", "kerry"),
    ("snn:41", "محمد بن سلمان", "PER", "mbs"), ("snn:46", "محمد بن سلمان", "PER", "mbs"),
    ("snn:21", "محمد بن نايف", "PER", "mbn"), ("snn:65", "محمد بن نايف", "PER", "mbn"),
    ("snn:45", "حافظ الأسد", "PER", "hafez"), ("snn:341", "حافظ الأسد", "PER", "hafez"),
    ("snn:13", "بشار الأسد", "PER", "bashar"), ("snn:85", "بشار الأسد", "PER", "bashar"),
    ("snn:46", "عادل الجبير", "PER", "jubeir"), ("snn:484", "عادل الجبير", "PER", "jubeir"),
    ("snn:5", "عبد ربه منصور هادي", "PER", "hadi"), ("snn:1", "عبدربه منصور هادي", "PER", "hadi"),
    ("snn:221", "هادي العامري", "PER", "amiri"), ("snn:16490", "هادي العامري", "PER", "amiri"),
    ("snn:790", "علي عبدالله صالح", "PER", "saleh"), ("snn:5", "علي عبد الله صالح", "PER", "saleh"),
    ("snn:23615", "أحمد علي عبدالله صالح", "PER", "ahmedsaleh"),
    ("snn:10671", "إسماعيل ولد الشيخ أحمد", "PER", "ouldcheikh"), ("snn:11516", "اسماعيل ولد الشيخ أحمد", "PER", "ouldcheikh"),
    ("snn:8052", "إسماعيل ولد الشيخ", "PER", "ouldcheikh"),
    ("snn:10869", "جمال بنعمر", "PER", "benomar"), ("snn:857", "جمال بن عمر", "PER", "benomar"),
    ("snn:457", "حسن نصر الله", "PER", "nasrallah"), ("snn:2713", "حسن نصرالله", "PER", "nasrallah"),
    ("snn:98", "حيدر العبادي", "PER", "abadi"), ("snn:235", "حيدر العبادي", "PER", "abadi"),
    ("snn:219", "أبو بكر البغدادي", "PER", "baghdadi"), ("snn:222", "أبو بكر البغدادي", "PER", "baghdadi"),
    ("snn:64", "خالد الفالح", "PER", "falih"), ("snn:484", "خالد العيسى", "PER", "eissa"),
    ("snn:1147", "عبدالملك الحوثي", "PER", "abdulmalik"), ("snn:45", "عبد الملك الحوثي", "PER", "abdulmalik"),
    ("snn:147", "شي جين بينغ", "PER", "xi"), ("snn:3042", "شي جينبينغ", "PER", "xi"),
    ("snn:26", "أحمد داود أوغلو", "PER", "davutoglu"), ("snn:9414", "أحمد داوود أوغلو", "PER", "davutoglu"),
    ("snn:50", "عبد الفتاح السيسي", "PER", "sisi"), ("snn:3103", "عبدالفتاح السيسي", "PER", "sisi"),
    ("snn:90", "أنجيلا ميركل", "PER", "merkel"), ("snn:1019", "أنغيلا ميركل", "PER", "merkel"),
    ("snn:95", "ماركو روبيو", "PER", "rubio"), ("snn:100", "تيد كروز", "PER", "cruz"),
    ("snn:98", "مارتن ديمبسي", "PER", "dempsey"),
    ("snn:0", "ديفيد كاميرون", "PER", "cameron"), ("snn:82", "ديفيد كاميرون", "PER", "cameron"),
    ("snn:85", "كاميرون", "PER", "cameron"),
    # the film director, in the same paper: James Cameron is not David Cameron
    ("snn:210", "جيمس كاميرون", "PER", "jcameron"), ("snn:583", "جيمس كاميرون", "PER", "jcameron"),
    # bare surnames whose reader needs the document: in snn:275 "إدارة كلينتون" is Bill's 1990s
    # administration although Hillary is named in the same article; in snn:3043 it is Hillary
    ("snn:275", "كلينتون", "PER", "bclinton"), ("snn:3043", "كلينتون", "PER", "hclinton"),
    ("snn:2842", "دان كلينتون", "PER", "dclinton"),
    # --- organisations and places
    ("seed:000", "قوات سوريا الديمقراطية", "ORG", "sdf"), ("seed:000", "قسد", "ORG", "sdf"),
    ("seed:001", "قوات سوريا الديمقراطية", "ORG", "sdf"), ("seed:001", "قسد", "ORG", "sdf"),
    ("seed:000", "تنظيم داعش", "ORG", "isis"), ("seed:001", "الدولة الإسلامية", "ORG", "isis"),
    ("snn:697", "تنظيم الدولة الاسلامية", "ORG", "isis"), ("snn:0", "داعش", "ORG", "isis"), ("seed:004", "تنظيم داعش", "ORG", "isis"),
    ("seed:001", "البنتاجون", "ORG", "pentagon"), ("seed:001", "وزارة الدفاع الأمريكية", "ORG", "pentagon"),
    ("snn:96", "البنتاغون", "ORG", "pentagon"), ("snn:722", "البنتاجون", "ORG", "pentagon"),
    ("snn:224", "وزارة الدفاع الأميركية", "ORG", "pentagon"), ("snn:3128", "وزارة الدفاع الأمريكية", "ORG", "pentagon"),
    ("seed:002", "الناتو", "ORG", "nato"), ("seed:004", "حلف شمال الأطلسي", "ORG", "nato"),
    ("seed:001", "ناتو", "ORG", "nato"), ("seed:002", "حلف الناتو", "ORG", "nato"),
    ("snn:3", "حلف شمال الأطلسي", "ORG", "nato"), ("snn:116", "الناتو", "ORG", "nato"),
    ("seed:001", "وكالة الأنباء العراقية", "ORG", "ina"), ("seed:001", "واع", "ORG", "ina"),
    ("seed:001", "حركة المقاومة الإسلامية", "ORG", "hamas"), ("seed:001", "حماس", "ORG", "hamas"),
    ("seed:001", "المقاومة الإسلامية في العراق", "ORG", "iri"),
    ("seed:001", "وزارة الخارجية الأمريكية", "ORG", "state"), ("seed:003", "وزارة الخارجية الامريكية", "ORG", "state"),
    ("snn:1624", "وزارة الخارجية الأمريكية", "ORG", "state"), ("snn:39", "وزارة الخارجية الأميركية", "ORG", "state"),
    ("seed:001", "وزارة الخارجية العراقية", "ORG", "iraqmofa"),
    ("seed:002", "القيادة المركزية الأميركية", "ORG", "centcom"), ("seed:001", "سينتكوم", "ORG", "centcom"),
    ("seed:004", "حزب الله", "ORG", "hezbollah"), ("seed:002", "كتائب حزب الله", "ORG", "kh"),
    ("seed:004", "حركة طالبان", "ORG", "taliban"), ("seed:004", "طالبان", "ORG", "taliban"),
    ("seed:000", "وكالة مهر نيوز", "ORG", "mehr"),
    ("seed:000", "الولايات المتحدة الامريكية", "LOC", "usa"), ("seed:001", "الولايات المتحدة الأمريكية", "LOC", "usa"),
    ("seed:001", "أمريكا", "LOC", "usa"), ("seed:001", "واشنطن", "LOC", "washington"),
    ("seed:004", "سورية", "LOC", "syria"), ("seed:001", "سوريا", "LOC", "syria"),
    ("seed:001", "البيت الأبيض", "ORG", "whitehouse"), ("seed:004", "البيت الابيض", "ORG", "whitehouse"),
]

DIFFERENT = [
    ("biden", "rogin"), ("kadhimi", "sudani"), ("soleimani", "muhandis"), ("soleimani", "araji"),
    ("bell", "bclinton"), ("hclinton", "bclinton"), ("williams", "petraeus"), ("galula", "petraeus"),
    ("williams", "cameron"), ("maliki", "kadhimi"), ("barham", "mcgurk"), ("mckenzie", "stoltenberg"),
    ("hood", "rogin"), ("biden", "kerry"), ("obama", "mobama"), ("jbush", "gbush"), ("kerry", "mccain"),
    ("mbs", "mbn"), ("hafez", "bashar"), ("hadi", "amiri"), ("saleh", "ahmedsaleh"), ("phammond", "jhammond"),
    ("demistura", "obrien"), ("muhandis", "baghdadi"), ("abadi", "maliki"), ("nasrallah", "haniyeh"),
    ("falih", "eissa"), ("falih", "muhandis"), ("rubio", "cruz"), ("trump", "cruz"), ("carter", "dempsey"),
    ("lavrov", "fabius"), ("sarkozy", "hollande"), ("jubeir", "mbs"), ("sisi", "erdogan"),
    ("davutoglu", "erdogan"), ("xi", "ban"), ("husseini", "nasrallah"), ("ryder", "pentagon"),
    ("haniyeh", "hamas"), ("hamas", "iri"), ("hezbollah", "kh"), ("state", "iraqmofa"), ("state", "pentagon"),
    ("usa", "washington"), ("isis", "iri"), ("nato", "usa"), ("centcom", "pentagon"), ("ina", "mehr"),
    ("sdf", "syria"), ("whitehouse", "state"), ("abdulmalik", "hadi"), ("bagheri", "husseini"),
    ("yarallah", "araji"), ("nechirvan", "barham"), ("mcgurk", "ryder"), ("amos", "thompson"),
    ("netanyahu", "obama"), ("cameron", "jcameron"), ("dclinton", "hclinton"), ("dclinton", "bclinton"), ("tsipras", "poroshenko"), ("mogherini", "merkel"), ("benomar", "ouldcheikh"),
]


def pairs():
    groups: dict[str, list] = {}
    for e in E:
        groups.setdefault(e[3], []).append(e)
    out = []
    for g, es in groups.items():
        for a, b in itertools.combinations(es, 2):
            out.append((a, b, "same"))
    for ga, gb in DIFFERENT:
        for a, b in itertools.islice(itertools.product(groups[ga], groups[gb]), 3):
            out.append((a, b, "different"))
    return out


if __name__ == "__main__":
    path = Path(__file__).with_name("entity_pairs.tsv")
    rows = ["# doc_a\tmention_a\ttype_a\tdoc_b\tmention_b\ttype_b\tlabel\tgroups  (written by make_entity_pairs.py)"]
    for a, b, lab in pairs():
        rows.append("\t".join([a[0], a[1], a[2], b[0], b[1], b[2], lab, f"{a[3]}/{b[3]}"]))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(len(rows) - 1, "pairs:", sum(r.endswith(("same",)) or "\tsame\t" in r for r in rows), "same")
