"""The services production wires from the environment work against real servers:
Redis for the cache, and an S3 endpoint (moto in server mode) for media files."""

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import boto3
import pytest
import redis
from django.conf import settings
from django.core.cache.backends.redis import RedisCache

MANAGE = [sys.executable, "manage.py"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_with_env(code, **env):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment.update(DJANGO_SETTINGS_MODULE="duongkinh.settings.dev", **env)
    return subprocess.run(
        [*MANAGE, "shell", "--no-imports", "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_server():
    """The Redis server of REDIS_URL (`make test` starts one on 127.0.0.1:6379 with scripts/test-services)."""
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError:
        pytest.fail(
            f"No Redis server answers at {REDIS_URL}. Run scripts/test-services (as `make test` does), or "
            "install and start one: apt-get install -y redis-server && redis-server --daemonize yes",
            pytrace=False,
        )
    return REDIS_URL


def test_redis_cache_round_trips_vietnamese_text(redis_server):
    cache = RedisCache(redis_server, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})
    cache.set("tieu-de", "Cổng Thông tin điện tử phường Dương Kinh", timeout=30)
    assert cache.get("tieu-de") == "Cổng Thông tin điện tử phường Dương Kinh"
    cache.delete("tieu-de")
    assert cache.get("tieu-de") is None


def test_redis_url_switches_cache_and_sessions_to_redis():
    result = run_with_env(
        "from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND'], s.SESSION_ENGINE, s.RATELIMIT_USE_CACHE)",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "core.cache.ResilientRedisCache",  # falls back instead of failing a page (core/cache.py)
        "django.contrib.sessions.backends.cached_db",  # sessions in the database, Redis as their cache
        "ratelimit",
    ]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("moto_server did not start")
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_media_files_go_to_the_configured_s3_bucket(s3_endpoint):
    bucket = f"duongkinh-media-{uuid.uuid4().hex[:8]}"
    credentials = {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        **{
            "aws_access_key_id": "test",
            "aws_secret_access_key": "test",
        },
    )
    s3.create_bucket(Bucket=bucket)

    result = run_with_env(
        "from django.core.files.base import ContentFile;"
        "from django.core.files.storage import storages; s = storages['default'];"
        "name = s.save('documents/quyet-dinh-218.txt', ContentFile('Quyết định 218/2025/QĐ-UBND'.encode()));"
        "print(type(s).__name__, name, s.url(name))",
        AWS_STORAGE_BUCKET_NAME=bucket,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_S3_REGION_NAME="us-east-1",
        **credentials,
    )
    assert result.returncode == 0, result.stderr
    storage_class, name, url = result.stdout.split()
    assert storage_class == "S3Storage"
    assert url.startswith(f"{s3_endpoint}/{bucket}/")
    body = s3.get_object(Bucket=bucket, Key=name)["Body"].read().decode()
    assert body == "Quyết định 218/2025/QĐ-UBND"
