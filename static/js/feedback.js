/* “Thông tin này có hữu ích không?”: the widget's vote sent without a reload. The form works without
   JavaScript too (a POST that answers with a small page). The server refuses a second vote from the same
   browser on a page; this script remembers the vote in localStorage so the question is not asked again.
   Nothing about the visitor is sent. See moderation/feedback/views.py. */
(function () {
    "use strict";
    var box = document.querySelector("[data-page-feedback]");
    if (!box || !window.fetch || !window.FormData) { return; }
    var form = box.querySelector("form");
    var status = box.querySelector("[role=status]");
    var key = "dk-phanhoi:" + box.getAttribute("data-page");

    function remembered() {
        try { return window.localStorage.getItem(key) === "1"; } catch (error) { return false; }
    }

    function remember() {
        try { window.localStorage.setItem(key, "1"); } catch (error) { /* private mode: the server guards */ }
    }

    function done(message) {
        form.hidden = true;
        status.textContent = message;
    }

    if (remembered()) {
        done(box.getAttribute("data-done"));
    }

    form.addEventListener("submit", function (event) {
        event.preventDefault();
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
        fetch(form.action, {
            method: "POST",
            body: data,
            credentials: "same-origin",
            headers: { "Accept": "application/json" }
        }).then(function (response) {
            return response.json().then(function (body) { return { status: response.status, body: body }; });
        }).then(function (result) {
            if (result.status === 200 || result.status === 409) {
                remember();
                done(result.body.message);
            } else {
                status.textContent = result.body.message;
            }
        }).catch(function () { status.textContent = box.getAttribute("data-error"); });
    });
}());
