/* Search that understands a practitioner (issue 17). Material's search runs in a Web Worker; this file wraps the
   Worker constructor so each query the theme sends to its search worker first passes through search-help.js
   (typos corrected, question words dropped, everyday phrases replaced by the handbook's words), and each result
   lets search-help.js add "Mente du …?" and, when nothing is found, suggestions and links.

   It must run before the theme's bundle creates the worker (overrides/main.html puts it there) and is kept
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
