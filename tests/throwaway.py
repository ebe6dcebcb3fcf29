"""Throwaway servers for the fault tests and `make soak`: a Redis and a PostgreSQL cluster of their own, on
their own ports, that a test may stop and start again, and a ClamAV daemon with a database of its own. The
shared servers of the run are never touched.

PostgreSQL refuses to run as root, so as root its programs run as the `postgres` system user (runuser).
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import HTTPCookieProcessor, build_opener, urlopen

from django.db import connection

BASE_DIR = Path(__file__).resolve().parent.parent
PG_BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def port_open(port, host="127.0.0.1"):
    try:
        socket.create_connection((host, port), timeout=0.2).close()
    except OSError:
        return False
    return True


def wait_until(predicate, timeout=30.0, interval=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False


def pg_program(name):
    for directory in PG_BIN_DIRS:
        if (directory / name).exists():
            return str(directory / name)
    return shutil.which(name)


class ThrowawayRedis:
    def __init__(self, port):
        self.port = port
        self.url = f"redis://127.0.0.1:{port}/0"
        self.process = None

    def start(self):
        program = shutil.which("redis-server")
        if program is None:
            raise RuntimeError("redis-server is not installed: scripts/test-services installs it")
        self.process = subprocess.Popen(
            [program, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not wait_until(lambda: port_open(self.port)):
            raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        wait_until(lambda: not port_open(self.port), timeout=10)


CLAMD_PACKAGE = "clamav-daemon"


class ThrowawayClamd:
    """clamd on 127.0.0.1:`port` (or, with `port=None`, on a Unix socket in its folder) whose database folder
    holds only `signatures` (file name -> text), e.g. a one-line `.ndb` body signature: freshclam's database
    needs the internet, and the scan is still clamd's."""

    def __init__(self, port, signatures):
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="duongkinh-clamd-"))
        self.socket_path = self.folder / "clamd.ctl"
        self.process = None
        for name, text in signatures.items():
            (self.folder / name).write_text(text)
        if port:
            self.url = f"tcp://127.0.0.1:{port}"
            listen = f"TCPSocket {port}\nTCPAddr 127.0.0.1\n"
        else:
            self.url = f"unix://{self.socket_path}"
            listen = f"LocalSocket {self.socket_path}\n"
        self.config = self.folder / "clamd.conf"
        self.config.write_text(
            f"{listen}DatabaseDirectory {self.folder}\nForeground yes\n"
            f"LogFile {self.folder / 'clamd.log'}\nStreamMaxLength 25M\n"
        )

    def listening(self):
        if self.port:
            return port_open(self.port)
        try:
            with socket.socket(socket.AF_UNIX) as probe:
                probe.settimeout(0.2)
                probe.connect(str(self.socket_path))
        except OSError:
            return False
        return True

    @staticmethod
    def program():
        # /usr/sbin is not on every user's PATH.
        return shutil.which("clamd") or shutil.which("clamd", path="/usr/sbin")

    def start(self):
        program = self.program()
        if program is None:
            raise RuntimeError(
                f"clamd is not installed: apt-get install -y {CLAMD_PACKAGE} (scripts/test-services does it)"
            )
        self.process = subprocess.Popen(
            [program, "--config-file", str(self.config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if not wait_until(lambda: self.listening() or self.process.poll() is not None):
            raise RuntimeError(f"clamd did not start at {self.url}")
        if self.process.poll() is not None:
            log = (self.folder / "clamd.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"clamd stopped at start (exit {self.process.returncode}):\n{log}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None
        wait_until(lambda: not self.listening(), timeout=10)

    def destroy(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary folder, trust authentication, listening on 127.0.0.1:`port`."""

    def __init__(self, port):
        self.port = port
        self.folder = Path(tempfile.mkdtemp(prefix="duongkinh-pg-"))
        self.data = self.folder / "data"
        self.as_root = os.geteuid() == 0

    def url(self, database="duongkinh"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *command, check=True):
        command = [str(part) for part in command]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)

    def init(self):
        if pg_program("initdb") is None:
            raise RuntimeError("PostgreSQL's initdb is not installed: scripts/test-services installs it")
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(pg_program("initdb"), "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        return self

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            pg_program("pg_ctl"), "-D", self.data, "-o", options, "-l", self.folder / "log", "-w", "start"
        )

    def stop(self):
        self._run(pg_program("pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def restart(self):
        self.stop()
        self.start()

    def createdb(self, name="duongkinh"):
        self._run(pg_program("createdb"), "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", name)

    def load_from(self, source_url, name="duongkinh"):
        """Copy a database (schema and rows) from another server into a new database here."""
        self.createdb(name)
        dump = subprocess.run(
            [pg_program("pg_dump"), "--no-owner", "--no-privileges", source_url],
            check=True,
            capture_output=True,
            timeout=300,
        )
        subprocess.run(
            [pg_program("psql"), "-q", "-v", "ON_ERROR_STOP=1", self.url(name)],
            input=dump.stdout,
            check=True,
            capture_output=True,
            timeout=300,
        )

    def destroy(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class PortalServer:
    """The portal served by Django's development server (no autoreload) in a process of its own."""

    def __init__(self, port, **env):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        environment = {
            key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}
        }
        environment.setdefault("DJANGO_SETTINGS_MODULE", "duongkinh.settings.test")
        environment.update(env)
        self.env = environment
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if not wait_until(lambda: port_open(self.port), timeout=60):
            raise RuntimeError("the portal's server did not start")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def browser():
    """An opener that keeps cookies, as a browser does (the CSRF cookie of the public forms)."""
    return build_opener(HTTPCookieProcessor(CookieJar()))


def form_token(html):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else ""


def fetch(url, data=None, timeout=10, opener=None):
    """(status, headers, text) of a request; HTTP errors are answers too."""
    try:
        with (opener.open if opener else urlopen)(url, data=data, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")


def run_database_url():
    """The address of the run's own (PostgreSQL) test database, for a throwaway cluster to copy."""
    params = connection.settings_dict
    host, port = params["HOST"] or "127.0.0.1", params["PORT"] or 5432
    return f"postgres://{params['USER']}@{host}:{port}/{params['NAME']}"
