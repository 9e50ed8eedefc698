"""Build the page's world outline (``static/vendor/world/countries.json``) from npm's ``world-atlas``.

In: a TopoJSON file of the ``world-atlas`` package (Natural Earth country shapes, quantised arcs).
Out: a small JSON file the page reads as it is: one SVG path per country (with its ISO numeric id, its
alpha-2 code from CLDR through Babel, and its English name) in an equirectangular
projection (x = longitude, y = −latitude, in degrees, rounded to ``--precision`` decimals), so the
map on a place's page is drawn with plain SVG and no projection or TopoJSON library in the browser.

Run once, by hand, when the outline is to be refreshed (nothing is fetched at run time)::

    npm pack world-atlas && tar xzf world-atlas-*.tgz
    python -m marsad.web.build_world package/countries-110m.json marsad/web/static/vendor/world/countries.json

The 1:110m shapes give ~140 KB (the 1:50m ones 1.3 MB, too heavy for a garnish on a place's page).
Consecutive points that round to the same place are dropped.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are delta-encoded integers)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(arcs: list, idx: list[int]) -> list[tuple[float, float]]:
    """A closed ring from arc indices (a negative index ~i is arc i reversed); shared ends kept once."""
    pts: list[tuple[float, float]] = []
    for i in idx:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a[1:] if pts else a)
    return pts


def path(rings: list[list[tuple[float, float]]], precision: int) -> str:
    parts = []
    for r in rings:
        seen = []
        for lon, lat in r:
            p = (round(lon, precision), round(-lat, precision))
            if not seen or p != seen[-1]:
                seen.append(p)
        if len(seen) < 4:  # a ring that rounds to a point or a line draws nothing
            continue
        fmt = lambda v: (f"{v:.{precision}f}".rstrip("0").rstrip(".") or "0")  # noqa: E731
        parts.append("M" + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in seen) + "Z")
    return "".join(parts)


def alpha2(numeric) -> str | None:
    """ISO 3166 alpha-2 of a numeric code (world-atlas ids), from CLDR's territory aliases via Babel."""
    import babel.core

    babel.core.get_global("territory_aliases")
    codes = babel.core._global_data["territory_aliases"].get(str(numeric or ""))
    return codes[0] if codes and len(codes[0]) == 2 else None


def build(topo: dict, precision: int = 2) -> dict:
    arcs = decode_arcs(topo)
    countries = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") == "Polygon":
            polys = [g["arcs"]]
        elif g.get("type") == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        d = path([ring(arcs, r) for poly in polys for r in poly], precision)
        if d:
            countries.append({"id": g.get("id"), "cc": alpha2(g.get("id")),
                              "name": (g.get("properties") or {}).get("name"), "d": d})
    return {"source": "world-atlas (Natural Earth), converted by marsad/web/build_world.py",
            "projection": "equirectangular: x = longitude, y = -latitude (degrees)",
            "countries": countries}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topojson", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--precision", type=int, default=2, help="decimals kept (2 = about 1 km)")
    a = ap.parse_args(argv)
    data = build(json.loads(a.topojson.read_text()), a.precision)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    print(f"{a.out}: {len(data['countries'])} countries, {a.out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
