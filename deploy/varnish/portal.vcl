vcl 4.1;
# The portal's front cache (docs/front-cache.md). Caches what every anonymous visitor sees alike, for as
# long as the application's Cache-Control allows (s-maxage), and drops it when the application purges it on
# publish. Never caches: responses that set a cookie or say private/no-store (forms with a CSRF token, the
# admin, signed-in staff), previews, the API's drafts, the visit beacon. Serves stale pages for up to six
# hours while the application is down (grace). PURGE and BAN only from the application (acl purgers).

import std;

include "backend.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # The address with every query string of it (?trang=2, the filters of /van-ban/ ...).
        # By path on every host name the portal answers to (www. or not): one site per cache.
        ban("obj.http.x-url ~ ^"
            + regsuball(regsub(req.url, "\?.*$", ""), "([.+*()\[\]{}|^$])", "\\\1") + "(\?|$)");
        return (synth(200, "Purged"));
    }
    if (req.method == "BAN") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.X-Ban-Url) {
            return (synth(400, "X-Ban-Url missing"));
        }
        ban("obj.http.x-url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }

    # Tracking parameters change nothing on the page: one cached copy for every campaign.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|dclid|msclkid|zarsrc|mc_cid|mc_eid|_ga)=") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|dclid|msclkid|zarsrc|mc_cid|mc_eid|_ga)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/admin(/|$)" || req.url ~ "^/luot-xem/" || req.url ~ "(preview|draft|revision)") {
        return (pass);
    }
    # Signed-in staff, or a visitor who entered a page's password: their own copies.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anything else is the same for every visitor: the application never reads these cookies on a GET
    # that could be cached (a form sets its own CSRF cookie, and says private).
    unset req.http.Cookie;
    unset req.http.Authorization;

    # While the application answers, a stale page is served for at most 10 s while it is fetched again;
    # while it does not, for as long as the grace lasts.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # For bans: the address the object was cached for.
    set beresp.http.x-url = bereq.url;

    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || bereq.url ~ "^/admin(/|$)") {
        # Remember for two minutes that this address is not cacheable (no request coalescing on it).
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # A failed refresh keeps the stale copy rather than replacing it with the error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.grace = 6h;
    # Compression at the front: the home page's 52 KB of HTML is about 9 KB gzipped.
    if (beresp.http.Content-Type ~ "^(text/|application/(rss\+xml|xml|json|javascript)|image/svg)") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    # The application is down and there is nothing stale to serve.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    synthetic({"<!DOCTYPE html><html lang="vi"><meta charset="utf-8"><title>Cổng đang bảo trì</title><p>Cổng Thông tin điện tử phường Dương Kinh tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút.</p><p lang="en">The portal is briefly unavailable. Please try again in a few minutes.</p></html>"});
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
