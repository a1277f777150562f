/* Service worker for the handbook: keeps it working without a connection, and updates it file by file.
   Generated at build time by macros/site/offline.py. Each file carries its own revision (a hash of its content) in
   its cache key, as in a Workbox precache manifest, so a new version downloads only the files that changed
   and copies the rest from the old cache. PRECACHE is cached at install; ON_USE (large files a phone rarely
   needs: the print page, the open data, the tools' pages) the first time they are opened, then kept. */
"use strict";

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const ON_USE = __ON_USE__;

// The folder this file lives in: the handbook may be hosted under any path.
const ROOT = new URL("./", self.location).href;
// Cache names carry the root, so two handbooks on one host never delete each other's caches.
const PREFIX = "haandbog:" + ROOT + ":";
const CACHE = PREFIX + VERSION;
const ON_USE_CACHE = PREFIX + "ved-brug";  // shared by versions: its keys carry the revision

function revisionKey(path, revision) {
  return new URL(path, ROOT).href + "?rev=" + revision;
}

// file URL -> cache key with its revision
const PRECACHE_KEYS = new Map(PRECACHE.map(([path, revision]) => [new URL(path, ROOT).href, revisionKey(path, revision)]));
const ON_USE_KEYS = new Map(ON_USE.map(([path, revision]) => [new URL(path, ROOT).href, revisionKey(path, revision)]));

// A copy of the same revision in an older version's cache, else the file from the network.
async function install() {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  await Promise.all(PRECACHE.map(async ([path, revision]) => {
    const key = revisionKey(path, revision);
    if (await cache.match(key)) return;  // a retried install keeps what it already has
    for (const name of older) {
      const kept = await (await caches.open(name)).match(key);
      if (kept) return cache.put(key, kept);
    }
    // cache: "reload" skips the HTTP cache, so a new version never stores a stale file
    const response = await fetch(new Request(new URL(path, ROOT), { cache: "reload" }));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return cache.put(key, response);
  }));
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
  // No skipWaiting here: an update waits until the reader chooses to reload (see assets/handbook.js).
});

// Old versions' caches go; files cached on use stay only in the revision this version names.
async function activate() {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE && name !== ON_USE_CACHE)
    .map((name) => caches.delete(name)));
  const onUse = await caches.open(ON_USE_CACHE);
  const current = new Set(ON_USE_KEYS.values());
  await Promise.all((await onUse.keys()).filter((request) => !current.has(request.url))
    .map((request) => onUse.delete(request)));
  await self.clients.claim();
}

self.addEventListener("activate", (event) => event.waitUntil(activate()));

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

// A directory URL is stored as its index.html; query strings and fragments never change the file.
function fileUrl(url) {
  const key = new URL(url.href);
  key.search = "";
  key.hash = "";
  if (key.pathname.endsWith("/")) key.pathname += "index.html";
  return key.href;
}

async function fromNetwork(request) {
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === "navigate") {
      const notFound = await caches.match(PRECACHE_KEYS.get(new URL("404.html", ROOT).href), { cacheName: CACHE });
      if (notFound) return notFound;
    }
    throw error;
  }
}

async function respond(request, url) {
  const file = fileUrl(url);
  const precached = PRECACHE_KEYS.get(file);
  if (precached) {
    const hit = await caches.match(precached, { cacheName: CACHE });
    if (hit) return hit;
    return fromNetwork(request);
  }
  const onUseKey = ON_USE_KEYS.get(file);
  if (onUseKey) {
    const cache = await caches.open(ON_USE_CACHE);
    const hit = await cache.match(onUseKey);
    if (hit) return hit;
    const response = await fromNetwork(request);
    if (response.ok && !response.redirected) await cache.put(onUseKey, response.clone());
    return response;
  }
  return fromNetwork(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only our own files: other hosts and other paths on this host go straight to the network, uncached.
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(ROOT)) return;
  event.respondWith(respond(request, url));
});
