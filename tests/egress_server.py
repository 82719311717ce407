"""A real HTTP server on 127.0.0.1 that plays an OpenAI-compatible chat API
and providers' webhooks, and records every request it receives (path,
headers, body) for the tests to inspect."""
from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict
    body: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def json(self):
        return json.loads(self.body)


class RecordingServer(ThreadingHTTPServer):
    """POST /v1/chat/completions: a completion echoing the last user message
    (so masked text makes the round trip). POST /webhooks/<id>: 200, or the
    status set in `statuses[path]`."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[Seen] = []
        self.statuses: dict[str, int] = {}
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> "RecordingServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.record(Seen("POST", self.path, dict(self.headers.items()), body))
        status = self.server.statuses.get(self.path, 200)
        if status != 200:
            return self._reply(status, {"error": "unavailable"})
        if self.path.endswith("/chat/completions"):
            request = json.loads(body)
            user = [m["content"] for m in request["messages"] if m["role"] == "user"][-1]
            draft = "Draft written by the test model.\n\n" + user[-600:]
            return self._reply(200, {"id": "cmpl-test", "object": "chat.completion", "model": request["model"],
                                     "choices": [{"index": 0, "finish_reason": "stop",
                                                  "message": {"role": "assistant", "content": draft}}]})
        return self._reply(200, {"received": True})

    def _reply(self, status: int, payload: dict) -> None:
        raw = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)
