import { describe, expect, it } from 'vitest';
import {
	describeJsonProblem,
	lineAndColumn,
	locateJsonProblem,
	readJsonObject,
} from '../../src/lib/records/json-text.ts';

/** An export-like file: nested objects, arrays, Chinese text, escapes, numbers, literals. */
const FILE = `${JSON.stringify(
	{
		manifest: { format: 'guichengtong-records', recordCount: 2, digest: { value: 'ab'.repeat(32) } },
		records: [
			{ id: 'a', title: '报修“漏水”\n厨房', values: { fee: -12.5e2, ok: true, none: null, list: ['停水', 'x\\y'] } },
			{ id: 'b', title: '😀 \u0001', values: {} },
		],
	},
	null,
	2,
)}\n`;

describe('readJsonObject', () => {
	it('reads an object', () => {
		expect(readJsonObject(FILE)).toEqual({ ok: true, value: JSON.parse(FILE) });
	});

	it.each(['', ' ', '\r\n\t '])('calls %j empty', (text) => {
		expect(readJsonObject(text)).toEqual({ ok: false, message: '文件是空的' });
	});

	it.each<[string, string, string]>([
		[
			'a truncated file',
			'{\n  "manifest": {\n    "format": "guichen',
			'文件不是完整的 JSON：第 3 行第 23 列附近意外结束（文件可能被截断）',
		],
		[
			'a file cut after a line break',
			'{\n  "records": [\n',
			'文件不是完整的 JSON：第 2 行第 15 列附近意外结束（文件可能被截断）',
		],
		['a file cut inside an escape', '{"a": "x\\', '文件不是完整的 JSON：第 1 行第 10 列附近意外结束（文件可能被截断）'],
		['a file cut inside \\u', '{"a": "\\u00', '文件不是完整的 JSON：第 1 行第 12 列附近意外结束（文件可能被截断）'],
		['a file cut inside true', '{"a": tr', '文件不是完整的 JSON：第 1 行第 9 列附近意外结束（文件可能被截断）'],
		['a file cut after a number', '{"a": 12', '文件不是完整的 JSON：第 1 行第 9 列附近意外结束（文件可能被截断）'],
		['a file cut inside a number', '{"a": 1.', '文件不是完整的 JSON：第 1 行第 9 列附近意外结束（文件可能被截断）'],
		['a file cut after a minus', '[-', '文件不是完整的 JSON：第 1 行第 3 列附近意外结束（文件可能被截断）'],
		['a file cut after a colon', '{"a":', '文件不是完整的 JSON：第 1 行第 6 列附近意外结束（文件可能被截断）'],
		[
			'trailing garbage',
			'{"a": 1}\n}',
			'文件不是有效的 JSON：第 2 行第 1 列起是多余的内容，JSON 在此之前已经结束（可能是两个文件拼在了一起，或被编辑过）',
		],
		[
			'two objects',
			'{"a": 1}{"b": 2}',
			'文件不是有效的 JSON：第 1 行第 9 列起是多余的内容，JSON 在此之前已经结束（可能是两个文件拼在了一起，或被编辑过）',
		],
		[
			'a trailing comma',
			'{"a": [1, 2,]}',
			'文件不是有效的 JSON：第 1 行第 13 列的 “]” 不应出现在这里（文件可能被编辑过）',
		],
		[
			'a missing comma',
			'{"a": 1\n "b": 2}',
			'文件不是有效的 JSON：第 2 行第 2 列的 “"” 不应出现在这里（文件可能被编辑过）',
		],
		['single quotes', "{'a': 1}", "文件不是有效的 JSON：第 1 行第 2 列的 “'” 不应出现在这里（文件可能被编辑过）"],
		[
			'a comment',
			'{\n  // note\n  "a": 1}',
			'文件不是有效的 JSON：第 2 行第 3 列的 “/” 不应出现在这里（文件可能被编辑过）',
		],
		['a bad escape', '{"a": "\\x"}', '文件不是有效的 JSON：第 1 行第 9 列的 “x” 不应出现在这里（文件可能被编辑过）'],
		[
			'a bad \\u escape',
			'{"a": "\\u00g0"}',
			'文件不是有效的 JSON：第 1 行第 12 列的 “g” 不应出现在这里（文件可能被编辑过）',
		],
		[
			'a raw line break in a string',
			'{"a": "x\ny"}',
			'文件不是有效的 JSON：第 1 行第 9 列的 控制字符 U+000A 不应出现在这里（文件可能被编辑过）',
		],
		[
			'a misspelt literal',
			'{"a": ture}',
			'文件不是有效的 JSON：第 1 行第 8 列的 “u” 不应出现在这里（文件可能被编辑过）',
		],
		['a leading zero', '{"a": 01}', '文件不是有效的 JSON：第 1 行第 8 列的 “1” 不应出现在这里（文件可能被编辑过）'],
		[
			'Chinese punctuation',
			'{"a"：1}',
			'文件不是有效的 JSON：第 1 行第 5 列的 “：” 不应出现在这里（文件可能被编辑过）',
		],
		[
			'an emoji outside a string, columns in characters',
			'{"😀": 1, 😀}',
			'文件不是有效的 JSON：第 1 行第 10 列的 “😀” 不应出现在这里（文件可能被编辑过）',
		],
	])('explains %s in Chinese, with line and column', (_name, text, message) => {
		expect(readJsonObject(text)).toEqual({ ok: false, message });
	});

	it.each<[string, string, string]>([
		['an array', '[{"manifest": {}}]', '一个列表（[…]）'],
		['a string', '"records"', '一段文字'],
		['a number', '42', '一个数字'],
		['true', 'true', '一个真假值（true/false）'],
		['null', 'null', 'null'],
	])('refuses %s at the top level', (_name, text, kind) => {
		expect(readJsonObject(text)).toEqual({
			ok: false,
			message: `文件的最外层应是一个对象（{…}），这里是${kind}：不是规程通导出的文件`,
		});
	});

	it('never passes on the browser’s English message', () => {
		for (const text of ['{', '{"a":}', '{"a": 1} x', '[1,,2]', '{"a" 1}', '{"a": "\\q"}']) {
			const result = readJsonObject(text);
			expect(result.ok).toBe(false);
			expect(result.ok ? '' : result.message).toMatch(/^文件不是(完整|有效)的 JSON：第 \d+ 行第 \d+ 列/);
			expect(result.ok ? '' : result.message.replaceAll('JSON', '')).not.toMatch(/[A-Za-z]{4,}/);
		}
	});
});

