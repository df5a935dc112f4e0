// A tiny static file server for the end-to-end tests. Generic on purpose:
// tests serve the app, host pages for embedding, and pages on other origins
// from separate directories, each on its own free port.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve, sep } from "node:path";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  // instantiateStreaming refuses anything else.
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

/** The Content-Type for a file name; unknown kinds are plain bytes. */
export function mimeType(name) {
  return MIME_TYPES[extname(name).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Serves the files under `dir` on 127.0.0.1, on a free port.
 *
 * `options.headers` are added to every response (for example
 * `{"Access-Control-Allow-Origin": "*"}` when a page with an opaque origin,
 * such as a sandboxed iframe, must be able to load the files).
 * `options.pages` maps a path (for example "/host.html") to HTML served from
 * memory, so a test can write a host page without a file on disk.
 * `options.base` (default "/") is the folder the files appear under, for
 * example "/apps/kindred/", as when a site owner puts them in a subfolder.
 *
 * `options.types` maps a file name or an extension (".wasm") to the
 * Content-Type to send instead of the right one, as a misconfigured host
 * would.
 *
 * `options.redirects` maps a path to where it permanently redirects (308),
 * as hosts with "pretty URLs" do for `/index.html` -> `/`.
 *
 * Returns `{ url, origin, requests, use, close }`: `url` is the origin plus
 * the base (it ends with "/"), `requests` lists every path asked for, in
 * order, and `use(otherDir)` points the same origin at another directory,
 * as a host does when a new release is deployed.
 */
export async function serve(dir, options = {}) {
  let root = resolve(dir);
  const redirects = options.redirects ?? {};
  const extraHeaders = options.headers ?? {};
  const pages = options.pages ?? {};
  const base = `/${(options.base ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const requests = [];

  const server = createServer(async (request, response) => {
    const send = (status, type, body) => {
      response.writeHead(status, {
        "Content-Type": type,
        "Content-Length": Buffer.byteLength(body),
        "Cache-Control": "no-store",
        ...extraHeaders,
      });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    // The root at the moment the request arrived answers all of it.
    const served = root;
    try {
      const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
      requests.push(path);
      if (request.method !== "GET" && request.method !== "HEAD") {
        return send(405, "text/plain; charset=utf-8", "Method not allowed\n");
      }
      if (Object.hasOwn(redirects, path)) {
        response.writeHead(308, { Location: redirects[path], "Cache-Control": "no-store", ...extraHeaders });
        return response.end();
      }
      if (Object.hasOwn(pages, path)) {
        return send(200, mimeType(path.endsWith("/") ? "index.html" : path), pages[path]);
      }
      if (!path.startsWith(base)) {
        return send(404, "text/plain; charset=utf-8", "Not found\n");
      }
      let file = resolve(join(served, path.slice(base.length)));
      // Never serve anything outside the directory.
      if (file !== served && !file.startsWith(served + sep)) {
        return send(404, "text/plain; charset=utf-8", "Not found\n");
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, "index.html");
      }
      const body = await readFile(file).catch(() => null);
      if (body === null) {
        return send(404, "text/plain; charset=utf-8", "Not found\n");
      }
      const wrong = options.types?.[basename(file)] ?? options.types?.[extname(file).toLowerCase()];
      return send(200, wrong ?? mimeType(file), body);
    } catch {
      return send(400, "text/plain; charset=utf-8", "Bad request\n");
    }
  });

  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}${base}`,
    origin,
    requests,
    use(otherDir) {
      root = resolve(otherDir);
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
