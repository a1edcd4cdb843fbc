/**
 * YAML as the document controller wrote it: the parsed value plus a way back from a field
 * path (`roles[2].role`) to the line it stands on, so every content error can name the line.
 */
import { LineCounter, parseDocument, isCollection, type Document } from 'yaml';
import type { ContentIssue } from '../content-issue.ts';

export type FieldPath = ReadonlyArray<string | number>;

export interface YamlSource {
	value: unknown;
	/** 1-based line in the file of the node at `path`, or of its nearest existing parent. */
	lineOf(path: FieldPath): number | undefined;
	/** Syntax errors, already located. */
	issues: ContentIssue[];
}

/**
 * Parses `text`; `lineOffset` is added to every line (the `---` and anything above the
 * frontmatter of an MDX file). YAML 1.2 core schema, so `2014-05-13` stays a string and
 * `no` stays text: what the author typed is what the schema sees.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlSource {
	const counter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const issues: ContentIssue[] = doc.errors.map((error) => {
		const line = counter.linePos(error.pos[0]).line + lineOffset;
		return { file, line, field: `第 ${line} 行`, message: `YAML 语法错误：${yamlErrorText(error.code, error.message)}` };
	});
	const lineOf = (path: FieldPath): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
			const range = (node as { range?: [number, number, number] } | null)?.range;
			if (range) return counter.linePos(range[0]).line + lineOffset;
			if (depth === 0 || isCollection(node)) continue;
		}
		return undefined;
	};
	return { value: issues.length ? undefined : doc.toJS(), lineOf, issues };
}

/** The YAML library's messages are English; the common ones get a Chinese explanation first. */
function yamlErrorText(code: string, message: string): string {
	const known: Record<string, string> = {
		DUPLICATE_KEY: '同一层级出现了重复的字段名',
		BAD_INDENT: '缩进不对齐，或括号、引号没有闭合',
		MISSING_CHAR: '缺少配对的引号或括号',
		BLOCK_AS_IMPLICIT_KEY: '字段名后缺少冒号，或上一行的值没有写完',
		TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
	};
	const first = message.split('\n')[0] ?? message;
	return known[code] ? `${known[code]}（${first}）` : first;
}

/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers exact. */
export function splitFrontmatter(raw: string): { frontmatter: string; body: string; bodyLine: number } | null {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
	if (!match) return null;
	return {
		frontmatter: match[1]!,
		body: raw.slice(match[0].length),
		// Lines before the body: the frontmatter plus its two fences.
		bodyLine: match[0].split('\n').length - 1,
	};
}

/** `roles[2].role` → ['roles', 2, 'role']; the form validation messages use this notation. */
export function parseFieldPath(field: string): FieldPath | null {
	if (!/^(?:[\w-]+|\[\d+\])(?:\[\d+\]|\.[\w-]+)*$/.test(field)) return null;
	return [...field.matchAll(/([\w-]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** ['roles', 2, 'role'] → `roles[2].role`. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
		.join('');
}
