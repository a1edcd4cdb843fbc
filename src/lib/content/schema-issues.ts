/**
 * Turns zod's issues into ContentIssues a document controller can act on: Chinese text,
 * the field path, the value found and the valid choices. Messages written on a schema
 * (`{ error: '…' }`) win; this map only words the issues a schema left to zod's defaults.
 * Starlight's `utils/error-map.ts` is the model.
 */
import type { z } from 'astro/zod';
import type { ContentIssue } from '../content-issue.ts';
import { formatFieldPath, type FieldPath } from './yaml-source.ts';
import { shorten } from '../shorten.ts';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
	string: '文字',
	number: '数字',
	int: '整数',
	boolean: 'true 或 false',
	array: '列表（- 开头的多行）',
	object: '字段组（缩进的 字段: 值）',
	date: '日期',
};

/** What is wrong, in Chinese, for zod's default issue kinds. */
export function chineseIssueMessage(issue: RawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return '缺少必填字段';
			return `类型不对，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
		case 'invalid_value':
			return issue.values.length === 1 ? `只能是 ${String(issue.values[0])}` : '不是可选的值';
		case 'unrecognized_keys':
			return `未知的字段 ${issue.keys.join('、')}（拼写错误？此处不认识这个字段名）`;
		case 'too_small':
			if (issue.origin === 'array') return `至少要有 ${String(issue.minimum)} 项`;
			if (issue.origin === 'string') return `至少 ${String(issue.minimum)} 个字`;
			return `不能小于 ${String(issue.minimum)}`;
		case 'too_big':
			if (issue.origin === 'array') return `最多 ${String(issue.maximum)} 项`;
			if (issue.origin === 'string') return `最多 ${String(issue.maximum)} 个字`;
			return `不能大于 ${String(issue.maximum)}`;
		case 'invalid_format':
			return `格式不正确（应为 ${issue.format}）`;
		case 'invalid_union':
			return '不符合任何一种允许的写法';
		case 'invalid_key':
			return '字段名不正确';
		case 'not_multiple_of':
			return `必须是 ${String(issue.divisor)} 的倍数`;
		default:
			return '值不正确';
	}
}

/** Parse options that word every default issue in Chinese. */
export const CHINESE_ERRORS = { error: (issue: RawIssue) => chineseIssueMessage(issue) } as const;

/** Value as the author wrote it, short enough for one line of an error report. */
function shownValue(input: unknown): string | undefined {
	if (input === undefined || input === null) return undefined;
	if (typeof input === 'object') return undefined;
	return shorten(String(input), 40);
}

/** The value at `path` in `data`, for showing what was found. */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/**
 * Every issue of a failed parse as a ContentIssue. `prefix` is prepended to each path (a
 * list file's entry index); `lineOf` locates it in the source.
 */
export function schemaIssues(
	error: z.ZodError,
	data: unknown,
	file: string,
	lineOf: (path: FieldPath) => number | undefined,
	prefix: FieldPath = [],
): ContentIssue[] {
	return error.issues.map((issue) => {
		const path = [...prefix, ...(issue.path as Array<string | number>)];
		const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
		const fullPath = keys.length === 1 ? [...path, keys[0]!] : path;
		const choices = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
		const value = issue.code === 'unrecognized_keys' ? undefined : shownValue(valueAt(data, issue.path));
		return {
			file,
			field: formatFieldPath(fullPath) || '（整个文件）',
			line: lineOf(fullPath),
			message: issue.message,
			...(value === undefined ? {} : { value }),
			...(choices && choices.length > 1 ? { choices } : {}),
		};
	});
}
