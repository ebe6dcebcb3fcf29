"""Soak: readers and form senders through gunicorn while the database restarts. Not collected by pytest.

    make soak                        # or: .venv/bin/python -m tests.bench soak --duration 60 --outage 5

A PostgreSQL cluster of its own (tests/throwaway.py, on a free loopback port: never the shared server) is
created, migrated and filled with the demo portal (`seed_demo`); gunicorn (2 sync workers, production
settings) serves it on loopback. For --duration seconds, --readers threads read a handful of public pages and
--senders threads send the intake form (/lien-he/gui-thong-tin/) with a unique subject, sending the same form
(same CSRF and idempotency tokens) again after an error, as a citizen would. In the middle the cluster is
stopped for --outage seconds and started again; the portal must recover by itself.

Printed: requests, answers by status, acknowledged submissions (a redirect to the confirmation), the
submissions stored (rows with the run's subjects), duplicates, acknowledged but not stored, and the longest
time a client saw nothing but errors. Exits 1 when an acknowledged submission was not stored, a subject was
stored twice, or any answer was a 500. Everything it started (gunicorn, the cluster, its folders) is removed
at the end, also after Ctrl-C.

Production settings send the CSRF and session cookies only over HTTPS: the clients say `X-Forwarded-Proto:
https` as the reverse proxy does, keep the cookies themselves (a cookie jar would hold back Secure cookies
over plain HTTP) and send an Origin, as a browser does. The rate limit of the form is raised for the run
(every sender is 127.0.0.1), and the cache is local memory (no REDIS_URL).
"""

import argparse
import collections
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

from tests.bench.serving import gunicorn_command
from tests.throwaway import ThrowawayPostgres, pg_program, port_open, wait_until

ROOT = Path(__file__).resolve().parents[2]
SECRET = "soak-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz-0123456789"
FORM = "/lien-he/gui-thong-tin/"
READER_PAGES = [
    "/",
    "/tin-tuc/",
    "/van-ban/",
    "/lien-he/",
    "/thu-tuc-hanh-chinh/",
    "/tim-kiem/?q=ph%C6%B0%E1%BB%9Dng",
]
TIMEOUT = 15
SEND_ATTEMPTS = 6


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(database_url, workdir):
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "COUNTERS_REDIS_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_STATIC_ROOT=str(workdir / "static"),
        DJANGO_MEDIA_ROOT=str(workdir / "media"),
        DATABASE_URL=database_url,
        INTAKE_RATE_LIMIT="1000000",
        LOG_LEVEL="WARNING",
    )
    return env


def manage(env, workdir, *command):
    """A management command, its output (the seed mirrors every audit entry to the log) kept in a file."""
    log = workdir / "setup.log"
    with log.open("a") as output:
        done = subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, stdout=output, stderr=output
        )
    if done.returncode:
        print(log.read_text(errors="replace")[-3000:])
        raise RuntimeError(f"manage.py {command[0]} failed")


class Recorder:
    """What every client saw: answers by status, and the longest run of errors one client lived through."""

    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.longest_outage = collections.defaultdict(float)
        self.first_error = None
        self.last_error = None
        self.acknowledged = []
        self.given_up = []
        self.retried = []
        self.refused = collections.Counter()

    def answer(self, status):
        now = time.monotonic()
        with self.lock:
            self.statuses[status] += 1
            if not isinstance(status, int) or status >= 500:
                self.first_error = self.first_error or now
                self.last_error = now

    def outage(self, role, seconds):
        with self.lock:
            self.longest_outage[role] = max(self.longest_outage[role], seconds)


