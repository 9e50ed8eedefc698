"""Institution names by their shape: ORG spans the statistical tagger misses.

In: a sentence's normalised tokens with their clitic variants (``Featurizer._word``). Out: ``(start, end)``
token spans of institution names, by two shapes of Arabic naming (``resources/ner/institution_heads.tsv``):

- a head noun in the construct state, then the definite genitive and its definite adjectives, joined by و
  where coordinated: وزارة الدفاع التركية, مجلس القيادة الرئاسي, جهاز مكافحة الإرهاب (one indefinite
  verbal noun may stand between head and genitive: مكتب مراقبة الأصول الأجنبية);
- a definite head that names a state's body, then a nationality (``resources/events/nationalities.txt``):
  الحكومة اللبنانية, الجيش السوري, الرئاسة التركية. Unnamed forces (القوات الأمريكية) are not such heads.

The tagger merges these with its own spans: a shape span is added where the tagger has nothing, or where
its spans lie inside the shape span (وزارة [الدفاع]); a longer tagger span that holds it wins.
"""
from __future__ import annotations

from functools import lru_cache

from ...arabic.normalize import normalize
from ...resources import lines, table

MAX_WORDS = 6
_NISBA_ENDS = ("يه", "ي", "يين", "يون")


# words with the article that are no genitive of a name: relative pronouns, "now", titles (read from
# per_titles.txt): حزب المؤتمر الشعبي الذي, شرطة كركوك اللواء
_NOT_GENITIVE = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي",
                                                 "اللواتي", "الآن", "اليوم"))


@lru_cache(maxsize=1)
def heads() -> tuple[frozenset[str], dict[str, str]]:
    """Construct heads; national heads with the gender their nationality takes (f / m)."""
    construct, national = set(), {}
    for head, form in table("ner/institution_heads.tsv"):
        if form == "construct":
            construct.add(normalize(head))
        else:
            national[normalize(head)] = form.rpartition("-")[2]
    return frozenset(construct), national


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return _NOT_GENITIVE | frozenset(normalize(w) for w in lines("ner/per_titles.txt") if " " not in w)


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    return frozenset(normalize(w) for w in lines("events/nationalities.txt"))


def _nationality(w: str, gender: str) -> bool:
    """الأمريكية (f), التركي (m): the article and a nationality of the list in that gender."""
    if not w.startswith("ال"):
        return False
    end = "يه" if gender == "f" else "ي"
    return w.endswith(end) and w[2:len(w) - len(end)] + "ي" in nationalities()


def _definite_word(w: str) -> bool:
    return w.startswith("ال") and len(w) > 3 and w.isalpha() and w not in _stops()


def spans(norms: list[str], variants: list[tuple[str, ...]], taken: frozenset[int] = frozenset()
          ) -> list[tuple[int, int]]:
    """Institution-name spans of a sentence; none that touches a token in ``taken`` (the dictionary's
    names: حزب الله stays حزب الله, not حزب الله اللبناني)."""
    construct, national = heads()
    readings = set().union(*variants)
    if construct.isdisjoint(readings) and national.keys().isdisjoint(readings):
        return []  # no head word: three sentences in four
    out = []
    n = len(norms)
    i = 0  # the first token not yet read
    # only a token that is a head word can start a span
    for h in [k for k, forms in enumerate(variants) if not (construct.isdisjoint(forms) and
                                                           national.keys().isdisjoint(forms))]:
        if h < i:
            continue  # inside the span just read
        i = h
        forms = variants[i]
        end = None
        if not construct.isdisjoint(forms):
            j = i + 1
            if j < n and not norms[j].startswith(("ال", "و", "ب")) and norms[j].isalpha() and len(norms[j]) > 3 \
                    and not norms[j].endswith(_NISBA_ENDS) and j + 1 < n and _definite_word(norms[j + 1]):
                j += 1  # one indefinite verbal noun before the genitive: مكتب مراقبة الأصول
            if j < n and _definite_word(norms[j]):
                j += 1
                while j < n and j - i < MAX_WORDS and (
                        _definite_word(norms[j]) and norms[j].endswith(_NISBA_ENDS) or
                        norms[j].startswith("وال") and norms[j][1:].endswith(_NISBA_ENDS) and len(norms[j]) > 4):
                    j += 1  # its adjectives, coordinated ones too: الأمنية والعسكرية
                end = j
        else:
            g = next(national[v] for v in forms if v in national)
            if g and i + 1 < n and _nationality(norms[i + 1], g):
                end = i + 2
        if end and not any(k in taken for k in range(i, end)):
            out.append((i, end))
        if end:
            i = end
    return out
