/* "Ændret siden dit sidste besøg": the browser remembers, per page, the content version it last showed
   (localStorage; nothing is sent) and marks the parts of the page that changed since: directions, law parts,
   flow steps and the entries under "Historik". One tap clears the marks. The version a visit started from is
   kept for this tab (sessionStorage), so the marks stay while the reader moves around until cleared.
   Without JS the page is the same, only without marks. Needs assets/local-store.js. */
(function () {
  "use strict";

  var KEY = "stofhaandbog.besoeg.v1";
  var SESSION_KEY = "stofhaandbog.besoeg.fane.v1";
  var Store = window.HandbookStore;

  function check(value) {
    if (!value || typeof value !== "object" || value.version !== 1 || !value.pages || typeof value.pages !== "object") {
      return "dataene har en ukendt form";
    }
    return "";
  }

  function session() {
    try {
      var raw = window.sessionStorage.getItem(SESSION_KEY);
      var value = raw ? JSON.parse(raw) : null;
      return value && typeof value === "object" ? value : {};
    } catch (e) {
      return {};
    }
  }

  function saveSession(value) {
    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
    } catch (e) { /* blocked: the marks last for this page view only */ }
  }

  function changedSince(baseline) {
    return Array.prototype.filter.call(document.querySelectorAll("[data-changed]"), function (el) {
      return Number(el.getAttribute("data-changed")) > baseline;
    });
  }

  function mark(elements) {
    elements.forEach(function (el) {
      el.classList.add("changed-since");
      var label = document.createElement("span");
      label.className = "changed-since__label";
      label.textContent = "Ændret siden dit sidste besøg";
      var head = el.querySelector(".direction__head, .history__when, summary, p") || el;
      head.appendChild(label);
    });
  }

  function unmark() {
    document.querySelectorAll(".changed-since").forEach(function (el) { el.classList.remove("changed-since"); });
    document.querySelectorAll(".changed-since__label").forEach(function (el) { el.remove(); });
  }

  function notice(elements, onClear) {
    var directions = elements.filter(function (el) { return el.hasAttribute("data-direction"); }).length;
    var box = document.createElement("div");
    box.className = "changed-notice";
    box.setAttribute("role", "status");
    box.tabIndex = -1;
    var text = document.createElement("p");
    text.textContent = directions === 1 ? "1 anvisning er ændret siden dit sidste besøg. Den er markeret." :
      directions > 1 ? directions + " anvisninger er ændret siden dit sidste besøg. De er markeret." :
      "Siden er ændret siden dit sidste besøg. Ændringerne er markeret.";
    var more = document.createElement("p");
    var link = document.createElement("a");
    link.href = "#historik";
    link.textContent = "Se hvad der er ændret under Historik";
    more.appendChild(link);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "changed-notice__clear";
    button.textContent = "Fjern markeringerne";
    button.addEventListener("click", function () {
      onClear();
      box.replaceChildren();
      var done = document.createElement("p");
      done.textContent = "Markeringerne er fjernet. Næste gang markerer vi det, der er ændret efter i dag.";
      box.appendChild(done);
      box.focus();
    });
    box.append(text, more, button);
    return box;
  }

  function start() {
    var history = document.querySelector(".history[data-history][data-version]");
    if (!history || !Store || document.querySelector(".changed-notice")) return;
    var page = history.getAttribute("data-history");
    var current = Number(history.getAttribute("data-version"));
    var stored = Store.read(KEY, check);
    var seen = stored.value ? stored.value.pages : {};
    var tab = session();
    var baseline = typeof tab[page] === "number" ? tab[page] : seen[page];
    if (!stored.readOnly) {
      seen[page] = current; // remember the version this page showed
      Store.write(KEY, { version: 1, pages: seen });
    }
    tab[page] = typeof baseline === "number" ? baseline : current;
    saveSession(tab);
    if (typeof baseline !== "number" || baseline >= current) return; // first visit, or nothing new
    var elements = changedSince(baseline);
    if (!elements.length) return;
    mark(elements);
    var heading = document.querySelector(".md-content__inner h1");
    if (!heading) return;
    heading.after(notice(elements, function () {
      unmark();
      var now = session();
      now[page] = current;
      saveSession(now);
    }));
  }

  window.handbookOnPage(start);
})();
