/**
 * Reading a JSON file a person chose, and saying in Chinese what is wrong with it and where.
 * The browser's own messages are English and differ between engines ("Unterminated string
 * in JSON at position 918", "JSON.parse: unterminated string at line 12 column 5"), so when
 * JSON.parse fails the text is scanned again here to find where and how it breaks: a file
 * that stops early (an interrupted download, a full phone), text after the end (two files
 * pasted together), or a character that cannot stand where it is.
 */

export type JsonRead = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

export type JsonProblemKind = 'end' | 'trailing' | 'unexpected';

export interface JsonProblem {
	kind: JsonProblemKind;
	/** UTF-16 index in the text. */
	at: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Broken extends Error {
	constructor(readonly problem: JsonProblem) {
		super(problem.kind);
	}
}

/** Where and how `text` stops being JSON, or null when it is JSON. Iterative, so deep nesting cannot overflow. */
export function locateJsonProblem(text: string): JsonProblem | null {
	const n = text.length;
	let i = 0;
	const fail = (kind: JsonProblemKind, at = i): never => {
		throw new Broken({ kind, at });
	};
	const need = () => {
		if (i >= n) fail('end');
	};
	const skip = () => {
		while (i < n && WHITESPACE.has(text[i]!)) i++;
	};
	const string = () => {
		i++;
		for (;;) {
			need();
			const c = text[i]!;
			if (c === '"') return void i++;
			if (c === '\\') {
				i++;
				need();
				if (text[i] === 'u') {
					for (let k = 1; k <= 4; k++) {
						if (i + k >= n) fail('end', n);
						if (!HEX.test(text[i + k]!)) fail('unexpected', i + k);
					}
					i += 5;
				} else if (ESCAPES.has(text[i]!)) i++;
				else fail('unexpected');
			} else if (c < ' ') fail('unexpected');
			else i++;
		}
	};
	const literal = (word: string) => {
		for (let k = 0; k < word.length; k++, i++) {
			need();
			if (text[i] !== word[k]) fail('unexpected');
		}
	};
	const number = () => {
		NUMBER.lastIndex = i;
		const match = NUMBER.exec(text);
		if (!match) return text[i] === '-' && i + 1 >= n ? fail('end', n) : fail('unexpected');
		i += match[0].length;
		// `1.` or `2e` at the very end: the number was cut off.
		if (i < n && '.eE+-'.includes(text[i]!) && /^[.eE+-]*$/.test(text.slice(i))) fail('end', n);
	};
	const value = (): '{' | '[' | undefined => {
		skip();
		need();
		const c = text[i]!;
		if (c === '{' || c === '[') {
			i++;
			return c;
		}
		if (c === '"') string();
		else if (c === 't') literal('true');
		else if (c === 'f') literal('false');
		else if (c === 'n') literal('null');
		else number();
		return undefined;
	};
	const key = () => {
		skip();
		need();
		if (text[i] !== '"') fail('unexpected');
		string();
		skip();
		need();
		if (text[i] !== ':') fail('unexpected');
		i++;
	};

	try {
		const stack: Array<'{' | '['> = [];
		// Each turn reads one value, then the closing brackets and the comma after it.
		let opened = value();
		for (;;) {
			if (opened) {
				skip();
				need();
				const close = opened === '{' ? '}' : ']';
				if (text[i] === close) i++;
				else {
					stack.push(opened);
					if (opened === '{') key();
					opened = value();
					continue;
				}
			}
			for (;;) {
				skip();
				const top = stack.at(-1);
				if (!top) {
					if (i < n) fail('trailing');
					return null;
				}
				need();
				if (text[i] === (top === '{' ? '}' : ']')) {
					stack.pop();
					i++;
					continue;
				}
				if (text[i] !== ',') fail('unexpected');
				i++;
				if (top === '{') key();
				break;
			}
			opened = value();
		}
	} catch (error) {
		if (error instanceof Broken) return error.problem;
		throw error;
	}
}

/** Line and column (1-based, columns in characters as an editor counts them) of index `at`. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < at; i++) {
		const c = text[i];
		if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: [...text.slice(start, at)].length + 1 };
}

function shown(character: string): string {
	const code = character.codePointAt(0)!;
	return code < 0x20 || code === 0x7f
		? `控制字符 U+${code.toString(16).toUpperCase().padStart(4, '0')}`
		: `“${character}”`;
}

/** The Chinese message for where `text` stops being JSON. */
export function describeJsonProblem(text: string, problem: JsonProblem): string {
	if (problem.kind === 'end') {
		// Point at the last thing written, not at whitespace or a line break after it.
		const { line, column } = lineAndColumn(text, text.trimEnd().length);
		return `文件不是完整的 JSON：第 ${line} 行第 ${column} 列附近意外结束（文件可能被截断）`;
	}
	const { line, column } = lineAndColumn(text, problem.at);
	if (problem.kind === 'trailing') {
		return `文件不是有效的 JSON：第 ${line} 行第 ${column} 列起是多余的内容，JSON 在此之前已经结束（可能是两个文件拼在了一起，或被编辑过）`;
	}
	const character = String.fromCodePoint(text.codePointAt(problem.at)!);
	return `文件不是有效的 JSON：第 ${line} 行第 ${column} 列的 ${shown(character)} 不应出现在这里（文件可能被编辑过）`;
}

const KIND_OF: Array<[(v: unknown) => boolean, string]> = [
	[Array.isArray, '一个列表（[…]）'],
	[(v) => v === null, 'null'],
	[(v) => typeof v === 'string', '一段文字'],
	[(v) => typeof v === 'number', '一个数字'],
	[(v) => typeof v === 'boolean', '一个真假值（true/false）'],
];

/**
 * Parses a JSON file whose top level must be an object, as every export of ours is. The
 * message says what is wrong in words a person can act on: empty, cut off (with line and
 * column), text after the end, a stray character, or the wrong kind of value at the top.
 */
export function readJsonObject(text: string): JsonRead {
	if (text.trim() === '') return { ok: false, message: '文件是空的' };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		const problem = locateJsonProblem(text);
		return { ok: false, message: problem ? describeJsonProblem(text, problem) : '文件不是有效的 JSON' };
	}
	if (typeof value === 'object' && value !== null && !Array.isArray(value))
		return { ok: true, value: value as Record<string, unknown> };
	const kind = KIND_OF.find(([test]) => test(value))?.[1] ?? '别的内容';
	return { ok: false, message: `文件的最外层应是一个对象（{…}），这里是${kind}：不是规程通导出的文件` };
}
