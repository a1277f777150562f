/* A Web Worker stand-in for pages opened from file:// (the zip), where browsers refuse to start real
   workers and the theme's search would stay empty. The worker script runs in a hidden iframe of the
   same page. Our own code, written for the contract of the "iframe-worker" polyfill that Material's
   search worker checks for: window.IFrameWorker exists, and importScripts() returns a Promise.
   Loaded only in the zip build (extra.polyfills, set by macros/adapter/plugin.py), and inert over http(s). */
(function () {
  "use strict";
  if (location.protocol !== "file:" || typeof EventTarget !== "function") return;

  function loadScript(doc, url) {
    return new Promise(function (resolve, reject) {
      var script = doc.createElement("script");
      script.src = url;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("could not load " + url)); };
      doc.head.appendChild(script);
    });
  }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      var worker = this;
      this.onmessage = null;
      this.onerror = null;
      this._pending = [];
      this._ready = false;
      var frame = document.createElement("iframe");
      frame.hidden = true;
      frame.tabIndex = -1;
      frame.setAttribute("aria-hidden", "true");
      document.body.appendChild(frame);
      this._frame = frame;
      var scope = frame.contentWindow;
      var doc = scope.document;
      var base = new URL(url, location.href).href;
      // The worker's globals: postMessage answers the page, importScripts loads in order.
      scope.postMessage = function (data) {
        var copy = structuredClone(data);  // page-realm copy, like a real worker's message
        setTimeout(function () { worker._emit("message", copy); });
      };
      scope.importScripts = function () {
        var urls = Array.prototype.slice.call(arguments);
        return urls.reduce(function (done, next) {
          return done.then(function () { return loadScript(doc, new URL(next, base).href); });
        }, Promise.resolve());
      };
      scope.close = function () { worker.terminate(); };
      scope.addEventListener("error", function (event) { worker._emit("error", event.message); });
      loadScript(doc, base).then(function () {
        worker._ready = true;
        worker._pending.splice(0).forEach(function (data) { worker._deliver(data); });
      }, function (error) { worker._emit("error", String(error)); });
    }

    postMessage(data) {
      if (this._ready) this._deliver(data);
      else this._pending.push(data);
    }

    terminate() {
      if (this._frame) this._frame.remove();
      this._frame = null;
    }

    _deliver(data) {
      if (!this._frame) return;
      var scope = this._frame.contentWindow;
      var copy = scope.structuredClone(data);  // worker-realm copy: the worker never shares our objects
      setTimeout(function () { scope.dispatchEvent(new scope.MessageEvent("message", { data: copy })); });
    }

    _emit(type, data) {
      var event = type === "message" ? new MessageEvent("message", { data: data }) : new ErrorEvent("error", { message: data });
      var handler = this["on" + type];
      if (typeof handler === "function") handler.call(this, event);
      this.dispatchEvent(event);
    }
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();
