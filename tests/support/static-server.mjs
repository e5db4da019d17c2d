#!/usr/bin/env node
// A minimal static file server for tests: serves --root under --base (e.g. /kb/rdp/) the way a plain
// intranet web server would, so sub-path hosting is tested for real. Anything outside --base is 404.
// Text is gzipped when the client accepts it, as IIS, nginx and Apache do by default for static files, so the
// bench's Lighthouse runs measure what a technician's browser would actually download.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { root: { type: 'string' }, port: { type: 'string' }, base: { type: 'string' } },
});
const root = resolve(values.root ?? 'dist');
const base = values.base ?? '/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
};
if (!existsSync(root)) {
  console.error(`static-server: ${root} does not exist; build the site first (npm run build).`);
  process.exit(1);
}

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.xml', '.txt']);

function send(req, res, status, file) {
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, gzip ? { ...headers, 'content-encoding': 'gzip' } : headers);
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  const notFound = join(root, '404.html');
  if (!path.startsWith(base) && `${path}/` !== base)
    return existsSync(notFound) ? send(req, res, 404, notFound) : res.writeHead(404).end();
  path = path.slice(base.length - 1) || '/';
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    file = join(file, 'index.html');
  }
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
  return existsSync(notFound) ? send(req, res, 404, notFound) : res.writeHead(404).end();
}).listen(Number(values.port ?? 4391), '127.0.0.1', () => {
  console.log(`static-server: ${root} at http://127.0.0.1:${values.port}${base}`);
});