class Client:
    """One person: a connection of their own, cookies kept by hand, and when their run of errors began."""

    def __init__(self, port, recorder, role="reader"):
        self.port = port
        self.role = role
        self.recorder = recorder
        self.cookies = {}
        self.failing_since = None
        self.connection = None

    def request(self, method, path, body=None):
        headers = {"X-Forwarded-Proto": "https", "Host": f"127.0.0.1:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://127.0.0.1:{self.port}"
            headers["Referer"] = f"https://127.0.0.1:{self.port}{FORM}"
        try:
            if self.connection is None:
                self.connection = HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                self.close()
        except (OSError, ValueError) as error:
            self.close()
            status, text = f"error: {type(error).__name__}", ""
        self.recorder.answer(status)
        self.note(status)
        return status, text

    def note(self, status):
        failed = not isinstance(status, int) or status >= 500
        now = time.monotonic()
        if failed and self.failing_since is None:
            self.failing_since = now
        elif not failed and self.failing_since is not None:
            self.recorder.outage(self.role, now - self.failing_since)
            self.failing_since = None

    def finish(self):
        if self.failing_since is not None:
            self.recorder.outage(self.role, time.monotonic() - self.failing_since)
        self.close()

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def reader(port, pages, recorder, stop, think):
    client = Client(port, recorder)
    rng = random.Random()
    while not stop.is_set():
        client.request("GET", rng.choice(pages))
        stop.wait(rng.uniform(0, 2 * think))
    client.finish()


def hidden(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else None


def sender(port, number, run, recorder, stop, think):
    client = Client(port, recorder, role="sender")
    sent = 0
    while not stop.is_set():
        status, html = client.request("GET", FORM)
        csrf, token = hidden(html, "csrfmiddlewaretoken"), hidden(html, "submission_token")
        if status != 200 or not csrf or not token:
            stop.wait(1)
            continue
        sent += 1
        subject = f"soak {run} sender {number} form {sent}"
        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": csrf,
                "submission_token": token,
                "sender_name": "Nguyễn Văn Soak",
                "sender_phone": "0912345678",
                "subject": subject,
                "body": "Đèn đường ở ngõ 5 không sáng (soak).",
                "consent": "on",
                "website": "",
            }
        ).encode()
        send(client, subject, body, recorder)
        stop.wait(random.uniform(0, 2 * think))
    client.finish()


def send(client, subject, body, recorder):
    """POST the form; after an error, the same form again a few times (a citizen does not give up at once,
    and does not wait for the run's end either)."""
    for attempt in range(SEND_ATTEMPTS):
        status, _text = client.request("POST", FORM, body)
        if status == 302:
            with recorder.lock:
                recorder.acknowledged.append(subject)
                if attempt:
                    recorder.retried.append(subject)
            return
        if isinstance(status, int) and status < 500:
            with recorder.lock:
                recorder.refused[status] += 1
            return
        time.sleep(min(1 + attempt, 4))
    with recorder.lock:
        recorder.given_up.append(subject)


