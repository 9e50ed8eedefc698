"""Whole-pipeline throughput on SaudiNewsNet: articles/s, tokens/s and peak memory.

    python benchmarks/throughput.py [--n 1000] [--workers W] [--data ../shared/data] [--components entities times ...]
    python benchmarks/throughput.py --profile [--n 300] [--top 15]

Streams the first N articles of the gzip JSONL through ingest → pipeline → a fresh SQLite store,
as `marsad analyze` does, and prints the resident memory at the half-way point and at the end so a
growing footprint shows. Last line: `articles/s X rss_mb Y`.

`--workers 1` (the default) analyses in this process, models loaded before the clock starts.
`--workers W` (W > 1) writes the N articles to a JSONL file and runs `marsad analyze --workers W`'s
own code on it (`marsad.runner.analyze_paths`: W analyser processes, this process reads and
writes). Its `articles/s` is the steady state, from the first document stored to the last, so
that, as with one worker, the start-up (worker processes, model loading) is left out; the
end-to-end rate is printed above it. `rss_mb` is then the sum of the VmRSS of this process and
of every worker, sampled at the half-way point and near the end (the larger is reported; the
start method's helper processes are printed apart).

`--profile` (one process) says where the time goes instead: the N articles go through the text
layer, each component and the store one step at a time, timed (ms/article per step, the steps
summing to the whole with the garbage collector's pauses on a line of their own, since they fall in whichever
step allocates when a collection is due; the entities step's actor dictionary apart: the step timed again with
the tagger's ruler off), then again under cProfile, one profiler per step, which prints each step's
`--top` functions by cumulative time (the profiler slows everything down ~2x; the first table is
the one to compare).
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import gzip
import itertools
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad import pipeline  # noqa: E402
from marsad.document import Document  # noqa: E402
from marsad.ingest import Failure, read_path  # noqa: E402
from marsad.store import open_store  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _proc_kb(pid: int, field: str, name: str = "status") -> int:
    try:
        with open(f"/proc/{pid}/{name}") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children() -> dict:
    """parent pid -> child pids, for every process visible in /proc."""
    out: dict = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            out.setdefault(ppid, []).append(int(name))
    return out


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def tree_memory() -> dict:
    """VmRSS (and PSS) in MB of this process, its analyser workers and the start method's helpers
    (forkserver, resource tracker): the workers are the children of the forkserver, or with
    'spawn' the other children of this process."""
    kids = _children()
    me = os.getpid()
    workers, helpers = [], []
    stack = list(kids.get(me, []))
    while stack:
        pid = stack.pop()
        cmd = _cmdline(pid)
        if "resource_tracker" in cmd:
            helpers.append(pid)
        elif "forkserver" in cmd and "from multiprocessing.forkserver import main" in cmd and pid in kids.get(me, []):
            helpers.append(pid)
            workers.extend(kids.get(pid, []))
        else:
            workers.append(pid)
    mb = lambda pids, f, name="status": sum(_proc_kb(p, f, name) for p in pids) / 1024  # noqa: E731
    return {"main": mb([me], "VmRSS"), "workers": mb(workers, "VmRSS"), "n_workers": len(workers),
            "helpers": mb(helpers, "VmRSS"),
            "pss": mb([me, *workers, *helpers], "Pss", "smaps_rollup")}


def main_parallel(args, src: Path) -> None:
    """The same articles through ``marsad.runner.analyze_paths(..., workers=W)``, as `marsad analyze`."""
    from marsad.arabic import tokenize
    from marsad.runner import analyze_paths

    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "articles.jsonl")
        with gzip.open(src, "rt", encoding="utf-8") as f, open(corpus, "w", encoding="utf-8") as out:
            out.writelines(itertools.islice(f, args.n))
        store = open_store(os.path.join(tmp, "bench.db"))
        stored = 0
        t_first = t_last = None
        samples: dict = {}

        def on_stored(doc) -> None:
            nonlocal stored, t_first, t_last
            stored += 1
            t_last = time.perf_counter()
            if t_first is None:
                t_first = t_last
            if stored == args.n // 2:
                samples["half"] = tree_memory()
            elif stored > args.n // 2 and stored % 10 == 0:  # the workers are gone once the call returns
                samples["end"] = tree_memory()

        t0, cpu0 = time.perf_counter(), time.process_time()
        summary = analyze_paths([corpus], store, components=args.components, progress=False,
                                workers=args.workers, on_stored=on_stored)
        dt, main_cpu = time.perf_counter() - t0, time.process_time() - cpu0
        tokens = sum(len(tokenize(t)) for (t,) in store.db.execute("SELECT text FROM documents"))
        store.close()
        db_mb = os.path.getsize(os.path.join(tmp, "bench.db")) / 1e6
    n = summary.added
    steady = (n - 1) / (t_last - t_first) if n > 1 and t_last > t_first else 0.0
    half, end = samples.get("half"), samples.get("end") or samples.get("half")
    total = lambda m: (m["main"] + m["workers"]) if m else 0.0  # noqa: E731
    print(f"articles {n} failed {len(summary.failed)} skipped {summary.skipped} seconds {dt:.1f} tokens {tokens}"
          f" workers {args.workers}")
    print(f"start-up (worker processes, model loading, first document) {t_first - t0 if t_first else 0:.1f} s;"
          f" end-to-end articles/s {n / dt:.1f}")
    print(f"main process (reading, storing, in order): {main_cpu:.1f} CPU-s, {main_cpu / dt:.0%} of a core")
    print(f"tokens/s {tokens * steady / n if n else 0:,.0f} (steady state)")
    for label, m in (("at n/2", half), ("near the end", end)):
        if m:
            print(f"rss_mb {label}: main {m['main']:.0f} + {m['n_workers']} workers {m['workers']:.0f}"
                  f" = {total(m):.0f} (helpers {m['helpers']:.0f} more; PSS of all {m['pss']:.0f})")
    print(f"store {db_mb:.1f} MB")
    print(f"articles/s {steady:.1f} rss_mb {max(total(half), total(end)):.0f}")


def _steps(components):
    """(name, function of a document) for each step of ``pipeline.run`` plus the store's ``add``,
    in order, so that each can be timed apart."""
    wanted = list(pipeline.COMPONENTS) if components is None else list(components)
    steps = [("text layer", pipeline.annotate_text_layer)]
    steps += [(name, pipeline._component(name)) for name in pipeline.COMPONENTS if name in wanted]
    return steps


def _articles(src: Path, n: int) -> list:
    return [d for d in itertools.islice(read_path(str(src)), n) if not isinstance(d, Failure)]


def _dictionary_cost(src: Path, n: int, t_all: float) -> None:
    """What the actor dictionary costs: the entities step timed again with the tagger's ruler on (the
    default: dictionary names, institution shapes, span conventions) and off (the CRF alone), on the same
    articles after their text layer; the difference as a share of the whole pipeline's time ``t_all``."""
    from marsad.extract.entities import tagger as tagger_mod

    default = tagger_mod.get_tagger()
    bare = tagger_mod.Tagger(feat=default.feat, ruler=False)  # the same features and their word cache
    entities = pipeline._component("entities")
    took = {}
    for label, tg in (("on", default), ("off", bare), ("on again", default), ("off again", bare)):
        docs = _articles(src, n)
        for doc in docs:
            pipeline.annotate_text_layer(doc)
        tagger_mod._tagger = tg
        try:
            t = time.perf_counter()
            for doc in docs:
                entities(doc)
            took[label] = time.perf_counter() - t
        finally:
            tagger_mod._tagger = default
    # the faster of two runs each: less noise from the machine
    cost = min(took["on"], took["on again"]) - min(took["off"], took["off again"])
    k = len(docs) or 1
    print(f"  of which the actor dictionary (entities with the ruler on - off): {1000 * cost / k:.2f} ms/article"
          f"  {cost / t_all:6.1%} of the pipeline")


