"""/healthz answers while the process lives; /readyz names the state of each service the portal stands on."""

import socket

import pytest
from botocore.config import Config

pytestmark = pytest.mark.django_db


def test_liveness_answers_without_reading_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_readiness_checks_the_database_cache_search_and_storage(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok", "storage": "ok"},
    }


def test_readiness_fails_when_the_file_storage_cannot_be_reached(client, settings):
    # An S3 endpoint on a port where nothing listens: the storage of a portal whose bucket is unreachable.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "duongkinh-media",
                "endpoint_url": f"http://127.0.0.1:{free_port()}",
                "access_key": "test",
                "secret_key": "test",
                "region_name": "us-east-1",
                "client_config": Config(retries={"max_attempts": 1}, connect_timeout=1, read_timeout=1),
            },
        },
    }
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert response.json()["checks"]["storage"] == "error"
    assert response.json()["checks"]["database"] == "ok"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
