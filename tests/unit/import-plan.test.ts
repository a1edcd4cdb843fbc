import { describe, expect, it } from 'vitest';
import { buildJsonExport, digestOf } from '../../src/lib/records/export-json.ts';
import {
	MAX_IMPORT_BYTES,
	planImport,
	resolveImport,
	type ImportPlan,
	type PlanResult,
	type TemplateCatalog,
} from '../../src/lib/records/import-plan.ts';
import type { StoredRecord } from '../../src/lib/records/record.ts';
import { recordsToCsv } from '../../src/lib/records/records-csv.ts';
import { field } from './helpers/record-fixtures.ts';

const form: TemplateCatalog['forms'][number] = {
	id: 'repair-register',
	code: 'RBWY/JL-kf01-06-01',
	title: '报修登记表',
	version: 'A/01',
	fields: [
		field({
			id: 'no',
			label: '报修单号',
			type: 'text',
			required: true,
			pattern: '^BX-\\d{8}-\\d{3}$',
			patternMessage: '报修单号应形如 BX-20260301-001',
		}),
		field({ id: 'urgency', label: '紧急程度', type: 'choice', required: true, options: ['急修', '一般'] }),
		field({ id: 'issues', label: '故障类型', type: 'multichoice', options: ['停水', '停电'] }),
		field({ id: 'sign', label: '业主签字', type: 'signature' }),
		field({
			id: 'materials',
			label: '材料',
			type: 'table',
			columns: [
				{ id: 'item', label: '材料名称', type: 'text', required: true },
				{ id: 'qty', label: '数量', type: 'number', required: true, min: 1 },
			],
		}),
	],
	rules: [],
};

const checklist: TemplateCatalog['checklists'][number] = {
	id: 'repair-audit',
	kind: 'audit',
	title: '报修管理审核清单',
	procedure: 'kf01-06',
	items: [
		{ id: 'register-complete', text: '登记表各栏填写完整', clause: '4.1.1' },
		{ id: 'urgent-arrival', text: '急修30分钟内到场', clause: '4.3.1' },
	],
};

