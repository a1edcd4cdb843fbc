/**
 * What tests read from the live content, in one place so it can later be swapped for the
 * project's content loader: a procedure's version and revision history, from its MDX frontmatter.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface ProcedureFrontmatter {
	version: string;
	revisions: Array<{ version: string }>;
}

/** The frontmatter of content/procedures/<id>.mdx. */
export function procedureFrontmatter(id: string): ProcedureFrontmatter {
	const text = readFileSync(new URL(`../content/procedures/${id}.mdx`, import.meta.url), 'utf8');
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
	if (frontmatter === undefined) throw new Error(`content/procedures/${id}.mdx has no frontmatter`);
	return load(frontmatter) as ProcedureFrontmatter;
}
