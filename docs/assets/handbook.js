/* The handbook's script for every page (the service worker and the browser cache keep it after the first visit).
   Each feature below starts only when its markup is on the page, so a page runs only the code it uses. The three
   tools used on a few pages (self-assessment, pathway, projector) are in tools.js, which only their pages load
   (macros/render/page.py). Classic scripts, no modules or fetch: they must also run from file:// (the zip). This
   script runs just before the theme's bundle (overrides/main.html), which needs the first section below. */

/* ==================== theme storage helpers ==================== */
/* The theme's bundle expects these globals (its storage helpers, normally an inline script in <head>). They are
   here, in a file, so the site runs under a strict Content-Security-Policy (script-src 'self'), and in this script,
   which runs just before the bundle, so they cost no request of their own. The scope is the site's root: this
   file lives in assets/. */
/* eslint-disable no-implicit-globals */
var __md_scope = new URL("../", document.currentScript.src);
var __md_hash = function (value) {
  return [...value].reduce(function (hash, char) { return (hash << 5) - hash + char.charCodeAt(0); }, 0);
};
var __md_get = function (key, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
};
var __md_set = function (key, value, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  try { storage.setItem(scope.pathname + "." + key, JSON.stringify(value)); } catch (error) { /* storage full or blocked */ }
};

/* ==================== ellipsis ==================== */
/* Runs at once, before the theme's bundle (this script is loaded just before it: overrides/main.html). The theme
   gives every cut-off .md-ellipsis text (page titles in the header, menu, contents and footer) a tooltip, and it
   inserts the tooltip's text as HTML: a long title from data such as '<img src=x onerror=…>' would run. The texts
   keep the same look under our own class, so the theme never finds them; the full title stays in the page's <h1>
   and in the links' labels. */
(function () {
  "use strict";
  document.querySelectorAll(".md-ellipsis").forEach(function (element) {
    element.classList.replace("md-ellipsis", "handbook-ellipsis");
  });
})();

/* ==================== search ==================== */
/* Search that understands a practitioner (issue 17). Material's search runs in a Web Worker; this file wraps the
   Worker constructor so each query the theme sends to its search worker first passes through search-help.js
   (typos corrected, question words dropped, everyday phrases replaced by the handbook's words), and each result
   lets search-help.js add "Mente du …?" and, when nothing is found, suggestions and links.

   It must run before the theme's bundle creates the worker (handbook.js runs just before it: overrides/main.html) and is kept
   small: the help and its word list (search/words.js, written by the build) load only when search is first
   used. Until they have loaded, or if they cannot load, queries go to the worker unchanged. */
(function () {
  "use strict";
  var Native = window.Worker;
  if (typeof Native !== "function") return;
  var QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  var help = null, state = "idle", waiting = [];

  function root() {
    var config = document.getElementById("__config");
    return new URL(config ? JSON.parse(config.textContent).base : ".", location.href);
  }

  function load(path, done) {
    var script = document.createElement("script");
    script.src = new URL(path, root()).href;
    script.onload = function () { done(true); };
    script.onerror = function () { done(false); };
    document.head.appendChild(script);
  }

  function finish(ok) {
    if (ok && typeof window.handbookSearchHelp === "function" && window.__handbookSearchWords) {
      help = window.handbookSearchHelp(window.__handbookSearchWords);
    }
    state = "done";
    waiting.splice(0).forEach(function (then) { then(); });
  }

  // Load the help once; run `then` when it is ready (or has failed).
  function start(then) {
    if (then) {
      if (state === "done") return then();
      waiting.push(then);
    }
    if (state !== "idle") return;
    state = "loading";
    load("search/words.js", function (ok) {
      if (ok) load("assets/search-help.js", finish);
      else finish(false);
    });
  }

  window.Worker = function (url, options) {
    var worker = new Native(url, options);
    if (String(url).indexOf("/workers/search") < 0) return worker;
    var post = worker.postMessage;
    // One query at a time: while the worker searches, only the latest query typed waits (older ones are
    // dropped), so a slow search for a half-typed word never delays the results for what the reader typed last.
    var searching = null, queued = null;  // each {message, rewrite}
    var last = null;  // the last query searched and its number of hits
    function send(query) {
      if (searching) { queued = query; return; }
      // the same search again (a letter just begun, a filler word): the results on screen are already right
      if (last && query.rewrite && last.data === query.message.data) {
        if (help) help.show(query.rewrite, last.hits);
        return;
      }
      searching = query;
      post.call(worker, query.message);
    }
    worker.postMessage = function (message) {
      if (!message || message.type !== QUERY) return post.apply(worker, arguments);
      if (!String(message.data).trim()) return send({ message: message, rewrite: null });
      start(function () {
        var rewrite = help ? help.rewrite(String(message.data)) : null;
        send({ message: rewrite ? { type: QUERY, data: rewrite.query } : message, rewrite: rewrite });
      });
    };
    worker.addEventListener("message", function (event) {
      if (!event.data || event.data.type !== RESULT || !searching) return;
      var done = searching;
      searching = null;
      last = { data: done.message.data, hits: event.data.data.items.length };
      if (queued) {
        var next = queued;
        queued = null;
        send(next);
      }
      if (help) help.show(done.rewrite, event.data.data.items.length);
    });
    return worker;
  };
  window.Worker.prototype = Native.prototype;

  // Opening search starts loading the help, so it is there by the first keystroke.
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) start();
  });
  document.addEventListener("focusin", function (event) {
    if (event.target && event.target.matches && event.target.matches(".md-search__input")) start();
  });
})();

