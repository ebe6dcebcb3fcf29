"""The production image's entry point (scripts/entrypoint) starts each of its processes: run here outside a
container, with the virtualenv on PATH, the production settings and a database of its own (issue 18)."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

ENTRYPOINT = Path(settings.BASE_DIR) / "scripts" / "entrypoint"


@pytest.fixture
def environment(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        DJANGO_SETTINGS_MODULE="duongkinh.settings.production",
        DJANGO_SECRET_KEY="a-long-random-secret-key-for-the-entrypoint-test-0123456789-abcdefghijk",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        DJANGO_STATIC_ROOT=str(tmp_path / "static"),
        PYTHONUNBUFFERED="1",
    )
    return env


def run(args, env, timeout=600):
    return subprocess.run([str(ENTRYPOINT), *args], env=env, capture_output=True, text=True, timeout=timeout)


def start(args, env, log):
    return subprocess.Popen(
        [str(ENTRYPOINT), *args], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def wait_for(condition, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_one_off_commands_run_through_the_entrypoint(environment):
    result = run(["manage", "check", "--deploy", "--fail-level", "ERROR"], environment)
    assert result.returncode == 0, result.stdout + result.stderr


def test_web_serves_the_portal_with_gunicorn(environment, tmp_path):
    port = free_port()
    environment.update(PORT=str(port), MIGRATE_ON_START="0", GUNICORN_WORKERS="1")
    with open(tmp_path / "web.log", "w") as log:
        process = start(["web"], environment, log)
    try:

        def answers():
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/luot-xem/", timeout=5)  # noqa: S310
            except urllib.error.HTTPError as error:
                return error.code == 405  # the beacon wants a POST: Django answered
            except OSError:
                return False
            return False

        assert wait_for(answers), (tmp_path / "web.log").read_text()
    finally:
        assert stop(process) == 0, (tmp_path / "web.log").read_text()
    assert "Booting worker" in (tmp_path / "web.log").read_text()


def test_worker_runs_the_task_worker_and_the_scheduler_and_stops_cleanly(environment, tmp_path):
    migrated = run(["manage", "migrate", "--no-input"], environment)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    log_path = tmp_path / "worker.log"
    with open(log_path, "w") as log:
        process = start(["worker"], environment, log)
    try:
        started = wait_for(
            lambda: "Starting worker" in log_path.read_text() and "publish-scheduled" in log_path.read_text()
        )
        assert started, log_path.read_text()
    finally:
        assert stop(process) == 0, log_path.read_text()
