"""Time expressions → ``doc.times`` with ISO values (component ``times``).

The grammar is in ``grammar``; this module picks the anchor: the document's publication date
if known, else the estimate of ``marsad.corpus.dating`` (stored on the document with basis
``"estimated: …"``, and every value resolved against it flagged ``estimated=True``). With no anchor
at all, values keep only what the text says (``XXXX-08-22``) or stay None.
"""
from __future__ import annotations

from ...document import Document, Time
from . import grammar as tg


def anchor_for(doc: Document, mentions: list) -> tg.Anchor:
    if doc.published:
        est = bool(doc.published_basis and doc.published_basis.startswith("estimated"))
        return tg.Anchor.parse(doc.published, estimated=est)
    from ...corpus.dating import estimate
    value, basis = estimate(doc, mentions)
    if value:
        doc.published = value
        doc.published_basis = f"estimated: {basis}"
        return tg.Anchor.parse(value, estimated=True)
    if doc.published_basis is None:
        # no date could be fixed: keep the evidence found, so the window is visible in the export
        doc.published_basis = f"estimated: none ({basis})"
    return tg.Anchor(estimated=True)


def annotate(doc: Document) -> None:
    mentions = tg.parse(doc.text)
    anchor = anchor_for(doc, mentions)
    out = []
    for m in mentions:
        value, used = tg.resolve(m, anchor)
        out.append(Time(m.start, m.end, doc.text[m.start:m.end], value, m.type,
                        estimated=bool(used and anchor.estimated)))
    doc.times = out