/* ==================== boot ==================== */
/* Starts the handbook's page scripts: each calls handbookOnPage(start). The theme announces a mounted page on
   document$ (its components, e.g. the table wrappers, are ready then); this script runs before the theme's bundle,
   so it looks for document$ once the page is parsed. Without the theme's bundle (a failed load, a saved page) the
   DOM event alone starts them. */
window.handbookOnPage = function (start) {
  "use strict";
  function go() {
    if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(start);
    else start();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
  else go();
};

/* ==================== offline ==================== */
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

/* ==================== a11y ==================== */
/* Accessibility fixes to Material's behaviour (issue 10; checked on every page by tests/test_every_page_browser.py). */
(function () {
  "use strict";

  /* A table or code block wider than the screen scrolls sideways in its own box. A keyboard user can only
     scroll it if the box takes focus, and a screen reader should hear what the region is (WCAG 2.1.1). Each box
     is checked again whenever its size changes, so this holds at every width, not just the first one. */
  var SCROLLERS = ".md-typeset .md-typeset__scrollwrap, .md-typeset pre > code";
  var ADDED = ["tabindex", "role", "aria-label", "data-a11y-scroll"];

  function regionName(box, number) {
    var caption = box.querySelector("caption");
    var name = caption ? caption.textContent.trim() : "";
    // each region needs its own name: the table's caption, else its kind and number on the page
    return (name || (box.tagName === "CODE" ? "Kodeeksempel " : "Tabel ") + number) + " (kan rulles vandret)";
  }

  function update(box, number) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute("data-a11y-scroll")) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", regionName(box, number));
      box.setAttribute("data-a11y-scroll", "");
    } else if (!scrolls && box.hasAttribute("data-a11y-scroll")) {
      ADDED.forEach(function (name) { box.removeAttribute(name); });
    }
  }

  function watchScrollRegions() {
    var counts = { CODE: 0, DIV: 0 };
    var boxes = Array.prototype.slice.call(document.querySelectorAll(SCROLLERS));
    var numbers = new Map();
    boxes.forEach(function (box) {
      counts[box.tagName] = (counts[box.tagName] || 0) + 1;
      numbers.set(box, counts[box.tagName]);
      update(box, numbers.get(box));
    });
    if (!boxes.length || typeof ResizeObserver !== "function") return;
    var observer = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) { update(entry.target, numbers.get(entry.target)); });
    });
    boxes.forEach(function (box) { observer.observe(box); });
  }

  /* The theme says "Kopieret til udklipsholder" in a box a screen reader does not notice: make it a live region. */
  function announceDialog() {
    var dialog = document.querySelector("[data-md-component=dialog] .md-dialog__inner");
    if (dialog) dialog.setAttribute("role", "status");
  }

  // Material wraps the tables when it mounts the page; document$ says when that is done
  window.handbookOnPage(function () {
    watchScrollRegions();
    announceDialog();
  });
})();

