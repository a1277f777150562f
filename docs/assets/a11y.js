/* Accessibility fixes to Material's behaviour (issue 10; checked by tests/test_a11y_browser.py). */
(function () {
  "use strict";

  /* A table wider than the screen scrolls inside Material's wrapper. A keyboard user can only scroll
     it if the wrapper takes focus, and a screen reader should hear what the region is (WCAG 2.1.1). */
  function labelScrollRegions() {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap, index) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute("tabindex")) {
        // each region needs its own name: the table's caption, else its number on the page
        var caption = wrap.querySelector("caption");
        var name = caption ? caption.textContent.trim() : "";
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        wrap.setAttribute("aria-label", (name || "Tabel " + (index + 1)) + " (kan rulles vandret)");
        wrap.dataset.a11yScroll = "";
      } else if (!scrolls && wrap.hasAttribute("data-a11y-scroll")) {
        ["tabindex", "role", "aria-label", "data-a11y-scroll"].forEach(function (name) { wrap.removeAttribute(name); });
      }
    });
  }

  var timer;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(labelScrollRegions, 150);
  }

  // Material wraps the tables when it mounts the page; document$ says when that is done
  window.handbookOnPage(labelScrollRegions);
  window.addEventListener("resize", later);
})();
