// The bench's web server: dist/, the bench pages, Tom Select from node_modules and the
// generated feeds, on 127.0.0.1 only, on a free port. No caching headers: every page load of
// the bench asks for its files again, as a first visit does.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Only these folders are served, so a path cannot wander out of the repository. */
const ROOTS = ['/dist/', '/bench/pages/', '/node_modules/tom-select/dist/'];

/**
 * Starts the server. `feeds` maps a name to a JSON string served at /feeds/<name>.json.
 * Returns `{ origin, requests, close }`; `requests` counts feed requests by name.
 */
export async function startServer(repo, feeds) {
  const requests = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    res.setHeader('cache-control', 'no-store');
    const feed = /^\/feeds\/([\w.-]+)\.json$/.exec(path);
    if (feed && feeds.has(feed[1])) {
      requests.set(feed[1], (requests.get(feed[1]) ?? 0) + 1);
      res.setHeader('content-type', TYPES['.json']);
      res.end(feeds.get(feed[1]));
      return;
    }
    const file = resolve(repo, `.${normalize(path)}`);
    if (!ROOTS.some((root) => file.startsWith(join(repo, root)))) {
      res.statusCode = 404;
      res.end();
      return;
    }
    try {
      const body = await readFile(file);
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
