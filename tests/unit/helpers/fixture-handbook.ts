/**
 * Runs the real handbook loader on a copy of `tests/fixtures/handbook` with optional text
 * edits applied first, so a test can break one thing and read the issues the build would
 * report. Paths in the issues are relative to the fixture root (`procedures/kf01-06.mdx`).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentIssue } from '../../../src/lib/content-issue.ts';
import { readHandbook, type HandbookLoad } from '../../../src/lib/content/load-handbook.ts';

export const FIXTURE_ROOT = join(import.meta.dirname, '../../fixtures/handbook');

/** Edits keyed by fixture file (relative to the fixture root): [search, replacement] pairs. */
export type Edits = Record<string, Array<[string, string]>>;

/** Loads the fixture handbook after applying `edits`; files may be added with `files` and deleted with `removed`. */
export async function loadFixture(
	edits: Edits = {},
	files: Record<string, string> = {},
	removed: readonly string[] = [],
): Promise<HandbookLoad> {
	const root = await mkdtemp(join(tmpdir(), 'gc-fixture-'));
	try {
		await cp(FIXTURE_ROOT, root, { recursive: true });
		for (const [file, pairs] of Object.entries(edits)) {
			let text = await readFile(join(root, file), 'utf8');
			for (const [search, replacement] of pairs) {
				if (!text.includes(search)) throw new Error(`fixture ${file} has no ${JSON.stringify(search)}`);
				text = text.replace(search, replacement);
			}
			await writeFile(join(root, file), text);
		}
		for (const [file, text] of Object.entries(files)) await writeFile(join(root, file), text);
		for (const file of removed) await rm(join(root, file));
		return await readHandbook(root, { label: '' });
	} finally {
		await rm(root, { recursive: true, force: true });
	}
}

/** Only the issues, for tests about what is reported. */
export async function loadFixtureHandbook(
	edits: Edits = {},
	files: Record<string, string> = {},
): Promise<ContentIssue[]> {
	return (await loadFixture(edits, files)).issues;
}
