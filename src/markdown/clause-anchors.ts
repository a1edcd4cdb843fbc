/**
 * Sätteri hast plugin: every heading or paragraph that starts with a clause number
 * (4.1.3 …) gets a stable id and its number becomes a link to itself, so any clause can
 * be linked to and the link copied. The clause index (`src/lib/clause-index.ts`) uses the
 * same matcher, so what is indexed is exactly what is anchored.
 */
import { defineHastPlugin, type HastNode } from 'satteri';
import { clauseAnchor, matchClauseNumber } from '../lib/clause-numbers.ts';

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

export const clauseAnchors = defineHastPlugin({
	name: 'clause-anchors',
	element: {
		filter: ['p', 'h2', 'h3', 'h4', 'h5'],
		visit(node, ctx) {
			const element = node as Element;
			const text = ctx.textContent(element);
			const block = element.tagName === 'p' ? 'paragraph' : 'heading';
			const match = matchClauseNumber(text, block);
			if (!match) return;
			// Characters of the leading number and its separator, stripped from the text
			// because the link shows the number instead.
			const prefixLength = text.length - text.trimStart().length + text.trimStart().indexOf(match.rest);
			const anchor = clauseAnchor(match.number);
			const link: ElementContent = {
				type: 'element',
				tagName: 'a',
				properties: { className: ['clause-no'], href: `#${anchor}`, title: `条款 ${match.number} 的链接` },
				children: [{ type: 'text', value: match.number }],
			};
			const rest = match.rest ? dropLeadingText(element.children, prefixLength) : [];
			const replacement: HastNode = {
				type: 'element',
				tagName: element.tagName,
				properties: {
					...element.properties,
					id: anchor,
					className: ['clause', `clause-l${match.number.split('.').length}`],
					dataClause: match.number,
				},
				children: [link, { type: 'text', value: ' ' }, ...rest],
			};
			ctx.replaceNode(element, replacement);
		},
	},
});
