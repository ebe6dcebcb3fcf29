"""The client's own address, read correctly behind the reverse proxies the operator trusts.

Behind a proxy every request arrives from the proxy's address, and the client's own is in X-Forwarded-For,
which anyone can also write. The header is read from the right: each proxy appends the address it received
the request from, so the first address, from the right, that is not one of our own proxies (TRUSTED_PROXIES,
addresses or networks) is the client's. Whatever the client wrote further left is ignored; without trusted
proxies the header is not read at all. A request with no REMOTE_ADDR (gunicorn on a Unix socket) came from
the local proxy and is taken as one when TRUSTED_PROXIES is set. Rate limits (RATELIMIT_IP_META_KEY) and the
login lockout use this one function, so an attacker cannot pick the address they are counted under.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(value):
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def _is_trusted(address):
    return any(address in network for network in _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()))))


def client_ip(request):
    """The address of the client that sent `request`: REMOTE_ADDR, or the hop behind our trusted proxies."""
    raw_remote = request.META.get("REMOTE_ADDR", "")
    remote = _parse(raw_remote)
    if remote is None and not (getattr(settings, "TRUSTED_PROXIES", ()) and not raw_remote):
        return raw_remote
    if remote is not None and not _is_trusted(remote):
        return str(remote)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _parse(hop)
        if address is None:
            break  # a malformed hop: everything left of it was written by the client
        if not _is_trusted(address):
            return str(address)
        remote = address
    return str(remote) if remote is not None else raw_remote
