// A static file server whose root can be switched while it runs, so one
// origin can serve build A and then build B, as a real host does when a
// new release is deployed. Same rules as server.mjs (its `mimeType`, no
// caching, nothing outside the root); kept separate so that file stays
// simple.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, resolve, sep } from "node:path";

import { mimeType } from "./server.mjs";

/**
 * Serves the files under `dir` on 127.0.0.1, on a free port, until
 * `use(otherDir)` points the same origin at another directory.
 *
 * `options.headers` are added to every response. `options.redirects` maps
 * a path to where it permanently redirects (308), as hosts with "pretty
 * URLs" do for `/index.html` -> `/`. Returns
 * `{ url, origin, requests, use, close }`: `url` ends with "/", `requests`
 * lists every path asked for, in order, with the root that answered it.
 */
export async function serveSwitchable(dir, options = {}) {
  let root = resolve(dir);
  const extraHeaders = options.headers ?? {};
  const redirects = options.redirects ?? {};
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
      requests.push({ path, root: served });
      if (request.method !== "GET" && request.method !== "HEAD") {
        return send(405, "text/plain; charset=utf-8", "Method not allowed\n");
      }
      if (Object.hasOwn(redirects, path)) {
        response.writeHead(308, { Location: redirects[path], "Cache-Control": "no-store", ...extraHeaders });
        return response.end();
      }
      let file = resolve(join(served, path));
      if (file !== served && !file.startsWith(served + sep)) {
        return send(404, "text/plain; charset=utf-8", "Not found\n");
      }
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = join(file, "index.html");
      const body = await readFile(file).catch(() => null);
      if (body === null) return send(404, "text/plain; charset=utf-8", "Not found\n");
      return send(200, mimeType(file), body);
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
    url: `${origin}/`,
    origin,
    requests,
    /** From now on, answers every request from `otherDir`. */
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
