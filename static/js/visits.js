/* Visit statistics: the page's signed token (a <meta> the server wrote, the same for every visitor) is
   posted once the page is shown, so a page served from the front cache is counted too. No cookie, no
   identifier, nothing about the visitor is sent. See docs/visit-statistics.md. */
(function () {
    "use strict";
    var meta = document.querySelector('meta[name="portal-visit"]');
    if (!meta || !navigator.sendBeacon || document.visibilityState === "prerender") { return; }
    var body = new URLSearchParams();
    body.append("t", meta.getAttribute("content"));
    navigator.sendBeacon(meta.getAttribute("data-url"), body);
}());