def stored_subjects(cluster, run):
    rows = subprocess.run(
        [
            pg_program("psql"),
            "-At",
            "-v",
            "ON_ERROR_STOP=1",
            cluster.url(),
            "-c",
            "SELECT subject, count(*) FROM intake_intakerecord"
            f" WHERE subject LIKE 'soak {run} %' GROUP BY subject",
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return {
        subject: int(count) for subject, count in (row.rsplit("|", 1) for row in rows.splitlines() if row)
    }


def start_gunicorn(env, port, workdir):
    log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        gunicorn_command(port),
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=True,  # Ctrl-C reaches the soak only, which stops gunicorn in order
    )
    process.log = log
    if not wait_until(lambda: port_open(port) or process.poll() is not None, timeout=60) or process.poll():
        raise RuntimeError(f"gunicorn did not start; see {workdir / 'gunicorn.log'}")
    return process


def usable_pages(port):
    """The reader pages this portal has (a warm-up request each, not counted), and the form."""
    client = Client(port, Recorder())
    pages = [path for path in READER_PAGES if client.request("GET", path)[0] == 200]
    form = client.request("GET", FORM)[0]
    client.close()
    if not pages or form != 200:
        raise RuntimeError(f"the portal does not answer: pages {pages}, form {form}")
    return pages


def load(options, port, cluster):
    recorder = Recorder()
    pages = usable_pages(port)
    print(f"Readers read {', '.join(pages)}", flush=True)
    run = time.strftime("%H%M%S")
    stop = threading.Event()
    threads = [
        threading.Thread(target=reader, args=(port, pages, recorder, stop, options.think), daemon=True)
        for _ in range(options.readers)
    ] + [
        threading.Thread(target=sender, args=(port, n, run, recorder, stop, options.think), daemon=True)
        for n in range(options.senders)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(max(0, options.duration / 2 - options.outage / 2))
    print(f"{time.monotonic() - started:5.1f} s  stopping the database", flush=True)
    down = time.monotonic()
    cluster.stop()
    time.sleep(options.outage)
    cluster.start()
    database_down = time.monotonic() - down
    print(f"{time.monotonic() - started:5.1f} s  database started again", flush=True)
    time.sleep(max(0, options.duration - (time.monotonic() - started)))
    stop.set()
    for thread in threads:
        # A sender may be in its last retries: they end within SEND_ATTEMPTS waits and timeouts.
        thread.join(timeout=TIMEOUT * SEND_ATTEMPTS)
    elapsed = time.monotonic() - started
    return recorder, run, elapsed, (down, database_down)


def report(recorder, stored, elapsed, outage):
    down, database_down = outage
    total = sum(recorder.statuses.values())
    acknowledged = set(recorder.acknowledged)
    duplicates = sorted(subject for subject, count in stored.items() if count > 1)
    lost = sorted(acknowledged - set(stored))
    stored_unacknowledged = sorted(set(stored) - acknowledged)
    errors = recorder.statuses.get(500, 0)
    print()
    print(f"requests                        {total} in {elapsed:.0f} s ({total / elapsed:.0f}/s)")
    for status, count in sorted(recorder.statuses.items(), key=lambda item: str(item[0])):
        print(f"  {status!s:<30}{count}")
    print(f"submissions acknowledged        {len(acknowledged)}")
    print(f"submissions stored              {len(stored)} subjects, {sum(stored.values())} rows")
    print(f"duplicates (subject stored 2+)  {len(duplicates)}")
    print(f"acknowledged but not stored     {len(lost)}")
    print(
        f"stored, not acknowledged        {len(stored_unacknowledged)} (the sender gave up before an answer)"
    )
    print(
        f"acknowledged after a retry      {len(recorder.retried)} (the same form sent again after an error)"
    )
    print(f"{f'given up after {SEND_ATTEMPTS} attempts':<32}{len(recorder.given_up)}")
    if recorder.refused:
        print(f"form refused (answered 2xx/4xx) {dict(recorder.refused)}")
    print(f"database stopped for            {database_down:.1f} s")
    if recorder.first_error is not None:
        print(
            f"errors seen from               {recorder.first_error - down:+.1f} s to "
            f"{recorder.last_error - down:+.1f} s of the database's stop"
        )
    longest = recorder.longest_outage
    print(
        f"longest outage seen by a client {max(longest.values(), default=0):.1f} s (reader"
        f" {longest['reader']:.1f} s, sender {longest['sender']:.1f} s: a sender's includes its pauses)"
    )
    print(f"HTTP 500                        {errors}")
    for subject in lost[:10]:
        print(f"  lost: {subject}")
    for subject in duplicates[:10]:
        print(f"  duplicate: {subject} x{stored[subject]}")
    return bool(lost or duplicates or errors)


def interrupted(_signum, _frame):
    raise KeyboardInterrupt


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=60, help="seconds of load (default 60)")
    parser.add_argument("--outage", type=int, default=5, help="seconds the database is stopped (default 5)")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--senders", type=int, default=5)
    parser.add_argument("--think", type=float, default=0.25, help="mean pause between requests, s (0.25)")
    parser.add_argument("--port", type=int, default=0, help="gunicorn's loopback port (default: a free one)")
    parser.add_argument("--pg-port", type=int, default=0, help="the cluster's port (default: a free one)")
    options = parser.parse_args()
    # Set here too: a shell starts a background job with SIGINT ignored, and then Python leaves it ignored.
    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    pg_port = options.pg_port or free_port()
    port = options.port or free_port()
    if pg_port == 5432:
        sys.exit("5432 is the shared server's port: choose another --pg-port.")
    workdir = Path(tempfile.mkdtemp(prefix="dk-soak-"))
    cluster = ThrowawayPostgres(pg_port)
    gunicorn = None
    failed = True
    try:
        print(f"PostgreSQL cluster on 127.0.0.1:{pg_port} in {cluster.folder}", flush=True)
        cluster.init()
        cluster.start()
        cluster.createdb()
        env = environment(cluster.url(), workdir)
        setup_started = time.monotonic()
        print("Migrating, seeding the demo portal, collecting static files …", flush=True)
        manage(env, workdir, "migrate", "--no-input")
        manage(env, workdir, "seed_demo", "--verbosity", "0")
        manage(env, workdir, "compile_translations", "--verbosity", "0")
        manage(env, workdir, "collectstatic", "--no-input", "--verbosity", "0")
        print(f"  ready in {time.monotonic() - setup_started:.0f} s", flush=True)
        gunicorn = start_gunicorn(env, port, workdir)
        print(
            f"gunicorn on 127.0.0.1:{port}: {options.readers} readers, {options.senders} senders, "
            f"{options.duration} s, database stopped {options.outage} s in the middle",
            flush=True,
        )
        recorder, run, elapsed, outage = load(options, port, cluster)
        failed = report(recorder, stored_subjects(cluster, run), elapsed, outage)
        if recorder.statuses.get(500):
            tail = (workdir / "gunicorn.log").read_text(errors="replace")[-3000:]
            print(f"\ngunicorn's log (end):\n{tail}")
    except KeyboardInterrupt:
        print("\nInterrupted: cleaning up.", flush=True)
    finally:
        # A second Ctrl-C must not leave the cluster or gunicorn behind half stopped.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if gunicorn is not None:
            gunicorn.terminate()
            try:
                gunicorn.wait(timeout=30)
            except subprocess.TimeoutExpired:
                gunicorn.kill()
                gunicorn.wait()
            gunicorn.log.close()
        cluster.destroy()
        shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