const catalog: TemplateCatalog = { forms: [form], checklists: [checklist] };

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function formRecord(n: number, overrides: Partial<StoredRecord> = {}): StoredRecord {
	return {
		id: uuid(n),
		kind: 'form',
		template: 'repair-register',
		templateCode: 'RBWY/JL-kf01-06-01',
		templateVersion: 'A/01',
		procedure: 'kf01-06',
		procedureVersion: 'A/0',
		status: 'saved',
		title: `BX-20261126-00${n}`,
		createdAt: '2026-11-26T09:30:00+08:00',
		updatedAt: '2026-11-26T10:45:00+08:00',
		revision: 2,
		values: {
			no: `BX-20261126-00${n}`,
			urgency: '急修',
			issues: ['停水'],
			sign: { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' },
			materials: [{ item: '=水管', qty: 2 }],
		},
		...overrides,
	};
}

function runRecord(n: number, items: Record<string, unknown>): StoredRecord {
	return {
		...formRecord(n),
		kind: 'checklist',
		template: 'repair-audit',
		templateCode: 'repair-audit',
		status: 'finished',
		title: '',
		values: { auditor: '王五', items },
	};
}

const AT = '2026-11-26T09:30:00+08:00';
const exportedAt = '2026-11-26T11:00:00+08:00';

async function jsonOf(records: readonly StoredRecord[]): Promise<string> {
	return buildJsonExport(records, '0.1.0', exportedAt);
}

/** The export text with its parsed body changed by `edit`, re-serialised. */
async function tampered(
	records: readonly StoredRecord[],
	edit: (file: { manifest: Record<string, unknown>; records: unknown[] }) => void,
): Promise<string> {
	const file = JSON.parse(await jsonOf(records)) as { manifest: Record<string, unknown>; records: unknown[] };
	edit(file);
	return JSON.stringify(file, null, 2);
}

function planOf(result: PlanResult): ImportPlan {
	if (!result.ok) throw new Error(`expected a plan, got: ${result.message}`);
	return result.plan;
}

describe('planImport: JSON', () => {
	it('sorts records into additions, conflicts, unchanged and rejected', async () => {
		const added = formRecord(1);
		const same = formRecord(2);
		const changed = formRecord(3, { title: '改过的标题', revision: 4 });
		const stored3 = formRecord(3);
		const invalid = formRecord(4, { values: { ...formRecord(4).values, no: 'BX-4' } });
		const run = runRecord(5, { 'register-complete': { result: '符合', at: AT } });
		const badRun = runRecord(6, { 'urgent-arrival': { result: '不符合', at: AT } });
		const existing = [same, stored3, formRecord(9)];
		const result = await planImport(await jsonOf([added, same, changed, invalid, run, badRun]), existing, catalog);
		expect(result).toEqual({
			ok: true,
			plan: {
				source: 'json',
				digest: 'ok',
				manifest: {
					format: 'guichengtong-records',
					formatVersion: 1,
					app: '规程通',
					appVersion: '0.1.0',
					exportedAt,
					recordCount: 6,
					templates: { 'repair-register': 'A/01', 'repair-audit': 'A/01' },
					digest: { algorithm: 'SHA-256', value: await digestOf([added, same, changed, invalid, run, badRun]) },
				},
				additions: [added, run],
				conflicts: [
					{
						row: 3,
						incoming: changed,
						existing: stored3,
						differences: [
							{ label: '标题', mine: 'BX-20261126-003', theirs: '改过的标题' },
							{ label: '修订号', mine: '2', theirs: '4' },
						],
					},
				],
				unchanged: [same],
				rejected: [
					{ row: 4, field: 'values.no', message: '报修单号应形如 BX-20260301-001' },
					{ row: 6, field: 'values.items.urgent-arrival', message: '不符合项必须写明证据' },
				],
				notices: [],
			},
		});
	});

	it('plans nothing for an export of no records', async () => {
		expect(planOf(await planImport(await jsonOf([]), [], catalog))).toEqual({
			source: 'json',
			digest: 'ok',
			manifest: {
				format: 'guichengtong-records',
				formatVersion: 1,
				app: '规程通',
				appVersion: '0.1.0',
				exportedAt,
				recordCount: 0,
				templates: {},
				digest: { algorithm: 'SHA-256', value: await digestOf([]) },
			},
			additions: [],
			conflicts: [],
			unchanged: [],
			rejected: [],
			notices: [],
		});
	});

	it.each<[string, (text: string) => string]>([
		['a BOM', (text) => `\uFEFF${text}`],
		['leading white space', (text) => `\n  \t${text}`],
		['no indentation', (text) => JSON.stringify(JSON.parse(text))],
	])('reads an export with %s', async (_name, change) => {
		const plan = planOf(await planImport(change(await jsonOf([formRecord(1)])), [], catalog));
		expect(plan.source).toBe('json');
		expect(plan.digest).toBe('ok');
		expect(plan.additions).toEqual([formRecord(1)]);
	});

	it('finds the same record unchanged whatever the key order in the file', async () => {
		const reordered = Object.fromEntries(Object.entries(formRecord(1)).reverse());
		const text = await tampered([formRecord(1)], (file) => {
			file.records[0] = reordered;
		});
		const plan = planOf(await planImport(text, [formRecord(1)], catalog));
		expect(plan.digest).toBe('ok');
		expect(plan.unchanged).toEqual([formRecord(1)]);
		expect(plan.conflicts).toEqual([]);
	});

	it('reports a conflict for a stored record that was deleted since', async () => {
		const stored = formRecord(1, { deletedAt: '2026-11-27T08:00:00+08:00' });
		const plan = planOf(await planImport(await jsonOf([formRecord(1)]), [stored], catalog));
		expect(plan.conflicts).toEqual([
			{
				row: 1,
				incoming: formRecord(1),
				existing: stored,
				differences: [{ label: '删除时间', mine: '2026-11-27 08:00', theirs: '—' }],
			},
		]);
	});

	describe('digest', () => {
		it.each<[string, (file: { manifest: Record<string, unknown>; records: unknown[] }) => void]>([
			[
				'a value changed',
				(file) => {
					(file.records[0] as StoredRecord).values['urgency'] = '一般';
				},
			],
			[
				'a revision changed',
				(file) => {
					(file.records[1] as StoredRecord).revision = 9;
				},
			],
			[
				'records swapped',
				(file) => {
					file.records.reverse();
				},
			],
			[
				'the digest itself edited',
				(file) => {
					file.manifest['digest'] = { algorithm: 'SHA-256', value: '0'.repeat(64) };
				},
			],
		])('is a mismatch after %s, and the records are still planned', async (_name, edit) => {
			const text = await tampered([formRecord(1), formRecord(2)], edit);
			const plan = planOf(await planImport(text, [], catalog));
			expect(plan.digest).toBe('mismatch');
			expect(plan.additions.map((r) => r.id).sort()).toEqual([uuid(1), uuid(2)]);
			expect(plan.rejected).toEqual([]);
		});

		it('stays ok when only the manifest’s other fields change', async () => {
			const text = await tampered([formRecord(1)], (file) => {
				file.manifest['appVersion'] = '9.9.9';
				file.manifest['exportedAt'] = 'yesterday';
			});
			expect(planOf(await planImport(text, [], catalog)).digest).toBe('ok');
		});
	});

	describe('rejected rows', () => {
		it.each<[string, unknown, Array<{ field: string; message: string }>]>([
			['a malformed id', { ...formRecord(1), id: 'BX-1' }, [{ field: 'id', message: '记录编号格式不正确' }]],
			[
				'an uppercase id',
				{ ...formRecord(1), id: uuid(1).toUpperCase().replace('0000-4000-8000', 'ABCD-4000-8000') },
				[{ field: 'id', message: '记录编号格式不正确' }],
			],
			[
				'a time without offset',
				{ ...formRecord(1), updatedAt: '2026-11-26 10:45' },
				[{ field: 'updatedAt', message: '时间必须是带时区的 ISO 8601 格式' }],
			],
			[
				'a bad deletion time',
				{ ...formRecord(1), deletedAt: '昨天' },
				[{ field: 'deletedAt', message: '时间必须是带时区的 ISO 8601 格式' }],
			],
			[
				'an unknown form',
				{ ...formRecord(1), template: 'visit-register' },
				[{ field: 'template', message: '未知的表单 visit-register' }],
			],
			[
				'an unknown checklist',
				{ ...runRecord(1, {}), template: 'fire-audit' },
				[{ field: 'template', message: '未知的清单 fire-audit' }],
			],
			[
				'a form field the form does not have',
				formRecord(1, { values: { ...formRecord(1).values, colour: '红' } }),
				[{ field: 'values.colour', message: '含有表单中没有的字段' }],
			],
			[
				'several bad values',
				formRecord(1, { values: { no: '', urgency: '特急', materials: [{ item: '水管', qty: 0 }] } }),
				[
					{ field: 'values.no', message: '请填写报修单号' },
					{ field: 'values.urgency', message: '紧急程度请从选项中选择' },
					{ field: 'values.materials.0.qty', message: '数量不能小于 1' },
				],
			],
			[
				'a checklist conclusion that is not one',
				runRecord(1, { 'urgent-arrival': { result: '基本符合', at: AT } }),
				[{ field: 'values.items.urgent-arrival.result', message: '结论只能是 符合、不符合 或 不适用' }],
			],
		])('rejects %s with the field and message', async (_name, raw, problems) => {
			const text = await tampered([formRecord(8)], (file) => {
				file.records.push(raw);
				file.manifest['recordCount'] = 2;
			});
			const plan = planOf(await planImport(text, [], catalog));
			expect(plan.additions).toEqual([formRecord(8)]);
			expect(plan.rejected).toEqual(problems.map((p) => ({ row: 2, ...p })));
		});

		it.each<[string, unknown, string[]]>([
			['a record that is not an object', 42, ['(记录)']],
			['null', null, ['(记录)']],
			['an unknown kind', { ...formRecord(1), kind: 'note' }, ['kind']],
			['an unknown status', { ...formRecord(1), status: 'archived' }, ['status']],
			['revision 0', { ...formRecord(1), revision: 0 }, ['revision']],
			['a procedure id of another shape', { ...formRecord(1), procedure: 'kf1-6' }, ['procedure']],
			[
				'missing times',
				(({ createdAt: _c, updatedAt: _u, ...rest }) => rest)(formRecord(1)),
				['createdAt', 'updatedAt'],
			],
			['values that are not an object', { ...formRecord(1), values: 'BX-1' }, ['values']],
			[
				'an unknown checklist item',
				runRecord(1, { 'not-an-item': { result: '符合', at: AT } }),
				['values.items.not-an-item'],
			],
		])('rejects %s at the right field', async (_name, raw, fields) => {
			const text = await tampered([], (file) => {
				file.records.push(raw);
				file.manifest['recordCount'] = 1;
			});
			const plan = planOf(await planImport(text, [], catalog));
			expect(plan.additions).toEqual([]);
			expect(plan.rejected.map((p) => [p.row, p.field])).toEqual(fields.map((f) => [1, f]));
		});

		it('rejects the second of two records with the same id in one file', async () => {
			const again = formRecord(1, { title: '另一份' });
			const plan = planOf(await planImport(await jsonOf([formRecord(1), formRecord(2), again]), [], catalog));
			expect(plan.additions).toEqual([formRecord(1), formRecord(2)]);
			expect(plan.rejected).toEqual([{ row: 3, field: 'id', message: '文件中有重复的记录编号' }]);
		});

		it('rejects an exact duplicate too, even when it is stored already', async () => {
			const plan = planOf(await planImport(await jsonOf([formRecord(1), formRecord(1)]), [formRecord(1)], catalog));
			expect(plan.unchanged).toEqual([formRecord(1)]);
			expect(plan.rejected).toEqual([{ row: 2, field: 'id', message: '文件中有重复的记录编号' }]);
		});
	});

	// Was a bug: planImport validated every form record's values as a finished form, whatever its
	// status. Drafts are autosaved unvalidated, and the form page offers JSON export precisely when
	// the browser cannot store (本页内容仍可导出), so a half-filled draft exported by the app cannot
	// be imported back: actual rejected [{ row: 1, field: 'values.no', message: '报修单号格式不正确' },
	// { row: 1, field: 'values.urgency', message: '紧急程度请从选项中选择' }]. Checklist runs
	// in progress, by contrast, are accepted (validateRun allows partial runs).
	it('imports back a half-filled draft that the app exported', async () => {
		const draft = formRecord(1, { status: 'draft', title: '', revision: 1, values: { issues: ['停水'] } });
		const plan = planOf(await planImport(await jsonOf([draft]), [], catalog));
		expect(plan.rejected).toEqual([]);
		expect(plan.additions).toEqual([draft]);
	});

	it('imports a checklist run in progress', async () => {
		const run = runRecord(1, { 'urgent-arrival': { result: '符合', at: AT } });
		const draft = { ...run, status: 'draft' as const };
		expect(planOf(await planImport(await jsonOf([draft]), [], catalog)).additions).toEqual([draft]);
	});

	describe('files it refuses', () => {
		it('refuses a record count that does not match', async () => {
			const text = await tampered([formRecord(1), formRecord(2)], (file) => {
				file.manifest['recordCount'] = 3;
			});
			expect(await planImport(text, [], catalog)).toEqual({
				ok: false,
				message: '文件声明有 3 条记录，实际有 2 条：文件不完整或被修改过',
			});
		});

		it('refuses a file with a record cut out', async () => {
			const text = await tampered([formRecord(1), formRecord(2)], (file) => {
				file.records.pop();
			});
			expect(await planImport(text, [], catalog)).toEqual({
				ok: false,
				message: '文件声明有 2 条记录，实际有 1 条：文件不完整或被修改过',
			});
		});

		it.each<[string, string]>([
			['{', '文件不是完整的 JSON：第 1 行第 2 列附近意外结束（文件可能被截断）'],
			['{"manifest": ', '文件不是完整的 JSON：第 1 行第 13 列附近意外结束（文件可能被截断）'],
			['{"manifest": {}, }', '文件不是有效的 JSON：第 1 行第 18 列的 “}” 不应出现在这里（文件可能被编辑过）'],
			["{'a': 1}", "文件不是有效的 JSON：第 1 行第 2 列的 “'” 不应出现在这里（文件可能被编辑过）"],
		])('refuses the malformed JSON %j in Chinese, saying where', async (text, message) => {
			expect(await planImport(text, [], catalog)).toEqual({ ok: false, message });
		});

		it('refuses a truncated export, with the line and column where it ends', async () => {
			const text = await jsonOf([formRecord(1)]);
			const cut = text.slice(0, text.indexOf('"BX-20261126-001"') + 5);
			const line = cut.split('\n').length;
			const column = cut.length - cut.lastIndexOf('\n');
			expect(await planImport(cut, [], catalog)).toEqual({
				ok: false,
				message: `文件不是完整的 JSON：第 ${line} 行第 ${column} 列附近意外结束（文件可能被截断）`,
			});
		});

		it('refuses an export with another file pasted after it', async () => {
			const text = await jsonOf([formRecord(1)]);
			const result = await planImport(`${text}${text}`, [], catalog);
			expect(result.ok ? '' : result.message).toMatch(
				/^文件不是有效的 JSON：第 \d+ 行第 1 列起是多余的内容，JSON 在此之前已经结束/,
			);
		});

		it.each<[string, (file: { manifest: Record<string, unknown>; records: unknown[] }) => void, string]>([
			[
				'another format',
				(file) => {
					file.manifest['format'] = 'other-app';
				},
				'不是规程通导出的记录文件：manifest.format 不是规程通导出的记录文件',
			],
			[
				'a newer format version',
				(file) => {
					file.manifest['formatVersion'] = 2;
				},
				'不是规程通导出的记录文件：manifest.formatVersion 文件格式版本不受支持',
			],
		])('refuses %s', async (_name, edit, message) => {
			expect(await planImport(await tampered([formRecord(1)], edit), [], catalog)).toEqual({ ok: false, message });
		});

		it.each<[string, () => Promise<string>, string]>([
			['JSON of another shape', () => Promise.resolve('{"records": []}'), 'manifest'],
			[
				'records that are not a list',
				() =>
					tampered([], (file) => {
						file.records = {} as unknown[];
					}),
				'records',
			],
			[
				'a manifest without digest',
				() =>
					tampered([], (file) => {
						delete file.manifest['digest'];
					}),
				'manifest.digest',
			],
		])('refuses %s, naming where', async (_name, build, path) => {
			const result = await planImport(await build(), [], catalog);
			expect(result.ok).toBe(false);
			expect(result.ok ? '' : result.message.startsWith(`不是规程通导出的记录文件：${path} `)).toBe(true);
		});
	});
});

describe('planImport: files that are neither', () => {
	it.each<[string, string, string]>([
		['an empty file', '', '文件是空的'],
		['only a BOM', '\uFEFF', '文件是空的'],
		['only white space', ' \r\n\t ', '文件是空的'],
		['a BOM and white space', '\uFEFF  \n', '文件是空的'],
		['plain text', '报修登记：张三，3-2-1502', '无法识别的文件：请选择规程通导出的 .json 或 .csv 文件'],
		['a JSON array', '[{"id": 1}]', '文件的最外层应是一个对象（{…}），这里是一个列表（[…]）：不是规程通导出的文件'],
		[
			'a CSV without 记录编号 in its first line',
			'姓名,电话\r\n张三,13800000000\r\n',
			'无法识别的文件：请选择规程通导出的 .json 或 .csv 文件',
		],
		[
			'记录编号 only on the second line',
			'说明\r\n记录编号,表单编号\r\n',
			'无法识别的文件：请选择规程通导出的 .json 或 .csv 文件',
		],
	])('refuses %s', async (_name, text, message) => {
		expect(await planImport(text, [], catalog)).toEqual({ ok: false, message });
	});

	it('has a 10 MB limit', () => {
		expect(MAX_IMPORT_BYTES).toBe(10 * 1024 * 1024);
	});

	it.each<[string, string, string]>([
		[
			'one byte over the limit',
			'x'.repeat(MAX_IMPORT_BYTES + 1),
			'文件过大（10.0 MB），上限 10.0 MB：请分批导出后再导入',
		],
		// Bytes, not characters: a third as many Chinese characters are over the limit.
		[
			'Chinese text over the limit in UTF-8 bytes',
			'中'.repeat(Math.floor(MAX_IMPORT_BYTES / 3) + 1),
			'文件过大（10.0 MB），上限 10.0 MB：请分批导出后再导入',
		],
		['15.5 MB', ' '.repeat(15.5 * 1024 * 1024), '文件过大（15.5 MB），上限 10.0 MB：请分批导出后再导入'],
	])('refuses a file %s', async (_name, text, message) => {
		expect(await planImport(text, [], catalog)).toEqual({ ok: false, message });
	});

	it('reads a file of exactly the limit (and then finds it is not an export)', async () => {
		expect(await planImport('x'.repeat(MAX_IMPORT_BYTES), [], catalog)).toEqual({
			ok: false,
			message: '无法识别的文件：请选择规程通导出的 .json 或 .csv 文件',
		});
	});
});

describe('planImport: CSV', () => {
	it('plans the records of our own CSV, without digest or manifest', async () => {
		const added = formRecord(1);
		const changed = formRecord(2, { title: '改过', revision: 5 });
		const same = formRecord(3);
		const existing = [formRecord(2), same];
		const result = await planImport(recordsToCsv(form, [added, changed, same]), existing, catalog);
		expect(result).toEqual({
			ok: true,
			plan: {
				source: 'csv',
				digest: 'none',
				manifest: undefined,
				additions: [added],
				conflicts: [
					{
						row: 3,
						incoming: changed,
						existing: formRecord(2),
						differences: [
							{ label: '标题', mine: 'BX-20261126-002', theirs: '改过' },
							{ label: '修订号', mine: '2', theirs: '5' },
						],
					},
				],
				unchanged: [same],
				rejected: [],
				notices: [],
			},
		});
	});

	it('finds a record kept with another offset unchanged: its CSV times are the same instants in 北京时间', async () => {
		const utc = formRecord(1, {
			createdAt: '2026-11-26T01:30:00Z',
			updatedAt: '2026-11-26T02:45:00+00:00',
			values: { ...formRecord(1).values, sign: { name: '张三', signedAt: '2026-11-26T02:45:00Z' } },
		});
		const plan = planOf(await planImport(recordsToCsv(form, [utc]), [utc], catalog));
		expect(plan.unchanged).toHaveLength(1);
		expect(plan.conflicts).toEqual([]);
	});

	it('rejects bad rows by their spreadsheet row', async () => {
		const bad = formRecord(2, { values: { no: 'BX-2', urgency: '急修' } });
		const noUrgency = formRecord(3, { values: { no: 'BX-20261126-003' } });
		const plan = planOf(await planImport(recordsToCsv(form, [formRecord(1), bad, noUrgency]), [], catalog));
		expect(plan.additions).toEqual([formRecord(1)]);
		expect(plan.rejected).toEqual([
			{ row: 3, field: 'values.no', message: '报修单号应形如 BX-20260301-001' },
			{ row: 4, field: 'values.urgency', message: '紧急程度请从选项中选择' },
		]);
	});

	it('rejects a row whose status was edited to something unknown', async () => {
		const csv = recordsToCsv(form, [formRecord(1), formRecord(2)]).replace(
			/,已保存,BX-20261126-002,/,
			',归档,BX-20261126-002,',
		);
		const plan = planOf(await planImport(csv, [], catalog));
		expect(plan.additions).toEqual([formRecord(1)]);
		expect(plan.rejected.map((p) => [p.row, p.field])).toEqual([[3, 'status']]);
	});

	it('rejects duplicate ids in one CSV', async () => {
		const plan = planOf(
			await planImport(recordsToCsv(form, [formRecord(1), formRecord(1, { title: 'again' })]), [], catalog),
		);
		expect(plan.additions).toEqual([formRecord(1)]);
		expect(plan.rejected).toEqual([{ row: 3, field: 'id', message: '文件中有重复的记录编号' }]);
	});

	it('passes on the CSV reader’s refusal', async () => {
		const csv = recordsToCsv(form, [formRecord(1, { templateCode: 'RBWY/JL-kf01-99-01' })]);
		expect(await planImport(csv, [], catalog)).toEqual({
			ok: false,
			message: '未知的表单编号 RBWY/JL-kf01-99-01',
			problems: [],
		});
	});

	it('passes on malformed quotes as problems by row', async () => {
		const csv = `${recordsToCsv(form, [formRecord(1)])}x"y\r\n`;
		expect(await planImport(csv, [], catalog)).toEqual({
			ok: false,
			message: 'CSV 文件格式有误',
			problems: [{ row: 3, field: '', message: '第 3 行：未加引号的字段中出现引号' }],
		});
	});

	it('plans a CSV exported before a field was added and one was removed, listing both', async () => {
		// The same form one version earlier: no 故障类型 yet, and a 备注 that was later dropped.
		const earlier = {
			...form,
			fields: [...form.fields.filter((f) => f.id !== 'issues'), field({ id: 'remark', label: '备注', type: 'text' })],
		};
		const { issues: _issues, ...values } = formRecord(1).values;
		const old = formRecord(1, { values: { ...values, remark: '夜间报修' } });
		const plan = planOf(await planImport(recordsToCsv(earlier, [old]), [], catalog));
		expect(plan.additions).toEqual([formRecord(1, { values })]);
		expect(plan.rejected).toEqual([]);
		expect(plan.notices).toEqual([
			{ row: 1, field: '故障类型 [issues]', message: expect.stringContaining('CSV 中没有这一列') },
			{ row: 2, field: '备注 [remark]', message: '当前表单没有这个字段，这一格不会导入：“夜间报修”' },
		]);
	});

	it('rejects, by row, records of an earlier version that lack a field the form now requires', async () => {
		const earlier = { ...form, fields: form.fields.filter((f) => f.id !== 'urgency') };
		const { urgency: _urgency, ...values } = formRecord(1).values;
		const plan = planOf(
			await planImport(
				recordsToCsv(earlier, [formRecord(1, { values }), formRecord(2, { status: 'draft', values })]),
				[],
				catalog,
			),
		);
		// A draft may still leave it out; a saved record must have it, as in the form itself.
		expect(plan.additions).toEqual([formRecord(2, { status: 'draft', values })]);
		expect(plan.rejected).toEqual([{ row: 2, field: 'values.urgency', message: '紧急程度请从选项中选择' }]);
	});

	it('reads a CSV whose first line has 记录编号 but not first', async () => {
		const [header = '', ...rows] = recordsToCsv(form, [formRecord(1)])
			.slice(1)
			.split('\r\n');
		const csv = [`序号,${header}`, ...rows.map((line, i) => (line ? `${i + 1},${line}` : line))].join('\r\n');
		const plan = planOf(await planImport(csv, [], catalog));
		expect(plan.source).toBe('csv');
		expect(plan.additions).toEqual([formRecord(1)]);
	});
});

describe('resolveImport', () => {
	const incoming = formRecord(1, { title: 'BX-新', revision: 2 });
	const stored = formRecord(1, { revision: 5 });
	const plan: ImportPlan = {
		source: 'json',
		digest: 'ok',
		manifest: undefined,
		additions: [formRecord(7)],
		conflicts: [{ row: 2, incoming, existing: stored, differences: [] }],
		unchanged: [formRecord(8)],
		rejected: [{ row: 3, field: 'id', message: '记录编号格式不正确' }],
		notices: [],
	};
	const fixedId = () => uuid(99);

	it('writes the additions and keeps stored records when no choice is made', () => {
		expect(resolveImport(plan, {}, fixedId)).toEqual([formRecord(7)]);
	});

	it('keeps the stored record', () => {
		expect(resolveImport(plan, { [uuid(1)]: 'keep' }, fixedId)).toEqual([formRecord(7)]);
	});

	it.each<[string, number, number, number]>([
		['an older incoming revision', 2, 5, 6],
		['a newer incoming revision', 9, 5, 10],
		['the same revision', 5, 5, 6],
	])(
		'replaces the stored record, moving past the stored revision, for %s',
		(_name, incomingRevision, storedRevision, expected) => {
			const conflictPlan: ImportPlan = {
				...plan,
				conflicts: [
					{
						row: 2,
						incoming: { ...incoming, revision: incomingRevision },
						existing: { ...stored, revision: storedRevision },
						differences: [],
					},
				],
			};
			expect(resolveImport(conflictPlan, { [uuid(1)]: 'replace' }, fixedId)).toEqual([
				formRecord(7),
				{ ...incoming, revision: expected },
			]);
		},
	);

	it('keeps both, the file’s as a copy with a new id', () => {
		expect(resolveImport(plan, { [uuid(1)]: 'both' }, fixedId)).toEqual([
			formRecord(7),
			{ ...incoming, id: uuid(99), title: 'BX-新（导入副本）' },
		]);
	});

	it('names a copy of an untitled record', () => {
		const untitled: ImportPlan = {
			...plan,
			conflicts: [{ row: 2, incoming: { ...incoming, title: '' }, existing: stored, differences: [] }],
		};
		expect(resolveImport(untitled, { [uuid(1)]: 'both' }, fixedId)).toEqual([
			formRecord(7),
			{ ...incoming, id: uuid(99), title: '（导入副本）' },
		]);
	});

	it('applies each conflict’s own choice, in order, asking for one new id per copy', () => {
		const conflicts = [1, 2, 3, 4].map((n) => ({
			row: n,
			incoming: formRecord(n, { title: `新${n}` }),
			existing: formRecord(n, { revision: 3 }),
			differences: [],
		}));
		const many: ImportPlan = { ...plan, additions: [], conflicts };
		const ids = [uuid(50), uuid(51)];
		const newId = () => ids.shift() ?? 'out of ids';
		expect(resolveImport(many, { [uuid(1)]: 'both', [uuid(2)]: 'replace', [uuid(4)]: 'both' }, newId)).toEqual([
			{ ...formRecord(1, { title: '新1' }), id: uuid(50), title: '新1（导入副本）' },
			{ ...formRecord(2, { title: '新2' }), revision: 4 },
			{ ...formRecord(4, { title: '新4' }), id: uuid(51), title: '新4（导入副本）' },
		]);
		expect(ids).toEqual([]);
	});

	it('leaves the plan as it was', () => {
		const before = structuredClone(plan);
		resolveImport(plan, { [uuid(1)]: 'replace' }, fixedId);
		resolveImport(plan, { [uuid(1)]: 'both' }, fixedId);
		expect(plan).toEqual(before);
	});

	it('makes a valid random id for a copy by default', () => {
		const [, copy] = resolveImport(plan, { [uuid(1)]: 'both' });
		expect(copy?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(copy?.id).not.toBe(uuid(1));
	});

	it('writes nothing for an empty plan', () => {
		expect(resolveImport({ ...plan, additions: [], conflicts: [] }, {}, fixedId)).toEqual([]);
	});

	it('resolves a planned import end to end', async () => {
		const result = await planImport(
			await jsonOf([formRecord(1, { title: '文件里的', revision: 3 }), formRecord(2)]),
			[formRecord(1, { revision: 7 })],
			catalog,
		);
		expect(resolveImport(planOf(result), { [uuid(1)]: 'replace' }, fixedId)).toEqual([
			formRecord(2),
			formRecord(1, { title: '文件里的', revision: 8 }),
		]);
	});
});
