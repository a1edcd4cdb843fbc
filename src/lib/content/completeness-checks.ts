/**
 * What a written procedure must carry besides its text and flowchart (checked with the flow in
 * handbook-validation.ts), so staff can use it and an auditor can check it: an operational and
 * an audit checklist, a self-check quiz, and the everyday words people use for it (search and
 * the 常见问法 section read them). A draft that
 * lacks one fails the build; a controlled procedure, whose approved text cannot change without a
 * new revision, gets a warning instead.
 */
import type { ContentIssue } from '../content-issue.ts';
import type { HandbookSources } from '../handbook-validation.ts';

/** Everyday aliases a written procedure needs at least, so a front-desk search finds it. */
export const MIN_ALIASES = 12;

export function checkCompleteness(sources: HandbookSources): ContentIssue[] {
	const issues: ContentIssue[] = [];
	for (const { id, file, data } of sources.procedures) {
		if (data.status === 'planned') continue;
		const severity = data.status === 'controlled' ? ({ severity: 'warning' } as const) : {};
		const lacks = (field: string, message: string) => issues.push({ file, field, message, ...severity });
		const kinds = new Set(sources.checklists.filter((c) => c.data.procedure === id).map((c) => c.data.kind));
		if (!kinds.has('operational'))
			lacks('checklists', `缺少操作清单：在 checklists/ 中新建 kind: operational、procedure: ${id} 的清单`);
		if (!kinds.has('audit'))
			lacks('checklists', `缺少审核清单：在 checklists/ 中新建 kind: audit、procedure: ${id} 的清单`);
		if (!sources.quizzes.some((q) => q.id === id)) lacks('quiz', `缺少自测题：新建 quizzes/${id}.yaml（4–8 题）`);
		if (data.aliases.length < MIN_ALIASES) {
			lacks(
				'aliases',
				`常见说法只有 ${data.aliases.length} 条，至少需要 ${MIN_ALIASES} 条：写业主和员工在前台真正会说的话`,
			);
		}
	}
	return issues;
}
