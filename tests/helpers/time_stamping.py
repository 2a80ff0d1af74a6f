"""A time-stamping authority for tests, played by `openssl ts` on this machine (never the
internet): its own root and signing certificate, answering requests directly or over HTTP on
127.0.0.1.

The desktop bundle's check runs it too, until its standard input closes:

    python -m tests.helpers.time_stamping FOLDER   # prints the service's address
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CONFIG = """[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
serial = {folder}/serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@dataclass
class LocalAuthority:
    folder: Path

    @property
    def root_pem(self) -> str:
        return (self.folder / "root.crt").read_text(encoding="ascii")

    def answer(self, request: bytes) -> bytes:
        """What a time-stamping service answers to one DER request."""
        query = self.folder / f"query-{threading.get_ident()}.tsq"
        reply = query.with_suffix(".tsr")
        query.write_bytes(request)
        _openssl(
            "ts", "-reply", "-config", "tsa.cnf", "-queryfile", str(query),
            "-inkey", "tsa.key", "-signer", "tsa.crt", "-out", str(reply),
            cwd=self.folder,
        )  # fmt: skip
        return reply.read_bytes()

    def post(self, url: str, request: bytes) -> bytes:
        return self.answer(request)


def make_authority(folder: Path) -> LocalAuthority:
    """A new authority with its root and signing certificate in FOLDER."""
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "root.key",
        "-out", "root.crt", "-days", "3650", "-subj", "/CN=Steady test root",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )  # fmt: skip
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
        "-subj", "/CN=Steady test time-stamping",
        cwd=folder,
    )  # fmt: skip
    (folder / "tsa.ext").write_text(
        "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=critical,timeStamping\n"
    )
    _openssl(
        "x509", "-req", "-in", "tsa.csr", "-CA", "root.crt", "-CAkey", "root.key",
        "-CAcreateserial", "-out", "tsa.crt", "-days", "3650", "-extfile", "tsa.ext",
        cwd=folder,
    )  # fmt: skip
    (folder / "tsa.cnf").write_text(CONFIG.format(folder=folder))
    (folder / "serial").write_text("01\n")
    return LocalAuthority(folder)


@pytest.fixture(scope="session")
def local_authority(tmp_path_factory: pytest.TempPathFactory) -> LocalAuthority:
    return make_authority(tmp_path_factory.mktemp("tsa"))


@pytest.fixture
def authority_url(local_authority: LocalAuthority) -> Iterator[str]:
    """The local authority over HTTP on 127.0.0.1, as a real service would be reached."""
    with serving(local_authority) as url:
        yield url


@contextlib.contextmanager
def serving(local_authority: LocalAuthority) -> Iterator[str]:
    """Answers time-stamp requests over HTTP on 127.0.0.1 while inside; yields the address."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            answer = local_authority.answer(self.rfile.read(length))
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsr"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


if __name__ == "__main__":
    Path(sys.argv[1]).mkdir(parents=True, exist_ok=True)
    authority = make_authority(Path(sys.argv[1]))
    with serving(authority) as address:
        print(address, flush=True)
        sys.stdin.read()
