/* Service worker for the handbook: keeps the whole site in one cache so it works without a connection.
   Generated at build time by macros/offline.py; VERSION is a hash of every cached file, so any change to
   the site changes this file and the browser installs the new version beside the old one. */
"use strict";

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;

// The folder this file lives in: the handbook may be hosted under any path.
const ROOT = new URL("./", self.location).href;
// Cache names carry the root, so two handbooks on one host never delete each other's caches.
const PREFIX = "haandbog:" + ROOT + ":";
const CACHE = PREFIX + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // cache: "reload" skips the HTTP cache, so a new version never stores stale files
      cache.addAll(PRECACHE.map((path) => new Request(new URL(path, ROOT), { cache: "reload" })))
    )
  );
  // No skipWaiting here: an update waits until the reader chooses to reload (see assets/offline.js).
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

// A directory URL is stored as its index.html; query strings never change the file.
function cacheKey(url) {
  const key = new URL(url.href);
  key.search = "";
  key.hash = "";
  if (key.pathname.endsWith("/")) key.pathname += "index.html";
  return key.href;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only our own files: other hosts and other paths on this host go straight to the network, uncached.
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(ROOT)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(cacheKey(url));
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === "navigate") {
          const notFound = await cache.match(new URL("404.html", ROOT).href);
          if (notFound) return notFound;
        }
        throw error;
      }
    })
  );
});
