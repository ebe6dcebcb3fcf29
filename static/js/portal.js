/* Optional comforts: text size, high contrast, a print button, and the focus on a form's error summary.
   Nothing here is needed to read the portal; without JavaScript the controls stay hidden. Choices are
   remembered in this browser only. */
(function () {
    "use strict";
    var root = document.documentElement;
    var sizes = ["text-smaller", "", "text-larger", "text-largest"];

    function read(key) {
        try { return window.localStorage.getItem(key); } catch (e) { return null; }
    }
    function write(key, value) {
        try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: not remembered */ }
    }

    var size = parseInt(read("dk-text-size") || "1", 10);
    if (isNaN(size) || size < 0 || size >= sizes.length) { size = 1; }
    var contrast = read("dk-contrast") === "1";

    function apply() {
        sizes.forEach(function (name) { if (name) { root.classList.remove(name); } });
        if (sizes[size]) { root.classList.add(sizes[size]); }
        root.classList.toggle("high-contrast", contrast);
        var button = document.querySelector("[data-contrast]");
        if (button) { button.setAttribute("aria-pressed", contrast ? "true" : "false"); }
    }

    var tools = document.querySelector("[data-display-tools]");
    if (tools) {
        tools.hidden = false;
        tools.addEventListener("click", function (event) {
            var button = event.target.closest("button");
            if (!button) { return; }
            if (button.hasAttribute("data-text-size")) {
                size = Math.max(0, Math.min(sizes.length - 1, size + parseInt(button.getAttribute("data-text-size"), 10)));
                write("dk-text-size", String(size));
            } else if (button.hasAttribute("data-contrast")) {
                contrast = !contrast;
                write("dk-contrast", contrast ? "1" : "0");
            }
            apply();
        });
    }

    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { window.print(); });
    });

    // After a refused submission the summary of what to correct takes the focus: a screen reader reads it
    // and a keyboard user starts from it, and each of its links leads to the field to correct.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }

    apply();
}());
