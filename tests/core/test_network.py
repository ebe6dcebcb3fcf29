"""The client's address behind trusted proxies (core/network.py), read by rate limits and the lockout."""

import pytest
from django.test import RequestFactory, override_settings

from core.network import client_ip


def request_from(remote_addr, forwarded=None):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


@override_settings(TRUSTED_PROXIES=[])
def test_without_trusted_proxies_the_forwarded_header_is_ignored():
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_request_not_from_a_trusted_proxy_is_its_own_client():
    assert client_ip(request_from("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_the_hop_it_received_the_request_from_is_the_client():
    assert client_ip(request_from("10.0.0.2", "203.0.113.1")) == "203.0.113.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8", "127.0.0.1"])
def test_an_address_the_client_wrote_itself_cannot_stand_in_for_its_own():
    # The attacker sends "X-Forwarded-For: 192.0.2.99"; the proxy appends the address it saw.
    assert client_ip(request_from("10.0.0.2", "192.0.2.99, 203.0.113.1")) == "203.0.113.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8", "127.0.0.1"])
def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    assert client_ip(request_from("127.0.0.1", "203.0.113.1, 10.1.2.3")) == "203.0.113.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
@pytest.mark.parametrize("forwarded", ["", "not-an-address", "203.0.113.1\x00", "999.1.1.1"])
def test_a_missing_or_malformed_header_leaves_the_proxy_as_the_client(forwarded):
    assert client_ip(request_from("10.0.0.2", forwarded)) == "10.0.0.2"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_unix_socket_request_is_taken_from_the_local_proxy():
    assert client_ip(request_from("", "203.0.113.1")) == "203.0.113.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_ipv6_clients_are_read_too():
    assert client_ip(request_from("10.0.0.2", "2001:db8::1")) == "2001:db8::1"
