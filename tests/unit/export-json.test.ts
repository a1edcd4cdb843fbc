import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	buildJsonExport,
	canonicalJson,
	digestOf,
	EXPORT_FORMAT,
	EXPORT_FORMAT_VERSION,
	exportFileName,
	exportFileSchema,
	manifestSchema,
	sha256Hex,
} from '../../src/lib/records/export-json.ts';
import { storedRecordSchema, type StoredRecord } from '../../src/lib/records/record.ts';
import { record as baseRecord } from './helpers/record-fixtures.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A saved 报修登记表 record with one value of several kinds. */
const record = (overrides: Partial<StoredRecord> = {}): StoredRecord =>
	baseRecord({
		values: {
			'repair-no': 'BX-20261126-001',
			urgency: '急修',
			issues: ['停水', '燃气味'],
			sign: { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' },
			materials: [{ item: '水管', qty: 2 }],
			callback: false,
		},
		...overrides,
	});

const first = record();
const second = record({
	id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
	kind: 'checklist',
	template: 'repair-audit',
	templateCode: 'repair-audit',
	templateVersion: 'B/02',
	status: 'finished',
	title: '',
	revision: 1,
	values: { items: { 'register-complete': { result: '符合', at: '2026-11-26T09:30:00+08:00' } } },
});

describe('canonicalJson', () => {
	it.each<[string, unknown, string]>([
		['a string', '报修', '"报修"'],
		['a number', 12.5, '12.5'],
		['null', null, 'null'],
		['a boolean', false, 'false'],
		['an empty object', {}, '{}'],
		['an array, order kept', [3, 1, 2], '[3,1,2]'],
		['keys sorted', { b: 1, a: 2, c: 3 }, '{"a":2,"b":1,"c":3}'],
		[
			'keys sorted at every level',
			{ b: { z: 1, y: [{ d: 1, c: 2 }] }, a: null },
			'{"a":null,"b":{"y":[{"c":2,"d":1}],"z":1}}',
		],
		['uppercase before lowercase (code unit order)', { b: 1, B: 2, a: 3 }, '{"B":2,"a":3,"b":1}'],
		['Chinese keys by code unit', { 甲: 1, 乙: 2 }, '{"乙":2,"甲":1}'],
		['hyphenated ids', { 'repair-no': 1, repair: 2, 'repair-at': 3 }, '{"repair":2,"repair-at":3,"repair-no":1}'],
		['undefined properties left out', { b: undefined, a: 1 }, '{"a":1}'],
		['a Date as its JSON text', { at: new Date('2026-11-26T01:30:00Z') }, '{"at":"2026-11-26T01:30:00.000Z"}'],
		['no whitespace', { a: [1, { b: 'x y' }] }, '{"a":[1,{"b":"x y"}]}'],
	])('writes %s', (_name, value, expected) => {
		expect(canonicalJson(value)).toBe(expected);
	});

	it.each<[string, unknown, unknown]>([
		['flat objects', { a: 1, b: 2 }, { b: 2, a: 1 }],
		['nested objects', { v: { x: 1, y: { p: 1, q: 2 } }, id: 'r' }, { id: 'r', v: { y: { q: 2, p: 1 }, x: 1 } }],
		['objects in arrays', [{ a: 1, b: 2 }], [{ b: 2, a: 1 }]],
		// Integer-like keys: JS orders them itself, whichever order they were written in.
		['integer-like keys', { '10': 'a', '2': 'b', x: 'c' }, { x: 'c', '2': 'b', '10': 'a' }],
		['records', first, Object.fromEntries(Object.entries(first).reverse())],
	])('writes %s the same whatever the key order', (_name, a, b) => {
		expect(canonicalJson(a)).toBe(canonicalJson(b));
	});

	it.each<[string, unknown, unknown]>([
		['array order', [1, 2], [2, 1]],
		['a value', { a: 1 }, { a: 2 }],
		['a number and its text', { a: 1 }, { a: '1' }],
		['a missing key and null', {}, { a: null }],
	])('tells apart %s', (_name, a, b) => {
		expect(canonicalJson(a)).not.toBe(canonicalJson(b));
	});

	it('reads back to the same value', () => {
		expect(JSON.parse(canonicalJson(first))).toEqual(first);
	});
});

describe('sha256Hex', () => {
	it.each([
		['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
		['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
		['The quick brown fox jumps over the lazy dog', 'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592'],
	])('hashes %j as %s', async (text, expected) => {
		expect(await sha256Hex(text)).toBe(expected);
	});

	it.each(['规程通', '报修登记表，急修', '😀', 'a\u0000b', '\uFEFF{"a":1}', 'x'.repeat(100_000)])(
		'hashes the UTF-8 bytes of %j as node:crypto does',
		async (text) => {
			expect(await sha256Hex(text)).toBe(nodeSha256(text));
		},
	);

	it('is 64 lowercase hex digits', async () => {
		expect(await sha256Hex('规程通')).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('digestOf', () => {
	it('hashes the canonical JSON of the records', async () => {
		expect(await digestOf([first, second])).toBe(nodeSha256(canonicalJson([first, second])));
	});

	it('hashes no records as the hash of []', async () => {
		expect(await digestOf([])).toBe(nodeSha256('[]'));
	});

	it('does not depend on key order', async () => {
		const reordered = Object.fromEntries(Object.entries(first).reverse());
		expect(await digestOf([reordered])).toBe(await digestOf([first]));
	});

	it.each<[string, unknown[]]>([
		['a changed value', [record({ values: { ...first.values, urgency: '一般' } })]],
		['a changed revision', [record({ revision: 4 })]],
		['another record order', [second, first]],
		['a record fewer', [first]],
	])('changes with %s', async (_name, records) => {
		expect(await digestOf(records)).not.toBe(await digestOf([first, second]));
	});
});

describe('buildJsonExport', () => {
	const exportedAt = '2026-11-26T11:00:00+08:00';

	it('writes the manifest and the records', async () => {
		const text = await buildJsonExport([first, second], '0.1.0', exportedAt);
		expect(JSON.parse(text)).toEqual({
			manifest: {
				format: 'guichengtong-records',
				formatVersion: 1,
				app: '规程通',
				appVersion: '0.1.0',
				exportedAt,
				recordCount: 2,
				templates: { 'repair-register': 'A/01', 'repair-audit': 'B/02' },
				digest: { algorithm: 'SHA-256', value: await digestOf([first, second]) },
			},
			records: [first, second],
		});
	});

	it('uses the exported constants', () => {
		expect(EXPORT_FORMAT).toBe('guichengtong-records');
		expect(EXPORT_FORMAT_VERSION).toBe(1);
	});

	it('is indented with two spaces, manifest first, and ends with a line break', async () => {
		const text = await buildJsonExport([first], '0.1.0', exportedAt);
		expect(
			text.startsWith('{\n  "manifest": {\n    "format": "guichengtong-records",\n    "formatVersion": 1,\n'),
		).toBe(true);
		expect(text.endsWith('\n  ]\n}\n')).toBe(true);
		expect(text.indexOf('"manifest"')).toBeLessThan(text.indexOf('"records"'));
	});

	it('has a digest equal to digestOf(records), also after reading the file back', async () => {
		const text = await buildJsonExport([first, second], '0.1.0', exportedAt);
		const file = JSON.parse(text) as { manifest: { digest: { value: string } }; records: unknown[] };
		expect(file.manifest.digest.value).toBe(await digestOf([first, second]));
		expect(file.manifest.digest.value).toBe(await digestOf(file.records));
	});

	it('writes an empty export', async () => {
		expect(JSON.parse(await buildJsonExport([], '0.2.0', exportedAt))).toEqual({
			manifest: {
				format: 'guichengtong-records',
				formatVersion: 1,
				app: '规程通',
				appVersion: '0.2.0',
				exportedAt,
				recordCount: 0,
				templates: {},
				digest: { algorithm: 'SHA-256', value: nodeSha256('[]') },
			},
			records: [],
		});
	});

	it('lists a template once for several of its records', async () => {
		const other = record({ id: '11111111-2222-4333-8444-555555555555', title: 'BX-20261126-002' });
		const file = JSON.parse(await buildJsonExport([first, other], '0.1.0', exportedAt)) as {
			manifest: { recordCount: number; templates: unknown };
		};
		expect(file.manifest.recordCount).toBe(2);
		expect(file.manifest.templates).toEqual({ 'repair-register': 'A/01' });
	});

	it('writes a file the import schemas accept, with records that are valid stored records', async () => {
		const file: unknown = JSON.parse(await buildJsonExport([first, second], '0.1.0', exportedAt));
		const parsed = exportFileSchema.safeParse(file);
		expect(parsed.success).toBe(true);
		for (const row of parsed.data?.records ?? []) expect(storedRecordSchema.safeParse(row).success).toBe(true);
	});

	it('keeps a deleted record deleted', async () => {
		const deleted = record({ deletedAt: '2026-11-27T08:00:00+08:00' });
		const file = JSON.parse(await buildJsonExport([deleted], '0.1.0', exportedAt)) as { records: unknown[] };
		expect(file.records).toEqual([deleted]);
	});
});

describe('manifestSchema', () => {
	const manifest = {
		format: 'guichengtong-records',
		formatVersion: 1,
		app: '规程通',
		appVersion: '0.1.0',
		exportedAt: '2026-11-26T11:00:00+08:00',
		recordCount: 0,
		templates: {},
		digest: { algorithm: 'SHA-256', value: nodeSha256('[]') },
	};

	it('accepts a manifest', () => {
		expect(manifestSchema.safeParse(manifest).success).toBe(true);
	});

	it.each<[string, Record<string, unknown>, string, string]>([
		['another format', { format: 'something-else' }, 'format', '不是规程通导出的记录文件'],
		['a newer format version', { formatVersion: 2 }, 'formatVersion', '文件格式版本不受支持'],
	])('rejects %s with its message', (_name, change, path, message) => {
		const result = manifestSchema.safeParse({ ...manifest, ...change });
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[path, message]]);
	});

	it.each<[string, Record<string, unknown>, string]>([
		['a negative record count', { recordCount: -1 }, 'recordCount'],
		['a fractional record count', { recordCount: 1.5 }, 'recordCount'],
		[
			'an uppercase digest',
			{ digest: { algorithm: 'SHA-256', value: nodeSha256('[]').toUpperCase() } },
			'digest.value',
		],
		['a short digest', { digest: { algorithm: 'SHA-256', value: 'abc' } }, 'digest.value'],
		['another algorithm', { digest: { algorithm: 'MD5', value: nodeSha256('[]') } }, 'digest.algorithm'],
	])('rejects %s', (_name, change, path) => {
		const result = manifestSchema.safeParse({ ...manifest, ...change });
		expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
	});
});

describe('exportFileName', () => {
	it.each<[string, Date, 'json' | 'csv', string]>([
		['记录', new Date(2026, 10, 26, 9, 30), 'json', '规程通-记录-20261126-0930.json'],
		['报修登记表', new Date(2026, 10, 26, 9, 30, 59), 'csv', '规程通-报修登记表-20261126-0930.csv'],
		['记录', new Date(2026, 0, 2, 3, 4), 'json', '规程通-记录-20260102-0304.json'],
		['记录', new Date(2026, 11, 31, 23, 59), 'json', '规程通-记录-20261231-2359.json'],
		// Local time: 16:05 UTC is five past midnight the next day in Shanghai.
		['记录', new Date('2026-11-26T16:05:00Z'), 'json', '规程通-记录-20261127-0005.json'],
	])('names %s at %s as %s', (kind, at, extension, expected) => {
		expect(exportFileName(kind, at, extension)).toBe(expected);
	});
});
