"""The package layout: no import cycle anywhere in marsad/ (imports inside functions included), and no
module of marsad/extract/ named with another component's prefix (a prefix is a package asking to exist)."""
from __future__ import annotations

import ast
from pathlib import Path

import marsad

ROOT = Path(marsad.__file__).parent
COMPONENTS = ("entities", "ner", "times", "amounts", "quotes", "events")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in ROOT.rglob("*.py")}


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every marsad module `name` imports, at any depth of its code (functions included)."""
    pkg = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")
                base = base[:len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # `from pkg import sub` imports the submodule sub; `from mod import name` imports mod
            targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t.startswith("marsad") and t != name:
                out.add(t)
    return out


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {n: imports(n, p, known) for n, p in known.items()}


def test_the_checker_finds_a_cycle_and_imports_inside_functions(tmp_path):
    g = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(g) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    # a function-level import is an edge (the old entities <-> ner_context cycle was one)
    pkg = tmp_path / "marsad"
    (pkg / "x").mkdir(parents=True)
    (pkg / "x" / "__init__.py").write_text("")
    src = pkg / "x" / "m.py"
    src.write_text("def f():\n    from . import n\n    from ..y import z\n")
    known = {"marsad.x": pkg / "x" / "__init__.py", "marsad.x.m": src, "marsad.x.n": src, "marsad.y": src}
    assert imports("marsad.x.m", src, known) == {"marsad.x.n", "marsad.y"}


def test_no_import_cycle_in_marsad():
    assert cycles(import_graph()) == []


def test_extract_modules_carry_no_component_prefix():
    extract = ROOT / "extract"
    names = [p.stem for p in extract.glob("*.py") if p.stem != "__init__"]
    for sub in extract.iterdir():
        if sub.is_dir():
            names += [p.stem for p in sub.glob("*.py")]
    prefixed = [n for n in names if any(n.startswith(c + "_") for c in COMPONENTS)]
    assert prefixed == []
