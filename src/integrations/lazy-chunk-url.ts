/**
 * `import url from './widget.ts?lazy-url'`: the URL of `widget.ts` built as a chunk of its own,
 * to be loaded with `import(url)` when the reader first uses the widget.
 *
 * Why not a plain `import('./widget.ts')`: Vite wraps every bundled dynamic import in its preload
 * helper (about 0.9 KB gzipped) so the chunk's own imports are fetched in parallel. A procedure
 * page would ship that helper to every reader, while only the few who start a quiz or a
 * 阅读确认 load a widget at all, once, with a short wait they will not notice. Emitting the
 * chunk through Rollup's `emitFile` keeps it in the normal code splitting (shared modules stay
 * shared) and gives its final URL without the helper.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy-url';
const PREFIX = '\0lazy-url:';

export function lazyChunkUrl(): Plugin {
	let root = '';
	let serving = false;
	return {
		name: 'guichengtong:lazy-chunk-url',
		// Before Vite's resolver, which would strip the query and resolve the plain module.
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
			serving = config.command === 'serve';
		},
		async resolveId(source, importer) {
			if (!source.endsWith(SUFFIX)) return null;
			const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
			if (!resolved) this.error(`lazy-url: cannot resolve ${source} from ${importer}`);
			return PREFIX + resolved.id;
		},
		load(id) {
			if (!id.startsWith(PREFIX)) return null;
			const file = id.slice(PREFIX.length);
			// The dev server serves each source file at its path under the project root.
			if (serving) return `export default ${JSON.stringify(`/${relative(root, file)}`)};`;
			const reference = this.emitFile({ type: 'chunk', id: file });
			return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
		},
	};
}
