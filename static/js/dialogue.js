/* Online dialogue: while the session is live, the page asks every 10 seconds for its published answers (a
   small HTML fragment the server caches for a few seconds) and shows them without a reload. Without
   JavaScript a reload shows them. No third-party service. See moderation/dialogue/views.py. */
(function () {
    "use strict";
    var box = document.getElementById("dialogue-answers");
    if (!box || !window.fetch) { return; }
    var url = box.getAttribute("data-poll-url");
    var starts = Date.parse(box.getAttribute("data-starts"));
    var ends = Date.parse(box.getAttribute("data-ends"));
    var interval = parseInt(box.getAttribute("data-interval") || "10000", 10);
    var grace = 15 * 60 * 1000; /* answers published just after the end still arrive */

    function live() {
        var now = Date.now();
        return now >= starts - grace && now <= ends + grace;
    }

    function refresh() {
        if (!live()) { return; }
        if (document.visibilityState !== "hidden") {
            fetch(url, { credentials: "omit" }).then(function (response) {
                return response.ok ? response.text() : null;
            }).then(function (html) {
                if (html !== null && html.trim() !== box.innerHTML.trim()) { box.innerHTML = html; }
            }).catch(function () { /* the next poll tries again */ });
        }
        window.setTimeout(refresh, interval);
    }

    window.setTimeout(refresh, interval);
}());