/* ==================== directions ==================== */
/* Guideline pages: the "Vis kun lovkrav" toggle and the copy-citation buttons.
   Progressive enhancement: without JS the page shows the plain lovkrav list and permanent links. */
(function () {
  "use strict";

  /* ---- Lovkrav toggle ---- */

  function initFilter(box) {
    if (box.getAttribute("data-enhanced")) return;
    var list = document.getElementById(box.getAttribute("data-lovkrav-filter"));
    if (!list) return;
    var directions = Array.prototype.slice.call(list.querySelectorAll(".direction[data-kind]"));
    var others = directions.filter(function (d) { return d.getAttribute("data-kind") !== "lovkrav"; });
    var lovkrav = directions.length - others.length;
    if (!lovkrav || !others.length) return; // nothing to filter
    box.setAttribute("data-enhanced", "1");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button lovkrav-toggle";
    button.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-controls", list.id);
    button.textContent = "Vis kun lovkrav";
    var status = document.createElement("p");
    status.className = "lovkrav-status";
    status.setAttribute("role", "status");
    box.appendChild(button);
    box.appendChild(status);

    function set(pressed) {
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      others.forEach(function (d) { d.hidden = pressed; });
      status.textContent = pressed
        ? "Viser kun de " + lovkrav + " lovkrav. " + others.length + " anbefalinger er skjult."
        : "Viser alle " + directions.length + " anvisninger.";
    }
    button.addEventListener("click", function () { set(button.getAttribute("aria-pressed") !== "true"); });
    // a link to a hidden recommendation must still reach it
    window.addEventListener("hashchange", function () {
      var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target && others.indexOf(target) !== -1 && target.hidden) {
        set(false);
        target.scrollIntoView();
      }
    });
  }

  /* ---- Copy citation ---- */
  /* The theme copies: it puts the text of any [data-clipboard-text] on the clipboard and says
     "Kopieret til udklipsholder" (its dialog is made a live region in the a11y section below). */

  function pageUrl() {
    var canonical = document.querySelector("link[rel='canonical']");
    return (canonical && canonical.href ? canonical.href : location.href).split("#")[0];
  }

  /** The citation written at build time, plus the permanent link to the direction. */
  // the direction names itself; the publication is named once, on the list of directions
  function citationFor(direction) {
    var list = direction.closest("[data-citation-source]");
    var source = list ? " " + list.getAttribute("data-citation-source") : "";
    return direction.getAttribute("data-citation") + source + " " + pageUrl() + "#" + direction.id;
  }

  function initCitation(direction) {
    if (direction.querySelector(".direction__cite")) return;
    var head = direction.querySelector(".direction__head") || direction;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "direction__cite";
    var label = document.createElement("span");
    label.className = "direction__cite-label";
    label.textContent = "Kopiér henvisning";
    var hidden = document.createElement("span");
    hidden.className = "sr-only";
    hidden.textContent = " til anvisning " + direction.getAttribute("data-direction");
    button.appendChild(label);
    button.appendChild(hidden);
    button.setAttribute("data-clipboard-text", citationFor(direction));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(button);
  }

  function init() {
    document.querySelectorAll("[data-lovkrav-filter]").forEach(initFilter);
    document.querySelectorAll(".direction[data-citation]").forEach(initCitation);
  }

  window.HandbookCitation = { citationFor: citationFor };

  window.handbookOnPage(init);
})();

/* ==================== local-store ==================== */
/* Saving on the device for the self-assessment and the favourites: versioned keys in localStorage, and a
   safety net. A stored value that cannot be read is copied to a backup key before anything else happens,
   so nothing the reader entered is ever lost; the caller shows a clear message. No server is involved. */
