"""Briefing a URL, against a web server on 127.0.0.1: the page, and every way a fetch fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from briefing.cli.command import app
from briefing.errors import ExitStatus, InputError
from briefing.input.web import USER_AGENT, fetch

from .conftest import ROOT, SAMPLES

pytest.importorskip("trafilatura")

runner = CliRunner()
ARTICLE = (SAMPLES / "harbour-bridge.html").read_bytes()
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY")


class Site(BaseHTTPRequestHandler):
    """A small news site with pages that misbehave in the ways real ones do."""

    release = threading.Event()
    requests: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        type(self).requests.append((self.path, self.headers.get("User-Agent", "")))
        route = {
            "/article": lambda: self._send(ARTICLE, "text/html; charset=utf-8"),
            "/moved": lambda: self._redirect("/article"),
            "/loop-a": lambda: self._redirect("/loop-b"),
            "/loop-b": lambda: self._redirect("/loop-a"),
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/article"),
            "/slow": self._slow,
            "/trickle": self._trickle,
            "/huge": lambda: self._send(b"<html>" + b"x" * 200_000, "text/html"),
            "/endless": self._endless,
            "/report.pdf": lambda: self._send(b"%PDF-1.7\n...", "application/pdf"),
            "/photo.png": lambda: self._send(b"\x89PNG\r\n\x1a\n", "image/png"),
            "/notes.txt": lambda: self._send(
                (SAMPLES / "solar-cooperative.txt").read_bytes(), "text/plain; charset=utf-8"
            ),
            "/untyped": lambda: self._send(ARTICLE, None),
        }.get(self.path)
        try:
            if route is None:
                self._send(b"<html><body><h1>Not found</h1></body></html>", "text/html", 404)
            else:
                route()
        except ConnectionError:
            pass  # the client gave up, as it should have

    def _send(self, body: bytes, content_type: str | None, status: int = 200) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _slow(self) -> None:
        self.release.wait(10)
        self._send(ARTICLE, "text/html")

    def _trickle(self) -> None:
        """Headers at once, then a byte at a time: each read is quick, the whole is not."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for byte in ARTICLE:
            if self.release.wait(0.05):
                return
            self.wfile.write(bytes([byte]))
            self.wfile.flush()

    def _endless(self) -> None:
        """No Content-Length: the size cap must stop the reading."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"<html><body>")
        while not self.release.is_set():
            self.wfile.write(b"<p>more</p>" * 1000)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    Site.release.clear()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    Site.release.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests go straight to 127.0.0.1, whatever proxy the environment names."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def _fails(*args: str, status: ExitStatus = ExitStatus.INPUT) -> str:
    """Run the command; it must fail with ``status`` and one line on stderr. The line."""
    result = runner.invoke(app, list(args))
    assert result.exit_code == status, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefing: error: ")
    assert "Traceback" not in result.stderr
    return result.stderr


def test_briefs_the_article_of_a_page(server: str) -> None:
    url = f"{server}/article"
    result = runner.invoke(app, [url, "-n", "3"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "# Engineers close Port Alder bridge after cracks found in main span"
    assert lines[2].startswith(f"*Port Alder Gazette · by Lena Marsh · 2025-03-03 · {url} ·")
    assert "cookie" not in result.stdout.lower() and "Subscribe" not in result.stdout
    from_file = runner.invoke(app, [str(SAMPLES / "harbour-bridge.txt"), "-n", "3"]).stdout
    assert result.stdout.split("## Key points")[1] == from_file.split("## Key points")[1]


def test_sends_its_user_agent(server: str) -> None:
    fetch(f"{server}/article", max_bytes=1_000_000)
    assert Site.requests[-1] == ("/article", USER_AGENT)
    assert USER_AGENT.startswith("briefing/")


def test_follows_redirects_and_records_where_it_ended(server: str) -> None:
    result = runner.invoke(app, [f"{server}/moved", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == f"{server}/moved"
    assert data["meta"]["url"] == f"{server}/article"
    assert data["meta"]["site"] == "Port Alder Gazette"


def test_plain_text_answers_are_briefed_as_text(server: str) -> None:
    result = runner.invoke(app, [f"{server}/notes.txt", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["title"].startswith("Farmers' solar cooperative")
    assert data["meta"] == {
        "site": None,
        "author": None,
        "date": None,
        "url": f"{server}/notes.txt",
    }


def test_a_page_without_content_type_is_recognised(server: str) -> None:
    page = fetch(f"{server}/untyped", max_bytes=1_000_000)
    assert page.content_type == ""
    result = runner.invoke(app, [f"{server}/untyped", "-n", "1"])
    assert result.exit_code == 0 and result.stdout.startswith("# Engineers close")


def test_not_found(server: str) -> None:
    assert "answered HTTP 404" in _fails(f"{server}/no-such-story")


def test_redirect_loop(server: str) -> None:
    assert "redirects too often" in _fails(f"{server}/loop-a")


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    assert "not a web address" in _fails(f"{server}/to-ftp")


@pytest.mark.parametrize("path", ["/report.pdf", "/photo.png"])
def test_other_content_types_are_refused(server: str, path: str) -> None:
    message = _fails(f"{server}{path}")
    assert "not a web page" in message
    assert ("application/pdf" if path.endswith("pdf") else "image/png") in message


def test_slow_server_times_out(server: str) -> None:
    start = time.monotonic()
    message = _fails(f"{server}/slow", "--timeout", "0.3")
    assert time.monotonic() - start < 3
    assert "did not answer within 0.3 s" in message and "--timeout" in message


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf"])
def test_timeout_must_be_positive_seconds(value: str) -> None:
    sample = str(SAMPLES / "harbour-bridge.txt")
    message = _fails(sample, "--timeout", value, status=ExitStatus.USAGE)
    assert "--timeout must be a number of seconds above 0" in message


def test_a_trickling_server_is_stopped_at_the_deadline(server: str) -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"did not answer within 0\.5 s"):
        fetch(f"{server}/trickle", max_bytes=1_000_000, timeout=0.5)
    assert time.monotonic() - start < 3


def test_size_cap_from_content_length(server: str) -> None:
    message = _fails(f"{server}/huge", "--max-bytes", "100000")
    assert "larger than 100,000 bytes" in message and "--max-bytes" in message


def test_size_cap_while_reading(server: str) -> None:
    with pytest.raises(InputError, match="larger than 50,000 bytes"):
        fetch(f"{server}/endless", max_bytes=50_000)


def test_nothing_listening() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert "connection refused" in _fails(f"http://127.0.0.1:{port}/article")


def test_offline_refuses_urls_without_connecting(server: str) -> None:
    before = len(Site.requests)
    message = _fails(f"{server}/article", "--offline")
    assert "--offline" in message
    assert len(Site.requests) == before


def test_offline_still_reads_files() -> None:
    result = runner.invoke(app, [str(SAMPLES / "harbour-bridge.html"), "--offline", "-n", "1"])
    assert result.exit_code == 0, result.output


def test_a_failing_url_in_a_batch_is_reported_and_the_rest_written(server: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    sources = [f"{server}/article", f"{server}/report.pdf", str(SAMPLES / "solar-cooperative.txt")]
    result = runner.invoke(app, [*sources, "-o", f"{out}/"])
    assert result.exit_code == ExitStatus.ERROR
    assert sorted(p.name for p in out.iterdir()) == ["article.md", "solar-cooperative.md"]
    assert "report.pdf" in result.stderr and "application/pdf" in result.stderr
    assert "by Lena Marsh" in (out / "article.md").read_text(encoding="utf-8")


def test_the_real_command_fails_in_one_line(server: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in PROXY_VARIABLES}
    result = subprocess.run(
        [sys.executable, "-m", "briefing", f"{server}/photo.png"],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == ExitStatus.INPUT
    assert result.stdout == ""
    assert result.stderr == (
        f"briefing: error: {server}/photo.png is image/png, not a web page; "
        "briefing reads HTML pages and plain text\n"
    )
