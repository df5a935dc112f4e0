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

// A page answered with a redirected response is refused by the browser, so
// a host that redirects /index.html to / must not leave one in the cache.
async function unredirected(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(HASHED);
      await Promise.all(
        FIXED.map(async (url) => {
          const response = await fetch(url, { cache: "no-cache" });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          await cache.put(url, await unredirected(response));
        }),
      );
    }),
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
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const navigation = request.mode === "navigate";
  // The folder itself is the page index.html (precached once, not twice).
  const key = navigation && url.pathname.endsWith("/") ? new URL("index.html", url).href : request;
  event.respondWith(
    caches
      .open(CACHE)
      // Only this build's cache is consulted, so files of two builds never
      // mix. Pages match without their query string.
      .then((cache) => cache.match(key, { ignoreSearch: navigation }))
      .then((hit) => hit ?? fetch(request)),
  );
});