(function () {
  "use strict";

  function storage() {
    try {
      var probe = "stofhaandbog.probe";
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null; // blocked (private mode, file:// in some browsers, cookies off): work in memory
    }
  }

  function stamp() {
    return new Date().toISOString().replace(/[:.]/g, "-");
  }

  /**
   * Read and check the JSON stored under key. check(parsed) returns "" when the value is good, else a
   * Danish reason. Returns {value, available, problem, backup, raw, readOnly}:
   * - value: the good value, or null (nothing stored, or unreadable);
   * - problem: the reason, when the stored value was unreadable;
   * - backup: the key the unreadable value was copied to (the original key is then freed);
   * - readOnly: true when the copy failed, so the original must not be overwritten.
   */
  function read(key, check) {
    var store = storage();
    if (!store) return { value: null, available: false };
    var raw = store.getItem(key);
    if (raw === null) return { value: null, available: true };
    var parsed;
    var problem = "";
    try {
      parsed = JSON.parse(raw);
      problem = check(parsed) || "";
    } catch (e) {
      problem = "dataene er ikke gyldig JSON";
    }
    if (!problem) return { value: parsed, available: true };
    var backup = key + ".backup-" + stamp();
    try {
      store.setItem(backup, raw);
      store.removeItem(key); // the copy is safe; the next save starts clean
      return { value: null, available: true, problem: problem, backup: backup, raw: raw };
    } catch (e) {
      return { value: null, available: true, problem: problem, backup: null, raw: raw, readOnly: true };
    }
  }

  /** Store value as JSON under key; false if the browser refused (full or blocked). */
  function write(key, value) {
    var store = storage();
    if (!store) return false;
    try {
      store.setItem(key, JSON.stringify(value));
      return true;
    } catch (e) {
      return false;
    }
  }

  /** The raw text stored under key, or null. */
  function raw(key) {
    var store = storage();
    return store ? store.getItem(key) : null;
  }

  /** Offer text as a file download (works offline and from file://). */
  function download(filename, text, type) {
    var blob = new Blob([text], { type: type || "text/plain;charset=utf-8" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 1000);
  }

  window.HandbookStore = { read: read, write: write, raw: raw, download: download, available: function () { return !!storage(); } };
})();

/* ==================== history ==================== */
/* "Ændret siden dit sidste besøg": the browser remembers, per page, the content version it last showed
   (localStorage; nothing is sent) and marks the parts of the page that changed since: directions, law parts,
   flow steps and the entries under "Historik". One tap clears the marks. The version a visit started from is
   kept for this tab (sessionStorage), so the marks stay while the reader moves around until cleared.
   Without JS the page is the same, only without marks. Saves through the local-store section above. */
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

/* ==================== favourites ==================== */
/* Favourites: a ☆ toggle on each guideline page and each direction, stored only in this browser, and the
   list on favoritter/. Progressive enhancement: without JS there are no buttons and the page says so.
   Saves through the local-store section above. The keys (g:3-4, d:3.4.2) match macros/render/favourites.py. */
(function () {
  "use strict";

  var KEY = "stofhaandbog.favoritter.v1";
  var VERSION = 1;
  var Store = window.HandbookStore;
  var favourites = [];
  var problem = null;

  function check(value) {
    if (!value || typeof value !== "object" || value.version !== VERSION || !Array.isArray(value.items)) {
      return "dataene har en ukendt form";
    }
    return value.items.every(function (k) { return typeof k === "string"; }) ? "" : "listen indeholder ugyldige poster";
  }

  function load() {
    var result = Store.read(KEY, check);
    favourites = result.value ? result.value.items.slice() : [];
    if (result.problem) problem = result;
  }

  function save() {
    return Store.write(KEY, { version: VERSION, items: favourites });
  }

  function has(key) {
    return favourites.indexOf(key) !== -1;
  }

  function toggle(key) {
    if (has(key)) favourites = favourites.filter(function (k) { return k !== key; });
    else favourites.push(key);
    save();
    sync();
  }

  function announce(text) {
    var box = document.querySelector(".fav-announcer");
    if (!box) {
      box = document.createElement("div");
      box.className = "fav-announcer sr-only";
      box.setAttribute("role", "status");
      document.body.appendChild(box);
    }
    box.textContent = "";
    window.setTimeout(function () { box.textContent = text; }, 50);
  }

  function button(key, name, withText) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "fav-toggle" + (withText ? " fav-toggle--text" : "");
    b.setAttribute("data-fav-key", key);
    b.setAttribute("aria-pressed", "false");
    // the name stays the same; aria-pressed says whether it is a favourite
    b.setAttribute("aria-label", "Favorit: " + name);
    b.title = "Gem eller fjern " + name + " som favorit";
    var star = document.createElement("span");
    star.className = "fav-toggle__star";
    star.setAttribute("aria-hidden", "true");
    b.appendChild(star);
    if (withText) {
      var text = document.createElement("span");
      text.className = "fav-toggle__text";
      text.setAttribute("aria-hidden", "true");
      text.textContent = " Favorit";
      b.appendChild(text);
    }
    b.addEventListener("click", function () {
      toggle(key);
      announce(has(key) ? name + " er gemt som favorit." : name + " er fjernet fra favoritter.");
    });
    return b;
  }

  /** Make every button and the favourites list match the stored favourites. */
  function sync() {
    document.querySelectorAll("[data-fav-key]").forEach(function (b) {
      var on = has(b.getAttribute("data-fav-key"));
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.querySelector(".fav-toggle__star").textContent = on ? "★" : "☆";
    });
    var list = document.querySelector("[data-favourites]");
    if (!list) return;
    var shown = 0;
    list.querySelectorAll("[data-fav]").forEach(function (item) {
      var on = has(item.getAttribute("data-fav"));
      item.hidden = !on;
      if (on) shown++;
    });
    var status = document.querySelector("[data-favourites-status]");
    if (status) {
      var text = shown === 0
        ? "Du har ingen favoritter endnu. Tryk på ☆ ved en retningslinje eller en anvisning for at gemme den her."
        : "Du har " + shown + (shown === 1 ? " favorit." : " favoritter.");
      if (problem) {
        text = "Dine gemte favoritter kunne ikke læses (" + problem.problem + ")" +
          (problem.backup ? ". En kopi ligger i browseren under navnet " + problem.backup + ", så intet er tabt. " : ". ") + text;
      }
      status.textContent = text;
    }
  }

  function initGuidelinePage() {
    var article = document.querySelector("article.guideline[data-guideline]");
    // the page keeps room for the star (an empty .fav-bar), so adding it moves nothing (no layout shift)
    var bar = article && article.querySelector(".fav-bar");
    if (bar && !bar.firstChild) {
      var number = article.getAttribute("data-guideline");
      bar.appendChild(button("g:" + number.replace(".", "-"), "retningslinje " + number, true));
    }
    document.querySelectorAll(".direction[data-direction]").forEach(function (direction) {
      if (direction.querySelector(".fav-toggle")) return;
      var id = direction.getAttribute("data-direction");
      var head = direction.querySelector(".direction__head") || direction;
      head.appendChild(document.createTextNode(" "));
      head.appendChild(button("d:" + id, "anvisning " + id, false));
    });
  }

  function initFavouritesPage() {
    var list = document.querySelector("[data-favourites]");
    if (!list) return;
    list.querySelectorAll("[data-fav]").forEach(function (item) {
      if (item.querySelector(".fav-remove")) return;
      var key = item.getAttribute("data-fav");
      var link = item.querySelector("a");
      var name = (link ? link.textContent : key).trim();
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "fav-remove";
      remove.textContent = "Fjern";
      remove.setAttribute("aria-label", "Fjern " + name + " fra favoritter");
      remove.addEventListener("click", function () {
        toggle(key);
        announce(name + " er fjernet fra favoritter.");
      });
      (item.querySelector("p") || item).appendChild(remove);
    });
  }

  function init() {
    // only where there is something to star or list
    if (!Store || !document.querySelector("article.guideline[data-guideline], [data-direction], [data-favourites]")) return;
    load();
    initGuidelinePage();
    initFavouritesPage();
    document.documentElement.classList.add("favourites-ready");
    sync();
  }

  window.addEventListener("storage", function (event) {
    if (event.key === KEY) { load(); sync(); }
  });

  window.handbookOnPage(init);
})();

/* ==================== flow ==================== */
/* Decision flows: when the address points at a step inside a closed question, open the questions
   around it so the step shows (some browsers do this on their own, others do not). */
(function () {
  "use strict";
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (id.indexOf("flow-") !== 0) return;
    var target = document.getElementById(id);
    if (!target) return;
    for (var el = target; el; el = el.parentElement) {
      if (el.tagName === "DETAILS") el.open = true;
    }
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", reveal);
  else reveal();
})();
