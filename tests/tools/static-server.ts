/**
 * A static server for measuring the built site as a host would serve it: files from one folder,
 * `index.html` for folder URLs, and gzip for text when the browser asks for it, so bytes counted
 * in the browser are bytes over the wire. Pagefind's own files are gzipped already and are sent
 * as they are.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

async function resolveFile(root: string, url: string): Promise<string | undefined> {
	const path = normalize(join(root, decodeURIComponent(new URL(url, 'http://x').pathname)));
	if (!path.startsWith(normalize(root))) return undefined;
	const info = await stat(path).catch(() => undefined);
	if (info?.isDirectory()) return resolveFile(root, join(url.split('?')[0]!, 'index.html'));
	return info?.isFile() ? path : undefined;
}

/** Serves `root` on a free port of 127.0.0.1; resolves to the server and its base URL. */
export async function serveStatic(root: string): Promise<{ server: Server; base: string }> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer(async (request, response) => {
		const file = await resolveFile(root, request.url ?? '/');
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		const ext = extname(file);
		let body: Buffer = await readFile(file);
		const version = `${file}:${(await stat(file)).mtimeMs}`;
		// Cacheable for a few minutes, as static hosts serve it: a file fetched once is not fetched again.
		const headers: Record<string, string> = {
			'Content-Type': TYPES[ext] ?? 'application/octet-stream',
			'Cache-Control': 'public, max-age=300',
		};
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			// Keyed by modification time too: a rebuild while serving is served fresh.
			if (!gzipped.has(version)) gzipped.set(version, gzipSync(body, { level: 9 }));
			body = gzipped.get(version)!;
			headers['Content-Encoding'] = 'gzip';
		}
		response.writeHead(200, { ...headers, 'Content-Length': String(body.byteLength) }).end(body);
	});
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server: no port');
	return { server, base: `http://127.0.0.1:${address.port}` };
}
