/**
 * A cheap fingerprint of a content folder (names, sizes, modification times), so a
 * long-running process such as `astro dev` reloads the handbook only when a file changed.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function contentSignature(root: string): Promise<string> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
	const stamps = await Promise.all(
		files.sort().map(async (file) => {
			const { size, mtimeMs } = await stat(file);
			return `${file}:${size}:${mtimeMs}`;
		}),
	);
	return stamps.join('|');
}
