/* Runs before the theme's bundle (overrides/main.html). The theme gives every cut-off .md-ellipsis text (page
   titles in the header, menu, contents and footer) a tooltip, and it inserts the tooltip's text as HTML: a long
   title from data such as '<img src=x onerror=…>' would run. The texts keep the same look under our own class,
   so the theme never finds them; the full title stays in the page's <h1> and in the links' labels. */
(function () {
  "use strict";
  document.querySelectorAll(".md-ellipsis").forEach(function (element) {
    element.classList.replace("md-ellipsis", "handbook-ellipsis");
  });
})();
