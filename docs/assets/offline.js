/* Registers the service worker (sw.js at the site root) so the handbook works offline after one visit,
   and shows a quiet notice when a new version is ready. Nothing happens under file:// (the zip) or
   under `mkdocs serve`, whose live reload would fight a cache. */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  // This script lives in assets/; the site root is one folder up, wherever the site is hosted.
  var root = new URL("../", document.currentScript.src);
  var workerUrl = new URL("sw.js", root);

  var requested = false;  // set when the reader asks for the new version

  function showUpdate(worker) {
    if (document.querySelector(".sw-update")) return;
    var box = document.createElement("div");
    box.className = "sw-update";
    box.setAttribute("role", "status");
    var text = document.createElement("span");
    text.textContent = "Ny version af håndbogen er klar.";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sw-update__button";
    button.textContent = "Genindlæs";
    button.addEventListener("click", function () {
      button.disabled = true;
      requested = true;
      worker.postMessage({ type: "SKIP_WAITING" });
    });
    box.append(text, " ", button);
    document.body.append(box);
  }

  function watch(registration) {
    if (registration.waiting && navigator.serviceWorker.controller) showUpdate(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var incoming = registration.installing;
      if (!incoming) return;
      incoming.addEventListener("statechange", function () {
        // "installed" with a controller present means an older version still serves this page
        if (incoming.state === "installed" && navigator.serviceWorker.controller) showUpdate(incoming);
      });
    });
  }

  window.addEventListener("load", function () {
    // mkdocs serve injects livereload(); a service worker there would keep serving old pages
    if (typeof window.livereload === "function") {
      navigator.serviceWorker.getRegistrations().then(function (all) {
        all.forEach(function (r) { if (r.scope === root.href) r.unregister(); });
      });
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      // reload only for an update the reader asked for, never on the first install
      if (requested) location.reload();
    });
    navigator.serviceWorker.register(workerUrl.href, { scope: root.href }).then(watch, function () {
      /* offline-first is a bonus: the site works without it */
    });
  });
})();
