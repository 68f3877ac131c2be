"""Annotate on a dask.distributed cluster: the same results as ``nlp.pipe`` on one machine.

``dask_backend(address)`` returns a callable with the signature of
``annotate.annotate_in_process``: the build maps it over the articles its cache misses. Articles
go to the workers in batches; each worker process loads the annotator once (``load_annotator``
is cached per process) and sends back plain dicts, never Docs; the results come back in the
order of the articles. Without an address a ``LocalCluster`` of ``n_process`` single-threaded
worker processes is started for the run and closed after it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .annotate import annotate_batch
from .models import Article
from .settings import workers

Backend = Callable[[list[Article], str, int, int], Iterable[dict]]


def dask_backend(address: str | None = None) -> Backend:
    """Return an annotation backend that runs on the dask scheduler at ``address``."""

    def run(articles: list[Article], model: str, n_process: int,
            batch_size: int) -> Iterator[dict]:
        from dask.distributed import Client, LocalCluster

        cluster = None
        if address:
            client = Client(address)
        else:
            cluster = LocalCluster(n_workers=workers(n_process), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
        try:
            size = max(1, batch_size)
            batches = [articles[k:k + size] for k in range(0, len(articles), size)]
            # pure=False: articles are not hashed into task keys (hashing text costs time,
            # and a rerun must not be served from a result the scheduler still holds).
            futures = client.map(annotate_batch, batches, model=model, batch_size=size,
                                 pure=False)
            for future in futures:
                yield from future.result()
                future.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    return run
