/* Starts the handbook's page scripts: each calls handbookOnPage(start). Material announces a mounted page on
   document$; without the theme's bundle (a failed load, a saved page) the DOM events do. */
window.handbookOnPage = function (start) {
  "use strict";
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
};
