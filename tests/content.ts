/**
 * The live handbook as tests read it: through the same loader the site build uses, so a
 * test that depends on content (a procedure's version, a real form) follows the content.
 */
import { fileURLToPath } from 'node:url';
import { loadHandbookFrom, type Handbook } from '../src/lib/content/load-handbook.ts';

let handbook: Promise<Handbook> | undefined;

/** The handbook in the repository's `content/` folder, loaded once per test process. */
export function liveHandbook(): Promise<Handbook> {
	handbook ??= loadHandbookFrom(fileURLToPath(new URL('../content', import.meta.url)), { label: 'content' });
	return handbook;
}
