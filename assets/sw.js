// Kindred's service worker. scripts/post-build.mjs writes it from
// assets/sw.js for each build: VERSION and the file lists are that build's.
const VERSION = "__KINDRED_VERSION__";
// Files whose names carry a content hash: any copy of them is this build's,
// so the HTTP cache (already warm from the page load) may supply them.
const HASHED = __KINDRED_HASHED__;
// Files with fixed names (the pages, the manifest): always asked of the
// server again, so they cannot come from an older build.
const FIXED = __KINDRED_FIXED__;
const CACHE = `kindred-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll([
        ...HASHED,
        ...FIXED.map((url) => new Request(url, { cache: "no-cache" })),
      ]),
    ),
  );
  // No skipWaiting: an open page keeps the build it started with until the
  // person accepts the update (see register-sw.js).
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("kindred-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      ),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "kindred-update") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      // Only this build's cache is consulted, so files of two builds never
      // mix. Pages match without their query (frame.html?context=friend).
      .then((cache) => cache.match(request, { ignoreSearch: request.mode === "navigate" }))
      .then((hit) => hit ?? fetch(request)),
  );
});
