/**
 * Sätteri hast plugin: every heading or paragraph that starts with a clause number
 * (4.1.3 …) gets a stable id and its number becomes a link to itself, so any clause can
 * be linked to and, with a click, the link copied. The clause index (`src/lib/clause-index.ts`) asks the
 * same two questions (`clauseBlockOf`, `matchClauseNumber`), so what is indexed is exactly
 * what is anchored.
 */
import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import { clauseAnchor, clauseBlockOf, matchClauseNumber } from '../lib/clause-numbers.ts';

type Element = Extract<HastNode, { type: 'element' }>;
type ElementContent = Element['children'][number];

/** Drops the first `count` characters of text from the start of `nodes`. */
function dropLeadingText(nodes: readonly ElementContent[], count: number): ElementContent[] {
	const out: ElementContent[] = [];
	let remaining = count;
	for (const node of nodes) {
		if (remaining > 0 && node.type === 'text') {
			const value = node.value;
			if (value.length <= remaining) {
				remaining -= value.length;
				continue;
			}
			out.push({ type: 'text', value: value.slice(remaining) });
			remaining = 0;
			continue;
		}
		out.push(node);
	}
	return out;
}

/** Tag names of the elements around `node`, nearest first. */
function* ancestorTags(node: Readonly<HastNode>, ctx: HastVisitorContext): Generator<string> {
	for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (parent.type === 'element') yield parent.tagName;
	}
}

export const clauseAnchors = defineHastPlugin({
	name: 'clause-anchors',
	element: {
		filter: ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
		visit(node, ctx) {
			const element = node as Element;
			const block = clauseBlockOf(element.tagName, ancestorTags(element, ctx));
			if (!block) return;
			const text = ctx.textContent(element);
			const match = matchClauseNumber(text, block);
			if (!match) return;
			// Characters of the leading number and its separator, stripped from the text
			// because the link shows the number instead.
			const prefixLength = text.length - text.trimStart().length + text.trimStart().indexOf(match.rest);
			const anchor = clauseAnchor(match.number);
			const link: ElementContent = {
				type: 'element',
				tagName: 'a',
				// Out of the Tab order: a keyboard reader reaches sections through the contents, not
				// by stepping through every clause number; a pointer still clicks it to copy the link.
				// No class: the first link of a .clause is its number (CSS and the copy script select it
				// so), which keeps the markup repeated 200 times on a page to its minimum.
				properties: { tabIndex: -1, href: `#${anchor}` },
				children: [{ type: 'text', value: match.number }],
			};
			const rest = match.rest ? dropLeadingText(element.children, prefixLength) : [];
			const replacement: HastNode = {
				type: 'element',
				tagName: element.tagName,
				properties: {
					...element.properties,
					id: anchor,
					// Clauses four levels deep (4.1.3.2) are indented; the others need no class of their own.
					className: match.number.split('.').length >= 4 ? ['clause', 'clause-l4'] : ['clause'],
				},
				children: [link, { type: 'text', value: ' ' }, ...rest],
			};
			ctx.replaceNode(element, replacement);
		},
	},
});
