/**
 * How a clause number is recognised at the start of a heading or paragraph, and how it
 * becomes a stable anchor. Shared by the build-time clause index and the Markdown plugin
 * that renders the anchors, so both always agree.
 */

export type ClauseBlock = 'heading' | 'paragraph';

// Elements whose paragraphs are a clause's content, not clauses of their own.
const CONTAINERS = new Set(['ul', 'ol', 'li', 'table', 'blockquote', 'pre']);
// h1 is the page title and h6 is too small to stand for a level of the numbering.
const CLAUSE_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5']);

/**
 * Whether a block can be a clause, decided on HTML tag names so the Markdown index
 * (which maps mdast nodes to the tags they render as) and the anchor plugin (which sees the
 * tags) give one answer: a paragraph or an h2–h5 heading of the document flow, not inside a
 * list, table, quotation or code block. Whether it is one depends on its number.
 */
export function clauseBlockOf(tag: string, ancestorTags: Iterable<string>): ClauseBlock | null {
	for (const ancestor of ancestorTags) if (CONTAINERS.has(ancestor)) return null;
	if (tag === 'p') return 'paragraph';
	return CLAUSE_HEADINGS.has(tag) ? 'heading' : null;
}

export interface ClauseMatch {
	/** `4.1.3` */
	number: string;
	/** The clause text after its number. */
	rest: string;
}

// Dotted numbers may run straight into the text ("4.1.1严格遵守…", as the seed writes them).
const DOTTED = /^\s*(\d+(?:\.\d+)+)\.?(?![\d.])[\s\u3000:：、]*([\s\S]*)$/;
// A bare number ("1 目的") only counts in a heading and only when a space follows it, so a
// paragraph that starts with "30分钟内…" or "2014年…" is never taken for a clause.
const BARE = /^\s*(\d+)\.?[\s\u3000]+([\s\S]*)$/;

/** The clause number a block starts with, or null when it is ordinary text. */
export function matchClauseNumber(text: string, block: ClauseBlock): ClauseMatch | null {
	const dotted = DOTTED.exec(text);
	if (dotted) return { number: dotted[1]!, rest: dotted[2]!.trim() };
	if (block === 'heading') {
		const bare = BARE.exec(text);
		if (bare) return { number: bare[1]!, rest: bare[2]!.trim() };
	}
	return null;
}

/** The element id of a clause: `c4.1.3`. Ids must not start with a digit for CSS, hence the `c`. */
export function clauseAnchor(number: string): string {
	return `c${number}`;
}

/** Parts of a clause number as integers: `4.1.3` → [4, 1, 3]. */
export function clauseParts(number: string): number[] {
	return number.split('.').map(Number);
}

/**
 * The numbers that may follow `previous`: its first child, its next sibling, or the next
 * sibling of any ancestor. After 4.1.3 come 4.1.3.1, 4.1.4, 4.2 or 5.
 */
export function allowedNext(previous: string | null): string[] {
	if (previous === null) return ['1'];
	const parts = clauseParts(previous);
	const options = [[...parts, 1].join('.')];
	for (let depth = parts.length; depth >= 1; depth--) {
		const head = parts.slice(0, depth);
		head[depth - 1] = head[depth - 1]! + 1;
		options.push(head.join('.'));
	}
	return options;
}
