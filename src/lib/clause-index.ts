/**
 * Builds the list of numbered clauses of one procedure from its parsed MDX (mdast) and
 * reports duplicate or out-of-sequence numbers. Pure: the caller parses the body and
 * decides what an issue means (the build fails on any).
 */
import { allowedNext, clauseAnchor, clauseBlockOf, matchClauseNumber } from './clause-numbers.ts';

/** The mdast shape we read; satteri's mdxToMdast produces it. */
export interface MdNode {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	depth?: number;
	children?: MdNode[];
	attributes?: Array<{ type: string; name?: string; value?: unknown }>;
	position?: { start: { line: number } };
}

export interface Clause {
	number: string;
	/** Element id on the page. */
	anchor: string;
	/** Number of levels: `4.1.3` is 3. */
	level: number;
	text: string;
	/** Written inside a <Draft> block, so not part of the controlled original. */
	inDraftBlock: boolean;
	line: number | undefined;
}

/** A `<ClauseRef to="kf01-07:4.2">` found in the body; validated against other procedures. */
export interface ClauseRefUse {
	to: string;
	line: number | undefined;
}

/** A `<Checklist id="repair-case">` placed in the body. */
export interface ChecklistUse {
	id: string;
	line: number | undefined;
}

/** A Markdown link written in the body, `[见 4.2](/procedures/kf01-07/#c4.2)`; checked against the site. */
export interface LinkUse {
	url: string;
	line: number | undefined;
}

export interface ClauseIssue {
	clause: string;
	line: number | undefined;
	message: string;
}

export interface ClauseIndex {
	clauses: Clause[];
	refs: ClauseRefUse[];
	checklists: ChecklistUse[];
	links: LinkUse[];
	issues: ClauseIssue[];
}

/** Concatenated text of a node, like DOM textContent. */
export function nodeText(node: MdNode): string {
	if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
	return (node.children ?? []).map(nodeText).join('');
}

/** The HTML tag an mdast node renders as, for `clauseBlockOf`; '' when it is none of interest. */
function renderedTag(node: MdNode): string {
	switch (node.type) {
		case 'heading':
			return `h${node.depth ?? 1}`;
		case 'paragraph':
			return 'p';
		case 'list':
			return 'ul';
		case 'listItem':
			return 'li';
		case 'table':
			return 'table';
		case 'blockquote':
			return 'blockquote';
		case 'code':
			return 'pre';
		default:
			return '';
	}
}

/** `lineOffset`: lines of frontmatter above the body, added to every reported line. */
export function indexClauses(root: MdNode, lineOffset = 0): ClauseIndex {
	const clauses: Clause[] = [];
	const refs: ClauseRefUse[] = [];
	const checklists: ChecklistUse[] = [];
	const links: LinkUse[] = [];
	const issues: ClauseIssue[] = [];
	const firstSeen = new Map<string, number | undefined>();
	let previous: string | null = null;

	const visit = (node: MdNode, inDraft: boolean, ancestors: readonly string[]): void => {
		const start = node.position?.start.line;
		const line = start === undefined ? undefined : start + lineOffset;
		if (node.type.startsWith('mdxJsx') && node.name === 'ClauseRef') refs.push({ to: attribute(node, 'to'), line });
		if (node.type.startsWith('mdxJsx') && node.name === 'Checklist')
			checklists.push({ id: attribute(node, 'id'), line });
		if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string')
			links.push({ url: node.url, line });
		const tag = renderedTag(node);
		const block = clauseBlockOf(tag, ancestors);
		const match = block ? matchClauseNumber(nodeText(node), block) : null;
		if (match) {
			const { number } = match;
			if (firstSeen.has(number)) {
				const first = firstSeen.get(number);
				issues.push({
					clause: number,
					line,
					message: `条款 ${number} 重复出现${first ? `（首次在第 ${first} 行）` : ''}，每个条款号只能用一次`,
				});
			} else {
				const allowed = allowedNext(previous);
				if (!allowed.includes(number)) {
					issues.push({
						clause: number,
						line,
						message: `条款 ${number} 编号不连续：上一条是 ${previous ?? '（无）'}，这里应为 ${allowed.join('、')} 之一`,
					});
				}
				firstSeen.set(number, line);
				clauses.push({
					number,
					anchor: clauseAnchor(number),
					level: number.split('.').length,
					text: match.rest,
					inDraftBlock: inDraft,
					line,
				});
				previous = number;
			}
		}
		const draft = inDraft || (node.type === 'mdxJsxFlowElement' && node.name === 'Draft');
		const below = tag ? [...ancestors, tag] : ancestors;
		for (const child of node.children ?? []) visit(child, draft, below);
	};
	visit(root, false, []);
	return { clauses, refs, checklists, links, issues };
}

/** A string attribute of an MDX element, or '' when it is missing or an expression. */
function attribute(node: MdNode, name: string): string {
	const value = node.attributes?.find((a) => a.name === name)?.value;
	return typeof value === 'string' ? value : '';
}
