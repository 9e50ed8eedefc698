"""``analyze --engine ray``: the per-document pipeline as a Ray Data job, same results as the local runner.

    driver: iter_documents → check → skip stored hashes ──► bounded queue (blocks of documents)
    Ray Data: read (drains the queue) ──► map_batches(_Annotator, concurrency=workers)
    _Annotator: a long-lived actor; loads the models once, runs ``pipeline.run`` on each document;
                into PostgreSQL it writes the document itself (one transaction each), otherwise it
                returns the annotated document (``Document.to_dict``) for the driver to write.

Reading streams: the driver reads in a background thread and hands blocks to Ray through a
``ray.util.queue.Queue`` of bounded size, so a corpus of any size is neither held in memory nor read
before analysis starts, and Ray Data's back-pressure (slow workers → the read stops pulling) reaches
the reader through the full queue. A document whose analysis raises is reported as a failure and the
job goes on; documents lost with a crashed worker are reported as failed at the end, not silently.

Writes: into PostgreSQL each worker writes through its own connection (``INSERT … ON CONFLICT (hash)
DO NOTHING``, one transaction per document), so the driver never becomes the bottleneck on a cluster;
into SQLite, a file on the driver's machine, the driver writes. Either way a document is added once.
"""
from __future__ import annotations

import itertools
import json
import logging
import os
import re
import resource
import sys
import threading
import time
import warnings
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ..document import Document
from ..runner import Summary, check

BLOCK_DOCS = 8  # documents per block/batch: small, so the last batches spread over every worker
QUEUE_BLOCKS_PER_WORKER = 4
TARGET_BLOCK_BYTES = 64 * 1024  # read-ahead per worker; the bound on what the reader holds in memory


@dataclass
class RaySummary(Summary):
    """The local runner's Summary, plus the peak memory of every worker (MB, by process id)."""
    workers: dict = field(default_factory=dict)
    num_workers: int = 0
    seconds_to_first: Optional[float] = None  # start-up: Ray, workers, model loading, first batch
    seconds_to_last: Optional[float] = None  # until the last document came back
    # on the workers' clocks: when the first worker had its models loaded, when the last document
    # was done; their difference is the steady-state analysis time (start-up excluded)
    first_ready_at: Optional[float] = None
    last_done_at: Optional[float] = None
    seconds: Optional[float] = None  # the whole call


def payload(doc: Document) -> str:
    """A document as JSON for the trip to a worker and back: the export dict plus the two fields
    the store keeps that the export leaves out (so nothing is lost on the way)."""
    d = doc.to_dict()
    d["url"] = doc.url
    d["published_basis"] = doc.published_basis
    return json.dumps(d, ensure_ascii=False)


def from_payload(s: str) -> Document:
    return Document.from_dict(json.loads(s))


def _is_postgres(db: str) -> bool:
    return isinstance(db, str) and db.startswith(("postgresql://", "postgres://"))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


class _Annotator:
    """One per worker process, alive for the whole job: pays the model-loading cost once."""

    components: Optional[list] = None  # set on a per-job subclass (see ``_annotator_for``)
    db: Optional[str] = None  # PostgreSQL URL when the workers write, else None

    def __init__(self):
        from .. import pipeline

        self.pipeline = pipeline
        components, db = self.components, self.db
        # load every component's model now rather than inside the first batch
        pipeline.run(Document(text="قال الرئيس إن الاجتماع عقد في بغداد يوم الأحد."), components)
        self.store = None
        if db is not None:
            from ..store import open_store

            self.store = open_store(db)
        self.ready_at = time.time()  # wall clock, comparable across the workers of one machine

    def __call__(self, batch: dict) -> dict:
        out = {"status": [], "doc": [], "hash": [], "source": [], "error": [], "pid": [], "rss_mb": [],
               "ready_at": [], "done_at": []}
        for s in batch["doc"]:
            doc = from_payload(str(s))
            status, err, result = "failed", "", ""
            try:
                self.pipeline.run(doc, self.components)
            except Exception as e:  # one document's bug must not stop the batch (as in the local runner)
                err = f"analysis failed: {type(e).__name__}: {e}"
            else:
                if self.store is None:
                    status, result = "analysed", payload(doc)
                else:
                    try:
                        status = "skipped" if self.store.add(doc) is None else "added"
                    except Exception as e:  # a row the store refuses is this document's failure only
                        err = f"store failed: {type(e).__name__}: {e}"
                        self._reconnect_if_broken()
            out["status"].append(status)
            out["doc"].append(result)
            out["hash"].append(doc.hash)
            out["source"].append(doc.source or "?")
            out["error"].append(err)
            out["pid"].append(os.getpid())
            out["rss_mb"].append(_peak_rss_mb())
            out["ready_at"].append(self.ready_at)
            out["done_at"].append(time.time())
        return out

    def _reconnect_if_broken(self) -> None:
        db = getattr(self.store, "db", None)
        if db is not None and getattr(db, "closed", False):
            from ..store import open_store

            self.store = open_store(self.store.url)