describe('locateJsonProblem', () => {
	it('finds nothing wrong in valid JSON', () => {
		for (const text of [
			FILE,
			'{}',
			'[]',
			'{"a":[]}',
			'[[[]]]',
			' {"a" : { "b" : [ 1 , -0.5E+3 , "c" ] } } ',
			'"x"',
			'0',
			'null',
		])
			expect(locateJsonProblem(text)).toBeNull();
	});

	it('finds the end of every truncated prefix of a file', () => {
		for (let n = 1; n < FILE.trimEnd().length; n++) {
			const prefix = FILE.slice(0, n);
			expect(locateJsonProblem(prefix), `prefix of ${n}`).toEqual({ kind: 'end', at: n });
		}
	});

	it('agrees with JSON.parse on whether text is JSON, for text with one character changed (seeded)', () => {
		let seed = 7;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed % n;
		};
		const alphabet = '{}[]":,.-+eE0123456789 \n\\tfnrlsau报';
		for (let k = 0; k < 3000; k++) {
			const at = random(FILE.length);
			const text = FILE.slice(0, at) + alphabet[random(alphabet.length)] + FILE.slice(at + random(2));
			let parses = true;
			try {
				JSON.parse(text);
			} catch {
				parses = false;
			}
			expect(locateJsonProblem(text) === null, JSON.stringify(text.slice(Math.max(0, at - 10), at + 10))).toBe(parses);
		}
	});

	it('handles deep nesting without running out of stack', () => {
		const deep = '['.repeat(100_000);
		expect(locateJsonProblem(deep)).toEqual({ kind: 'end', at: 100_000 });
		expect(locateJsonProblem(`${deep}${']'.repeat(100_000)}`)).toBeNull();
	});
});

describe('lineAndColumn', () => {
	it.each<[string, number, number, number]>([
		['abc', 0, 1, 1],
		['abc', 3, 1, 4],
		['a\nbc', 3, 2, 2],
		['a\r\nbc', 4, 2, 2],
		['a\rbc', 3, 2, 2],
		['\n\n\n', 3, 4, 1],
		['报修单号', 2, 1, 3],
		['😀😀x', 4, 1, 3],
	])('places %j index %i at line %i column %i', (text, at, line, column) => {
		expect(lineAndColumn(text, at)).toEqual({ line, column });
	});
});

describe('describeJsonProblem', () => {
	it('points a truncation at the last character written, not at the white space after it', () => {
		expect(describeJsonProblem('{\n  "a": [1,\n\n   ', { kind: 'end', at: 17 })).toBe(
			'文件不是完整的 JSON：第 2 行第 11 列附近意外结束（文件可能被截断）',
		);
	});
});
