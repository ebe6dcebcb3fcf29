"""The public site's Content-Security-Policy runs only scripts carrying the request's nonce; the admin has its
own policy, which Wagtail's admin works under (tests/browser/test_csp.py); every page has a
Permissions-Policy; production settings pass `check --deploy` (tests/test_settings.py)."""

import re

import pytest

from tests.factories.core import UserFactory

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_run_only_scripts_with_the_request_nonce(client, every_page_type):
    response = client.get("/tin-tuc/")
    policy = directives(response["Content-Security-Policy"])
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    html = response.content.decode()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert not re.search(r"\son[a-z]+=", html), "an inline event handler would not run under the policy"


def test_each_request_gets_a_new_nonce(client, home_page):
    first = client.get("/")["Content-Security-Policy"]
    second = client.get("/")["Content-Security-Policy"]
    assert re.search(r"'nonce-[^']+'", first).group() != re.search(r"'nonce-[^']+'", second).group()


def test_the_admin_has_its_own_policy(client, home_page):
    client.force_login(UserFactory(username="quan-tri-csp", superuser=True))
    policy = directives(client.get("/admin/")["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"]


def test_every_answer_switches_off_unused_browser_features(client, home_page):
    for url in ("/", "/api/v2/pages/", "/robots.txt"):
        header = client.get(url)["Permissions-Policy"]
        assert "camera=()" in header and "geolocation=()" in header and "microphone=()" in header
