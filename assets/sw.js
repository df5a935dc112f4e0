// Kindred's service worker. scripts/post-build.mjs writes it from
// assets/sw.js for each build: VERSION and the file lists are that build's.
const VERSION = "__KINDRED_VERSION__";
// Files whose names carry a content hash: any copy of them is this build's,
// so the HTTP cache (already warm from the page load) may supply them.
const HASHED = __KINDRED_HASHED__;
// Files with fixed names (the pages, the manifest): always asked of the
// server again, so they cannot come from an older build.
const FIXED = __KINDRED_FIXED__;
// The language catalogues (fixed names too). Not precached: a first visit
// pays only for its own language. Each is cached when first fetched, and
// all of them when a page asks (a returning visit), so the installed app
// can switch language offline.
const LANGUAGES = __KINDRED_LANGUAGES__;
// The chunks of WebAssembly for screens fetched when first opened (past
// check-ins and what grows from them): the same as the catalogues.
const CHUNKS = __KINDRED_CHUNKS__;
const ON_DEMAND = LANGUAGES.concat(CHUNKS);
// Each deployment (folder) of Kindred on an origin has its own worker and
// its own caches: the name carries this worker's scope, so two deployments
// never delete each other's offline copy.
const SCOPE = self.registration.scope;
const CACHE = `kindred-${VERSION} ${SCOPE}`;

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

/**
 * True for an older cache of this deployment: one with this scope in its
 * name, or, from builds before scopes were named, one holding this scope's
 * page.
 */
async function ownOlderCache(key) {
  if (key === CACHE || !key.startsWith("kindred-")) return false;
  if (key.endsWith(` ${SCOPE}`)) return true;
  if (!/^kindred-[0-9a-f]+$/.test(key)) return false;
  const cache = await caches.open(key);
  return (await cache.match(new URL("index.html", SCOPE).href)) !== undefined;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then(async (keys) => {
      const older = [];
      for (const key of keys) if (await ownOlderCache(key)) older.push(key);
      await Promise.all(older.map((key) => caches.delete(key)));
    }),
  );
});

/** Fetches a fixed-name file past the HTTP cache and keeps it in `cache`. */
async function refresh(cache, url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  await cache.put(url, await unredirected(response));
}

const isOnDemand = (url) => ON_DEMAND.some((name) => new URL(name, SCOPE).href === url.href);

self.addEventListener("message", (event) => {
  if (event.data === "kindred-update") self.skipWaiting();
  if (event.data === "kindred-top-up") {
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        Promise.all(
          ON_DEMAND.map(async (name) => {
            const url = new URL(name, SCOPE).href;
            if (!(await cache.match(url))) await refresh(cache, url).catch(() => {});
          }),
        ),
      ),
    );
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const navigation = request.mode === "navigate";
  // The folder itself is the page index.html (precached once, not twice).
  const key = navigation && url.pathname.endsWith("/") ? new URL("index.html", url).href : request;
  if (isOnDemand(url)) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(url.href);
        if (hit) return hit;
        await refresh(cache, url.href).catch(() => {});
        return (await cache.match(url.href)) ?? fetch(request);
      }),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE)
      // Only this build's cache is consulted, so files of two builds never
      // mix. Pages match without their query string.
      .then((cache) => cache.match(key, { ignoreSearch: navigation }))
      .then((hit) => hit ?? fetch(request)),
  );
});