def _annotator_for(components: Optional[list], db: Optional[str]) -> type:
    """The actor class with its settings as class attributes rather than constructor arguments:
    Ray keeps constructor arguments in the object store and warns that a restarted actor may lose
    them; a class carries them with its code."""
    return type("_Annotator", (_Annotator,), {"components": components, "db": db})


def _read_blocks(queue) -> Iterable:
    """A Ray Data read task: blocks of documents from the driver's queue until the end marker."""
    import pyarrow as pa
    import ray

    while True:
        item = queue.get()
        if item is None:
            queue.put(None)  # leave the end marker for any other read task
            return
        yield pa.table({"doc": ray.get(item[0])})


def _queue_datasource(queue):
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    class QueueDatasource(Datasource):
        """Blocks pushed by the driver; Ray Data has no public source for a driver-side stream."""

        def estimate_inmemory_data_size(self):
            return None  # unknown: the driver is still reading

        def get_read_tasks(self, parallelism, per_task_row_limit=None, data_context=None):
            meta = BlockMetadata(num_rows=None, size_bytes=None, input_files=None, exec_stats=None)
            return [ReadTask(lambda: _read_blocks(queue), meta)]

        @property
        def supports_distributed_reads(self) -> bool:
            return False  # the read only relays the driver's blocks: keep it on the driver's node

    return QueueDatasource()


def _start_ray(address: Optional[str], workers: Optional[int]) -> tuple[bool, int]:
    """Connect to ``address`` or start a quiet local Ray; returns (we started it, workers)."""
    import ray

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no network call home from a newsroom
    # Ray Data's advice ("only 1 input", "constructor args in the object store") is for its authors,
    # not for someone analysing news
    warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.")
    started = False
    if not ray.is_initialized():
        kw = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
                  ignore_reinit_error=True)
        if address:
            ray.init(address=address, **kw)
        else:
            n = workers or os.cpu_count() or 1
            # object store sized to what the bounded queue can hold, not 30% of RAM
            ray.init(num_cpus=n, object_store_memory=512 * 1024 * 1024, **kw)
        started = True
    if workers is None:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
    return started, workers