def main_profile(args, src: Path) -> None:
    """ms/article per step, then each step's hot functions under cProfile."""
    pipeline.run(Document(text="قال الرئيس العراقي برهم صالح في بغداد يوم الخميس 22 آب 2024 إن 2500 جندي سينسحبون."),
                 args.components)
    steps = _steps(args.components)
    names = [name for name, _ in steps] + ["store"]
    spent = dict.fromkeys(names, 0.0)
    profiles = {name: cProfile.Profile() for name in names}
    # The collector's pauses, timed apart: a full collection walks every live object (the lexicons, the
    # documents analysed so far), and it runs inside whichever step's allocation crosses its threshold, so
    # timed inside the steps it moved a step's share by three points between runs of the same code (events
    # 15.2% in one process, 18.4% in another). Each step's time below is its own, its pauses counted on the
    # "collector" line; the steps and that line sum to the whole.
    pauses = {"t": 0.0, "start": 0.0}

    def _gc_timer(phase, info):
        if phase == "start":
            pauses["start"] = time.perf_counter()
        else:
            pauses["t"] += time.perf_counter() - pauses["start"]

    for profiled in (False, True):
        docs = _articles(src, args.n)  # fresh each pass: the components write into the documents
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(os.path.join(tmp, "bench.db"))
            if not profiled:
                gc.callbacks.append(_gc_timer)
            t_all = time.perf_counter()
            for doc in docs:
                for name, fn in [*steps, ("store", store.add)]:
                    if profiled:
                        profiles[name].runcall(fn, doc)
                        continue
                    p0 = pauses["t"]
                    t = time.perf_counter()
                    fn(doc)
                    spent[name] += time.perf_counter() - t - (pauses["t"] - p0)
            t_all = time.perf_counter() - t_all
            if not profiled:
                gc.callbacks.remove(_gc_timer)
            store.close()
        if not profiled:
            n = len(docs)
            print(f"articles {n}, {n / t_all:.1f} articles/s, {1000 * t_all / n:.1f} ms/article:")
            for name in names:
                print(f"  {name:12s} {1000 * spent[name] / n:7.2f} ms/article  {spent[name] / t_all:6.1%}")
            print(f"  {'collector':12s} {1000 * pauses['t'] / n:7.2f} ms/article  {pauses['t'] / t_all:6.1%}"
                  "  (garbage-collection pauses, whichever step they fell in)")
            if "entities" in names:
                _dictionary_cost(src, args.n, t_all)
    for name in names:
        out = io.StringIO()
        st = pstats.Stats(profiles[name], stream=out)
        st.sort_stats("cumulative").print_stats(args.top)
        body = out.getvalue()
        body = body[body.find("   ncalls"):] if "   ncalls" in body else body
        print(f"\n== {name}: top {args.top} by cumulative time (under the profiler)\n{body.rstrip()}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=1,
                    help="analyser processes (default 1: in this process); W > 1 runs marsad analyze's parallel path")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--components", nargs="*", default=None)
    ap.add_argument("--profile", action="store_true",
                    help="ms/article per pipeline step and the store, then each step's hot functions (cProfile)")
    ap.add_argument("--top", type=int, default=15, help="with --profile: functions listed per step")
    args = ap.parse_args()
    src = Path(args.data) / "news" / "saudinewsnet.jsonl.gz"
    if args.profile:
        main_profile(args, src)
        return
    if args.workers > 1:
        main_parallel(args, src)
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(os.path.join(tmp, "bench.db"))
        # warm-up: load every component's model before the clock starts
        pipeline.run(Document(text="قال الرئيس العراقي برهم صالح في بغداد يوم الخميس 22 آب 2024 إن 2500 جندي سينسحبون."),
                     args.components)
        t0 = time.perf_counter()
        n = tokens = failed = 0
        half_rss = None
        for item in itertools.islice(read_path(str(src)), args.n):
            if isinstance(item, Failure):
                failed += 1
                continue
            pipeline.run(item, args.components)
            tokens += len(item.tokens)
            store.add(item)
            n += 1
            if n == args.n // 2:
                half_rss = rss_mb()
        dt = time.perf_counter() - t0
        store.close()
        db_mb = os.path.getsize(os.path.join(tmp, "bench.db")) / 1e6
    end_rss = rss_mb()
    print(f"articles {n} failed {failed} seconds {dt:.1f} tokens {tokens}")
    print(f"tokens/s {tokens / dt:,.0f}")
    print(f"rss_mb at n/2 {half_rss or 0:.0f}, at n {end_rss:.0f}; store {db_mb:.1f} MB")
    print(f"articles/s {n / dt:.1f} rss_mb {end_rss:.0f}")


if __name__ == "__main__":
    main()
