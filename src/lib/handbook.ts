/**
 * The handbook as the site's pages read it: the one loader (`content/load-handbook.ts`)
 * pointed at the top-level `content/` folder. Loaded once per build; in `astro dev` it is
 * loaded again when a content file changes, so an edit shows on the next page load.
 */
import { loadHandbookFrom, type Handbook } from './content/load-handbook.ts';
import { contentSignature } from './content/content-signature.ts';

export type { ChecklistEntry, FormEntry, Handbook, ProcedureEntry } from './content/load-handbook.ts';

/** Astro runs from the project root, in the build and in the dev server. */
export const CONTENT_ROOT = 'content';

let cached: { signature: string; handbook: Promise<Handbook> } | undefined;

/** The validated handbook; throws a ContentError naming every problem. */
export async function loadHandbook(): Promise<Handbook> {
	// A build reads content once; only the dev server must notice edits, so only it pays
	// for the fingerprint on each of the many calls a page makes.
	const signature = import.meta.env.DEV ? await contentSignature(CONTENT_ROOT) : 'build';
	if (cached?.signature !== signature) cached = { signature, handbook: loadHandbookFrom(CONTENT_ROOT) };
	return cached.handbook;
}
