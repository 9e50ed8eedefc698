"""Entities, issue #25, after audit round 7: an organisation's status adjective (الرسمية, الرسمي, شبه
الرسمية) follows its name without being part of it (the in-domain gold leaves it out every time), and شبه
("semi-", "peninsula of") is never a name alone. Controls: a longer name that holds the word keeps it."""
from __future__ import annotations

from conftest import ents


def test_official_news_agency_ends_before_the_adjective():
    found = ents("ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري قوله إن الهجوم فشل.")
    assert ("وكالة الأنباء السورية", "ORG") in found
    assert not any(t.endswith("الرسمية") for t, _ in found)


def test_official_television_ends_before_the_adjective():
    assert ("التلفزيون الإيراني", "ORG") in ents("وبث التلفزيون الإيراني الرسمي صورا للهجوم على القاعدة.")


def test_semi_official_is_neither_part_of_the_name_nor_a_place():
    found = ents("وقالت وكالة فارس شبه الرسمية إن الهجوم فشل.")
    assert ("وكالة فارس", "ORG") in found
    assert not any("شبه" in t for t, _ in found)


def test_a_peninsula_keeps_its_head():
    # control: شبه inside a longer name stays
    assert ("شبه جزيرة سيناء", "LOC") in ents("وتقع المنطقة العسكرية في شبه جزيرة سيناء.")
