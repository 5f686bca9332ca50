// A static file server for the browser app's folder, bound to 127.0.0.1 only.
//   node scripts/serve.mjs FOLDER [PORT]      (make run: build-wasm/web on 8080)
// Also imported by tests/e2e/e2e.mjs (serve(folder, 0) picks a free port).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.json': 'application/json', '.png': 'image/png',
};

export function serve(folder, port, host = '127.0.0.1') {
  const root = resolve(folder);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('tidak ditemukan\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, port = '8080'] = process.argv.slice(2);
  if (!folder) { console.error('pemakaian: node scripts/serve.mjs FOLDER [PORT]'); process.exit(2); }
  serve(folder, Number(port)).then((s) => {
    console.log(`Kompilasi berjalan di http://127.0.0.1:${s.address().port}/  (Ctrl+C untuk berhenti)`);
  }, (e) => {
    console.error(`serve: port ${port} tidak dapat dipakai: ${e.message}`);
    process.exit(1);
  });
}
