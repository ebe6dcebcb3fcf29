"""The optional virus scan of uploads: a small client of ClamAV's daemon (clamd), switched on by CLAMD_URL.

clamd's INSTREAM command takes the file as chunks, each preceded by its length as four bytes in network
order, ended by an empty chunk, and answers one line: `stream: OK`, `stream: <signature> FOUND`, or
`<reason> ERROR`. Commands are sent in their null-terminated form (`zINSTREAM\\0`), so every answer ends
with a NUL byte. Nothing is written to disk on our side; clamd scans the stream in its own process.

`scan(data)` answers the signature found, or None for a clean file; it raises `ScannerUnavailable` when
clamd is not configured correctly, cannot be reached in CLAMD_TIMEOUT, or answers with an error, and
`ScanTooLarge` for a file larger than CLAMD_MAX_SIZE (clamd's StreamMaxLength refuses it too). What an upload
does with these answers is `core.uploads.check_virus`'s choice (docs/hardening.md, "Virus scan").
"""

import socket
import struct
from urllib.parse import urlsplit

from django.conf import settings

CHUNK = 64 * 1024
#: Seconds to wait for clamd to accept the connection (the scan itself may take up to CLAMD_TIMEOUT).
CONNECT_TIMEOUT = 2.0
#: clamd answers a few dozen bytes; anything longer is not clamd.
MAX_ANSWER = 4096


class ScannerUnavailable(Exception):
    """clamd is configured but did not give a verdict."""


class ScanTooLarge(Exception):
    """The file is larger than clamd is allowed to read."""


def enabled():
    return bool(settings.CLAMD_URL)


def address(url):
    """(socket family, address) of `tcp://host:port` or `unix:///path/to/clamd.ctl`."""
    parts = urlsplit(url)
    if parts.scheme == "unix" and parts.path:
        return socket.AF_UNIX, parts.path
    if parts.scheme == "tcp" and parts.hostname:
        try:
            port = parts.port or 3310
        except ValueError as error:
            raise ScannerUnavailable(f"CLAMD_URL has an invalid port: {url!r}") from error
        return socket.AF_INET6 if ":" in parts.hostname else socket.AF_INET, (parts.hostname, port)
    raise ScannerUnavailable(f"CLAMD_URL must be tcp://host:port or unix:///path, not {url!r}")


def connect():
    family, target = address(settings.CLAMD_URL)
    connection = socket.socket(family, socket.SOCK_STREAM)
    try:
        connection.settimeout(CONNECT_TIMEOUT)
        connection.connect(target)
        connection.settimeout(settings.CLAMD_TIMEOUT)
    except OSError as error:
        connection.close()
        raise ScannerUnavailable(f"clamd at {settings.CLAMD_URL} cannot be reached: {error}") from error
    return connection


def command(connection, name, payload=None):
    """Send `name` (and the chunks of `payload`), return clamd's answer without its NUL."""
    try:
        connection.sendall(b"z" + name + b"\0")
        if payload is not None:
            view = memoryview(payload)
            for start in range(0, len(view), CHUNK):
                chunk = view[start : start + CHUNK]
                connection.sendall(struct.pack("!L", len(chunk)) + chunk)
            connection.sendall(struct.pack("!L", 0))
        answer = b""
        while not answer.endswith(b"\0") and len(answer) < MAX_ANSWER:
            received = connection.recv(MAX_ANSWER)
            if not received:
                break
            answer += received
    except OSError as error:  # a timeout included; a broken pipe when clamd stops reading a large stream
        raise ScannerUnavailable(f"clamd at {settings.CLAMD_URL} did not answer: {error}") from error
    if not answer.endswith(b"\0"):
        raise ScannerUnavailable(f"clamd at {settings.CLAMD_URL} gave an incomplete answer: {answer[:200]!r}")
    return answer[:-1].decode("utf-8", "replace").strip()


def scan(data):
    """The name of the signature `data` matches, or None when clamd finds nothing."""
    if len(data) > settings.CLAMD_MAX_SIZE:
        raise ScanTooLarge
    with connect() as connection:
        answer = command(connection, b"INSTREAM", data)
    if answer.endswith(" FOUND"):
        return answer.removeprefix("stream:").removesuffix(" FOUND").strip()
    if answer == "stream: OK":
        return None
    if "size limit exceeded" in answer:
        raise ScanTooLarge
    raise ScannerUnavailable(f"clamd at {settings.CLAMD_URL} answered: {answer[:200]}")


def ping():
    """True when clamd answers PING with PONG."""
    with connect() as connection:
        return command(connection, b"PING") == "PONG"
