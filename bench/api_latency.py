"""API latency: p50 / p95 of a few GET routes against a real uvicorn on loopback, with the real Neo4j behind it.

The server is `uvicorn app.main:app` in a child process (one worker, as `make run` serves it) on a free
port of 127.0.0.1, started with the benchmark's environment so that it reads the benchmark database. One
keep-alive HTTP connection sends the requests one after the other: after a short warm-up, `n` timed requests
per route, so the loop is bounded. The baseline is GET /health on the same server, which does not touch
Neo4j: the ratio shows what each route's graph read adds to the HTTP and FastAPI overhead.
"""

from __future__ import annotations

import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from graph_schema.errors import DiploGraphError

HOST = "127.0.0.1"
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class BenchServerError(DiploGraphError):
    """The benchmark's API server did not start or answered a request with an error."""


@dataclass
class Latency:
    label: str
    path: str
    items: int | None  # list length (or 1) of the response body, to show the route returned data
    samples_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.samples_ms, n=20, method="inclusive")[18]

    @property
    def max(self) -> float:
        return max(self.samples_ms)


def measure(routes: list[tuple[str, str]], *, requests: int, warmup: int, start_timeout_s: float = 60) -> list[Latency]:
    """Start the server, time `requests` GETs of each (label, path) after `warmup` untimed ones, stop it."""
    with _server(start_timeout_s) as port:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            return [_time_route(conn, label, path, requests, warmup) for label, path in routes]
        finally:
            conn.close()


def _time_route(conn: http.client.HTTPConnection, label: str, path: str, requests: int, warmup: int) -> Latency:
    status, body = _get(conn, path)
    if status != 200:
        raise BenchServerError(f"GET {path} answered {status}: {body[:300]!r}")
    parsed = json.loads(body)
    items = len(parsed) if isinstance(parsed, list) else 1
    for _ in range(warmup):
        _get(conn, path)
    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        status, _body = _get(conn, path)
        samples.append(1000 * (time.perf_counter() - started))
        if status != 200:
            raise BenchServerError(f"GET {path} answered {status} during the timed loop")
    return Latency(label, path, items, samples)


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def _server(start_timeout_s: float) -> Iterator[int]:
    port = _free_port()
    command = [
        sys.executable, "-m", "uvicorn", "app.main:app",
        "--host", HOST, "--port", str(port), "--workers", "1", "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, cwd=PROJECT_ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_ready(process, port, start_timeout_s, log)
            yield port
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_ready(process: subprocess.Popen[bytes], port: int, timeout_s: float, log: IO[bytes]) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchServerError(f"uvicorn exited with {process.returncode} before it was ready:\n{_tail(log)}")
        conn = http.client.HTTPConnection(HOST, port, timeout=5)
        try:
            if _get(conn, "/ready")[0] == 200:
                return
        except OSError:
            pass
        finally:
            conn.close()
        time.sleep(0.2)
    raise BenchServerError(f"uvicorn on {HOST}:{port} was not ready after {timeout_s:.0f}s:\n{_tail(log)}")


def _tail(log: IO[bytes], chars: int = 2000) -> str:
    log.seek(0)
    return log.read()[-chars:].decode("utf-8", "replace")
