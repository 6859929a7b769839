/** A static file server for built sites, as a host would serve dist/ (optionally under a base path). */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
};

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
  /** Bytes sent so far in response bodies for paths starting with `prefix`, as they went on the wire. */
  bytesSent(prefix: string): number;
}

/**
 * The headers dist/_headers gives every path under `base` (its `<base>*` block), as Netlify
 * and Cloudflare Pages would send them: pass them to serveStatic to test the site under its
 * real Content-Security-Policy.
 */
export function hostHeaders(dist: string, base = '/'): Array<[string, string]> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  const headers: Array<[string, string]> = [];
  let inBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^\s/.test(line)) inBlock = line.trim() === `${base}*`;
    else if (inBlock && line.includes(':')) {
      const at = line.indexOf(':');
      headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return headers;
}

/** Serves `root` under `base`. `headers` are sent with every response, as a host would send dist/_headers. */
export async function serveStatic(
  root: string,
  base = '/',
  port = 0,
  headers: ReadonlyArray<readonly [string, string]> = [],
): Promise<StaticSite> {
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    const urlPath = (request.url ?? '/').split('?')[0]!;
    const write = response.write.bind(response);
    response.write = ((chunk: Buffer | string, ...rest: unknown[]) => {
      sent.set(urlPath, (sent.get(urlPath) ?? 0) + Buffer.byteLength(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof response.write;
    const path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Text is sent gzip-compressed when the client asks, as any real host does; Pagefind's
    // index files are compressed already.
    if (
      /^(text\/|application\/(json|xml|javascript))|image\/svg/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    ) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    bytesSent: (prefix) => [...sent].filter(([path]) => path.startsWith(prefix)).reduce((sum, [, bytes]) => sum + bytes, 0),
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
