/**
 * A problem found in the content, reported the way a document controller can act on it:
 * the file, the field, the bad value, what is wrong and what would be right.
 */
export interface ContentIssue {
	/** Path relative to the repository, e.g. content/procedures/kf01-06.mdx */
	file: string;
	/** Field path like `roles[2].role`, or `第 41 行` for a body problem. */
	field: string;
	/** 1-based line in the file, where it can be known. */
	line?: number | undefined;
	message: string;
	value?: string;
	/** A warning is reported but does not stop the build (a learning path through an undrafted procedure). */
	severity?: 'warning';
	/** The valid choices, when there is a closed set. */
	choices?: readonly string[];
}

const MAX_CHOICES = 30;

export function formatIssue(issue: ContentIssue): string {
	const value = issue.value === undefined ? '' : `（当前值 "${issue.value}"）`;
	const choices = issue.choices?.length
		? `\n    可选值：${issue.choices.slice(0, MAX_CHOICES).join('、')}${issue.choices.length > MAX_CHOICES ? ' …' : ''}`
		: '';
	const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
	return `  ${where} › ${issue.field}：${issue.message}${value}${choices}`;
}

/** Errors as the build, the dev server and `npm run content:check` print them. */
export function errorReport(issues: readonly ContentIssue[]): string {
	return `内容校验失败，共 ${issues.length} 处问题：\n${issues.map(formatIssue).join('\n')}`;
}

/** Warnings, printed without stopping anything. */
export function warningReport(warnings: readonly ContentIssue[]): string {
	return `内容提醒 ${warnings.length} 条：\n${warnings.map(formatIssue).join('\n')}`;
}

/** Thrown at build time; its message lists every issue so one build shows them all. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];
	constructor(issues: readonly ContentIssue[]) {
		super(errorReport(issues));
		this.name = 'ContentError';
		this.issues = issues;
	}
}