def _quiet_ray_data():
    from ray.data import DataContext

    ctx = DataContext.get_current()
    for k, v in (("enable_progress_bars", False), ("print_on_execution_start", False),
                 ("verbose_progress", False)):
        if hasattr(ctx, k):
            setattr(ctx, k, v)
    for name in ("ray", "ray.data", "ray.data._internal"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return ctx


def analyze_paths_ray(paths: Iterable[str], db: str, address: Optional[str] = None,
                      workers: Optional[int] = None, progress: bool = True,
                      components: Optional[list] = None, languages: Optional[set] = frozenset({"ar"}),
                      write_on_workers: Optional[bool] = None,
                      on_failure: Optional[Callable] = None) -> RaySummary:
    """Analyse and store every document under ``paths`` with Ray; returns a Summary like the local
    runner's. ``write_on_workers`` (default: yes for PostgreSQL, impossible for SQLite) makes each
    worker write its documents itself."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:  # ValueError: the CLI prints it as one plain line
        raise ValueError("--engine ray needs Ray Data: pip install -e '.[scale]'") from None

    from ..ingest import Failure, iter_documents
    from ..store import open_store

    paths = [str(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    pg = _is_postgres(db)
    if write_on_workers is None:
        write_on_workers = pg
    if write_on_workers and not pg:
        raise ValueError("workers can write only to a PostgreSQL store; a SQLite file is written by the driver")

    summary = RaySummary()
    t0 = time.perf_counter()
    lock = threading.Lock()

    def fail(f: Failure) -> None:
        with lock:
            summary.failed.append(f)
        if on_failure:
            on_failure(f)

    store = open_store(db)  # driver side: SQLite writes and corpus passes; creates the schema
    # has() runs in the reader thread, on its own connection: the driver's connection is busy
    # writing in the main thread, and one connection serialises its queries anyway
    reader_store = open_store(db, readonly=True)
    store_has = reader_store.has
    started = False
    bar = None
    queue = None
    ctx = saved_block_size = None
    pending: dict[str, str] = {}  # hash -> source, sent and not yet back
    reader_error: list = []

    def pending_docs():
        """Read, check, skip stored texts: yields the documents to analyse, in order."""
        for item in iter_documents(paths):
            if isinstance(item, Failure):
                fail(item)
                continue
            reason = check(item, languages)
            if reason:
                fail(Failure(item.source or "?", reason))
                continue
            h = item.hash
            with lock:
                dup = h in pending
            if dup or store_has(h):  # the same text twice in one run is stored once, as locally
                with lock:
                    summary.skipped += 1
                continue
            with lock:
                pending[h] = item.source or "?"
            if bar is not None:
                bar.total += 1
            yield item

    stop = threading.Event()  # set when the job has failed: the reader must not wait on a full queue

    def put(item) -> None:
        from ray.util.queue import Full

        while not stop.is_set():
            try:
                queue.put(item, timeout=1)
                return
            except Full:
                continue
        raise RuntimeError("the Ray job stopped")

    def send(block: list) -> None:
        # the block goes into the object store; the queue carries only its reference, wrapped in
        # a list because Ray would resolve a bare reference passed to the queue actor
        put([ray.put(block)])

    def reader(docs) -> None:
        """Driver side of the stream: send the documents to Ray in blocks."""
        block: list[str] = []
        try:
            for item in docs:
                block.append(payload(item))
                if len(block) >= BLOCK_DOCS:
                    send(block)
                    block = []
            if block:
                send(block)
        except Exception as e:  # reported after the job: the documents already sent still finish
            reader_error.append(e)
        finally:
            try:
                put(None)
            except RuntimeError:
                pass

    try:
        if progress:
            from tqdm import tqdm

            bar = tqdm(unit="doc", desc="analyze (ray)", file=sys.stderr, dynamic_ncols=True, mininterval=0.5,
                       total=0)
        docs = pending_docs()
        first = next(docs, None)
        if first is None:  # nothing new: a re-run costs the reading only, no Ray start
            _corpus_passes(store)
            return summary
        started, workers = _start_ray(address, workers)
        summary.num_workers = workers
        if bar is not None:
            bar.set_description(f"analyze (ray, {workers} workers)")
        ctx = _quiet_ray_data()
        # Ray Data coalesces a task's output into blocks of up to 128 MB: our whole stream would
        # become one block, fed to one worker while the others idle. Blocks of ~64 KB (a handful of
        # articles) spread the work over every worker and return results as they are done.
        saved_block_size = ctx.target_max_block_size
        ctx.target_max_block_size = TARGET_BLOCK_BYTES
        from ray.util.queue import Queue

        queue = Queue(maxsize=max(2, QUEUE_BLOCKS_PER_WORKER * workers), actor_options={"num_cpus": 0})
        t = threading.Thread(target=reader, args=(itertools.chain([first], docs),), name="marsad-reader",
                             daemon=True)
        t.start()

        # the read only relays blocks, so it takes no CPU slot: every slot is an analysing worker
        import inspect

        zero_cpu = ({"num_cpus": 0} if "num_cpus" in inspect.signature(ray.data.read_datasource).parameters
                    else {"ray_remote_args": {"num_cpus": 0}})  # older Ray Data spells it so
        ds = ray.data.read_datasource(_queue_datasource(queue), override_num_blocks=1, **zero_cpu)
        with warnings.catch_warnings():  # passing max_restarts this way is "deprecated" but the only way
            warnings.simplefilter("ignore")
            ds = ds.map_batches(
                _annotator_for(components, db if write_on_workers else None),
                batch_size=BLOCK_DOCS, concurrency=workers, num_cpus=1, batch_format="numpy",
                # a worker that dies (out of memory, a crash in native code) is restarted and its
                # batch retried, a bounded number of times: a document that kills every worker it
                # meets must end the job (its documents reported failed), not loop forever
                max_restarts=3, max_task_retries=2)
        try:
            for row in ds.iter_rows():
                h, status = row["hash"], row["status"]
                with lock:
                    source = pending.pop(h, row["source"])
                if status == "analysed":
                    doc = from_payload(row["doc"])
                    try:
                        added = store.add(doc)
                    except Exception as e:
                        fail(Failure(source, f"store failed: {type(e).__name__}: {e}"))
                        status = "failed-store"
                    else:
                        status = "added" if added is not None else "skipped"
                if status == "added":
                    summary.added += 1
                elif status == "skipped":
                    with lock:
                        summary.skipped += 1
                elif status == "failed":
                    fail(Failure(source, row["error"]))
                if summary.seconds_to_first is None:
                    summary.seconds_to_first = time.perf_counter() - t0
                summary.seconds_to_last = time.perf_counter() - t0
                ready, done = float(row["ready_at"]), float(row["done_at"])
                summary.first_ready_at = min(summary.first_ready_at or ready, ready)
                summary.last_done_at = max(summary.last_done_at or done, done)
                pid = int(row["pid"])
                summary.workers[pid] = max(summary.workers.get(pid, 0.0), float(row["rss_mb"]))
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(added=summary.added, skipped=summary.skipped, failed=len(summary.failed),
                                    refresh=False)
        except Exception as e:  # the job itself failed (workers kept dying): report, don't crash
            stop.set()
            t.join()
            lines = [ln.strip() for ln in re.sub(r"\x1b\[[0-9;]*m", "", str(e)).splitlines() if ln.strip()]
            msg = f"Ray job failed: {type(e).__name__}: {lines[-1] if lines else ''}"
            with lock:
                lost = list(pending.items())
                pending.clear()
            for _, source in lost:
                fail(Failure(source, msg))
        t.join()
        with lock:
            lost = list(pending.items())
        for _, source in lost:  # sent but never returned: never silently dropped
            fail(Failure(source, "analysis result lost (worker failure)"))
        if reader_error:
            e = reader_error[0]
            fail(Failure(",".join(map(str, paths)), f"reading stopped: {type(e).__name__}: {e}"))
        _corpus_passes(store)
    finally:
        if bar is not None:
            bar.close()
        store.close()
        reader_store.close()
        if ctx is not None:
            ctx.target_max_block_size = saved_block_size
        if started:
            ray.shutdown()
        summary.seconds = time.perf_counter() - t0
    return summary


def _corpus_passes(store) -> None:
    """The corpus-level passes the local engine runs after analysis, on the same store.

    Entity resolution is a pipeline component (key-based, so already done per document on the
    workers) and its corpus-level merge is computed on read; if the local runner grows a pass over
    the store, it is ``marsad.runner.corpus_passes(store)`` and runs here too, once, on the driver.
    """
    from .. import runner

    passes = getattr(runner, "corpus_passes", None)
    if passes is not None:
        passes(store)
