import { describe, expect, it } from 'vitest';
import type { FormTemplate } from '../../src/schemas/form.ts';
import { parseCsv, toCsv } from '../../src/lib/records/csv.ts';
import type { RecordValues } from '../../src/lib/records/field-values.ts';
import type { StoredRecord } from '../../src/lib/records/record.ts';
import { ENVELOPE_COLUMNS } from '../../src/lib/records/csv-columns.ts';
import { csvToRecords, recordsToCsv, type CsvNotice } from '../../src/lib/records/records-csv.ts';
import { field, record } from './helpers/record-fixtures.ts';

type Template = Pick<FormTemplate, 'code' | 'fields'> & { id: string };

const MISSING_COLUMN = 'CSV 中没有这一列，各行按未填写导入（较早版本的表单可能还没有这个字段）';

const ENVELOPE_HEADER =
	'记录编号,表单编号,表单版本,规程编号,规程版本,记录状态,记录标题,记录创建时间,记录更新时间,记录修订号,记录删除时间';

/** How an export heads its time columns: the zone its wall times are in. */
const ZONE = '（北京时间 UTC+08:00）';
const EXPORTED_ENVELOPE_HEADER = `记录编号,表单编号,表单版本,规程编号,规程版本,记录状态,记录标题,记录创建时间${ZONE},记录更新时间${ZONE},记录修订号,记录删除时间${ZONE}`;

// Every field type once.
const template: Template = {
	id: 'repair-register',
	code: 'RBWY/JL-kf01-06-01',
	fields: [
		field({ id: 'no', label: '报修单号', type: 'text', required: true }),
		field({ id: 'note', label: '备注', type: 'longtext' }),
		field({ id: 'fee', label: '费用', type: 'number', unit: '元' }),
		field({ id: 'day', label: '预约日期', type: 'date' }),
		field({ id: 'slot', label: '预约时段', type: 'time' }),
		field({ id: 'reported', label: '报修时间', type: 'datetime' }),
		field({ id: 'urgency', label: '紧急程度', type: 'choice', options: ['急修', '一般'] }),
		field({ id: 'issues', label: '故障类型', type: 'multichoice', options: ['停水', '停电', '燃气味'] }),
		field({ id: 'callback', label: '是否回访', type: 'yesno' }),
		field({ id: 'phone', label: '联系电话', type: 'phone' }),
		field({ id: 'room', label: '房号', type: 'room' }),
		field({ id: 'contact', label: '联系人', type: 'person' }),
		field({ id: 'sign', label: '业主签字', type: 'signature' }),
		field({
			id: 'materials',
			label: '材料',
			type: 'table',
			columns: [
				{ id: 'item', label: '材料名称', type: 'text', required: true },
				{ id: 'qty', label: '数量', type: 'number', required: true },
				{ id: 'checked', label: '已验收', type: 'yesno', required: false },
			],
		}),
	],
};

const small: Template = {
	id: 'callback-record',
	code: 'RBWY/JL-kf01-06-03',
	fields: [field({ id: 'no', label: '回访编号', type: 'text' }), field({ id: 'ok', label: '是否满意', type: 'yesno' })],
};

const everyType: RecordValues = {
	no: 'BX-20261126-001',
	note: '厨房水管漏水，"已关总阀"\r\n第二行, 带逗号',
	fee: 0.30000000000000004,
	day: '2026-11-27',
	slot: '09:30',
	reported: '2026-11-26T09:30:00+08:00',
	urgency: '急修',
	issues: ['停水', '燃气味'],
	callback: true,
	phone: '028-12345678',
	room: '3-2-0302',
	contact: 'John Smith',
	sign: { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' },
	materials: [
		{ item: '阀门"DN20"，铜', qty: 2, checked: true },
		{ item: '=HYPERLINK("http://x")', qty: 0.5, checked: false },
		{ item: '胶带', qty: -1 },
	],
};

function roundTrip(records: readonly StoredRecord[], templates: readonly Template[] = [template, small]) {
	const target = templates.find((t) => t.id === records[0]?.template) ?? template;
	return csvToRecords(recordsToCsv(target, records), templates);
}

describe('ENVELOPE_COLUMNS', () => {
	it('are the envelope headers in order', () => {
		expect(ENVELOPE_COLUMNS.map(([label]) => label).join(',')).toBe(ENVELOPE_HEADER);
		expect(ENVELOPE_COLUMNS.map(([, key]) => key)).toEqual([
			'id',
			'templateCode',
			'templateVersion',
			'procedure',
			'procedureVersion',
			'status',
			'title',
			'createdAt',
			'updatedAt',
			'revision',
			'deletedAt',
		]);
	});
});

describe('recordsToCsv', () => {
	it('writes a BOM, the headers, and one CRLF row per record', () => {
		const csv = recordsToCsv(small, [
			record({
				template: 'callback-record',
				templateCode: small.code,
				status: 'draft',
				title: 'HF-1',
				revision: 1,
				values: { no: 'HF-1', ok: true },
			}),
			record({
				id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
				template: 'callback-record',
				templateCode: small.code,
				status: 'finished',
				title: '',
				revision: 12,
				values: { ok: false },
			}),
		]);
		expect(csv).toBe(
			`\uFEFF${EXPORTED_ENVELOPE_HEADER},回访编号 [no],是否满意 [ok]\r\n` +
				'0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c,RBWY/JL-kf01-06-03,A/01,kf01-06,A/0,草稿,HF-1,2026-11-26 09:30:00,2026-11-26 10:45:00,1,,HF-1,是\r\n' +
				'9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d,RBWY/JL-kf01-06-03,A/01,kf01-06,A/0,已完成,,2026-11-26 09:30:00,2026-11-26 10:45:00,12,,,否\r\n',
		);
	});

	it('writes only the header for no records', () => {
		expect(recordsToCsv(small, [])).toBe(`\uFEFF${EXPORTED_ENVELOPE_HEADER},回访编号 [no],是否满意 [ok]\r\n`);
	});

	it.each<[string, string, string]>([
		['a time kept in 北京时间', '2026-12-02T17:15:00+08:00', '2026-12-02 17:15:00'],
		['a time kept in UTC', '2026-12-02T09:15:00+00:00', '2026-12-02 17:15:00'],
		['a time kept with Z', '2026-12-02T09:15:00Z', '2026-12-02 17:15:00'],
		['a time kept in New York, the next day in 北京时间', '2026-12-02T19:15:00-05:00', '2026-12-03 08:15:00'],
		['a time with milliseconds', '2026-12-02T09:15:00.250Z', '2026-12-02 17:15:00.250'],
	])('writes %s as 北京时间 wall time', (_name, updatedAt, cell) => {
		const { rows } = parseCsv(recordsToCsv(small, [record({ updatedAt })]));
		expect(rows[1]?.[8]).toBe(cell);
	});

	it('writes a deleted record’s deletion time the same way', () => {
		const { rows } = parseCsv(recordsToCsv(small, [record({ deletedAt: '2026-11-27T00:00:00Z' })]));
		expect(rows[1]?.[10]).toBe('2026-11-27 08:00:00');
	});

	it('writes each type as its CSV cell, neutralising formulas and quoting as needed', () => {
		const { rows, errors } = parseCsv(recordsToCsv(template, [record({ title: '=SUM(A1)', values: everyType })]));
		expect(errors).toEqual([]);
		const [header, row] = rows;
		expect(header).toEqual([
			...EXPORTED_ENVELOPE_HEADER.split(','),
			...template.fields.map((f) =>
				f.type === 'datetime' || f.type === 'signature' ? `${f.label} [${f.id}]${ZONE}` : `${f.label} [${f.id}]`,
			),
		]);
		expect(row).toEqual([
			'0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c',
			'RBWY/JL-kf01-06-01',
			'A/01',
			'kf01-06',
			'A/0',
			'已保存',
			"'=SUM(A1)",
			'2026-11-26 09:30:00',
			'2026-11-26 10:45:00',
			'3',
			'',
			'BX-20261126-001',
			'厨房水管漏水，"已关总阀"\r\n第二行, 带逗号',
			'0.30000000000000004',
			'2026-11-27',
			'09:30',
			'2026-11-26 09:30:00',
			'急修',
			'停水；燃气味',
			'是',
			'028-12345678',
			'3-2-0302',
			'John Smith',
			'张三（2026-11-26 10:45:00）',
			'[{"item":"阀门\\"DN20\\"，铜","qty":2,"checked":true},{"item":"=HYPERLINK(\\"http://x\\")","qty":0.5,"checked":false},{"item":"胶带","qty":-1}]',
		]);
	});

	it('leaves the cell of an empty field empty and ignores values of fields the template lacks', () => {
		const { rows } = parseCsv(recordsToCsv(small, [record({ values: { ok: false, stray: 'x' } })]));
		expect(rows[1]?.slice(-2)).toEqual(['', '否']);
		expect(rows[1]).toHaveLength(13);
	});
});

describe('recordsToCsv → csvToRecords', () => {
	it('restores a record with every field type exactly', () => {
		const original = record({ values: everyType });
		expect(roundTrip([original])).toEqual({ ok: true, template, notices: [], rows: [{ row: 2, record: original }] });
	});

	it.each<[string, StoredRecord]>([
		['no values', record()],
		['a draft', record({ status: 'draft', revision: 1 })],
		['a finished record', record({ status: 'finished' })],
		['an empty title', record({ title: '' })],
		['a title that looks like a formula', record({ title: '=1+1' })],
		['a title starting with a quote', record({ title: "'=x" })],
		['a text starting with =', record({ values: { no: '=cmd|"/c calc"!A1' } })],
		['texts starting with + - @', record({ values: { no: '+86 138', note: '-3楼', contact: '@张三' } })],
		['a text starting with a quote', record({ values: { no: "'abc", note: "''=x" } })],
		['a text that looks like a number', record({ values: { no: '00123' } })],
		['a text that reads like yes', record({ values: { no: '是' } })],
		['a negative number', record({ values: { fee: -3 } })],
		['zero', record({ values: { fee: 0 } })],
		['a large number', record({ values: { fee: 1234567.891 } })],
		['no as a yesno', record({ values: { callback: false } })],
		['a single choice in a multichoice', record({ values: { issues: ['停电'] } })],
		[
			'a signature with milliseconds',
			record({ values: { sign: { name: '张三', signedAt: '2026-11-26T10:45:00.500+08:00' } } }),
		],
		['a table of one empty row', record({ values: { materials: [{}] } })],
		['an empty table', record({ values: { materials: [] } })],
		['a table cell starting with =', record({ values: { materials: [{ item: '=1+1', qty: 1 }] } })],
		['a multi-line note with CR only', record({ values: { note: 'a\rb' } })],
		['Chinese punctuation and emoji', record({ values: { note: '“引号”，；。😀' } })],
	])('restores %s exactly', (_name, original) => {
		expect(roundTrip([original])).toEqual({ ok: true, template, notices: [], rows: [{ row: 2, record: original }] });
	});

	it('restores several records with their spreadsheet row numbers', () => {
		const records = [
			record({ values: everyType }),
			record({
				id: '11111111-2222-4333-8444-555555555555',
				title: 'BX-2',
				revision: 1,
				values: { no: 'BX-2', note: 'a\nb\nc' },
			}),
			record({ id: '22222222-3333-4444-8555-666666666666', title: 'BX-3', status: 'draft', values: {} }),
		];
		const result = roundTrip(records);
		expect(result).toEqual({
			ok: true,
			template,
			notices: [],
			rows: records.map((r, i) => ({ row: i + 2, record: r })),
		});
	});

	it('chooses the template by the form code', () => {
		const original = record({
			template: 'callback-record',
			templateCode: small.code,
			values: { no: 'HF-1', ok: true },
		});
		expect(roundTrip([original], [template, small])).toEqual({
			ok: true,
			template: small,
			notices: [],
			rows: [{ row: 2, record: original }],
		});
	});

	// Was a bug: a field whose label equals an envelope header (content/forms/corrective-action.yaml has
	// a field 状态, like the envelope's 状态) gets two 状态 columns; csvToRecords looks labels up
	// as fields first, so both columns go to the field and the record loses its status. Every
	// row of such a CSV is then rejected on import. Actual: record.status undefined,
	// values.status '实施中'.
	it('restores a record whose form has a field labelled like an envelope column (状态)', () => {
		const corrective: Template = {
			id: 'corrective-action',
			code: 'RBWY/JL-kf01-08-02',
			fields: [
				field({ id: 'report-no', label: '报告编号', type: 'text' }),
				field({ id: 'status', label: '状态', type: 'choice', options: ['待批准', '实施中', '待验证', '已关闭'] }),
			],
		};
		const original = record({
			template: 'corrective-action',
			templateCode: corrective.code,
			procedure: 'kf01-08',
			values: { 'report-no': 'JZ-20261126-001', status: '实施中' },
		});
		expect(roundTrip([original], [corrective])).toEqual({
			ok: true,
			template: corrective,
			notices: [],
			rows: [{ row: 2, record: original }],
		});
	});

	// Was a bug: deletedAt had no column, so a deleted record (the records list can select and export
	// deleted records) comes back from its CSV as not deleted. Actual: no deletedAt.
	it('keeps a deleted record deleted', () => {
		const original = record({ deletedAt: '2026-11-27T08:00:00+08:00', values: { no: 'BX-1' } });
		expect(roundTrip([original])).toEqual({ ok: true, template, notices: [], rows: [{ row: 2, record: original }] });
	});
});

describe('CSV times: 北京时间 wall times under a zone header', () => {
	const reported = (iso: string) => record({ values: { no: 'BX-1', reported: iso } });
	const times = (result: ReturnType<typeof csvToRecords>) => {
		const read = result.ok ? result.rows[0]!.record : {};
		return { createdAt: read['createdAt'], reported: (read['values'] as RecordValues | undefined)?.['reported'] };
	};

	it.each<[string, string, string]>([
		['kept in 北京时间, exactly', '2026-12-02T17:15:00+08:00', '2026-12-02T17:15:00+08:00'],
		['kept in UTC, as the same instant in 北京时间', '2026-12-02T09:15:00+00:00', '2026-12-02T17:15:00+08:00'],
		['kept with Z', '2026-12-02T09:15:00Z', '2026-12-02T17:15:00+08:00'],
		['kept in New York', '2026-12-02T19:15:00-05:00', '2026-12-03T08:15:00+08:00'],
		['with milliseconds', '2026-12-02T09:15:00.250Z', '2026-12-02T17:15:00.250+08:00'],
		['across a year end', '2026-12-31T16:00:00Z', '2027-01-01T00:00:00+08:00'],
	])('round-trips a time %s', (_name, iso, back) => {
		const result = roundTrip([reported(iso)]);
		expect(result.ok && result.notices).toEqual([]);
		expect(times(result).reported).toBe(back);
		expect(Date.parse(times(result).reported as string)).toBe(Date.parse(iso));
	});

	it('round-trips a signature kept in another offset as the same instant', () => {
		const original = record({ values: { sign: { name: '阿卜杜·热合曼', signedAt: '2026-11-26T01:30:00Z' } } });
		const result = roundTrip([original]);
		expect(result.ok && result.rows[0]!.record['values']).toEqual({
			sign: { name: '阿卜杜·热合曼', signedAt: '2026-11-26T09:30:00+08:00' },
		});
	});

	const timed: Template = {
		...template,
		fields: template.fields.filter((f) => ['no', 'reported', 'sign'].includes(f.id)),
	};
	// Byte for byte what recordsToCsv wrote before times were wall times: ISO text, no zone in the header.
	const OLD_FORMAT =
		`\uFEFF${ENVELOPE_HEADER},报修单号 [no],报修时间 [reported],业主签字 [sign]\r\n` +
		'0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c,RBWY/JL-kf01-06-01,A/01,kf01-06,A/0,已保存,,2026-11-26T09:30:00+08:00,2026-11-26T10:45:00+08:00,3,,BX-1,2026-12-02T09:15:00+00:00,张三（2026-11-26T02:45:00Z）\r\n';

	it('reads an old-format file with ISO times exactly, without a notice', () => {
		const result = csvToRecords(OLD_FORMAT, [timed]);
		expect(result.ok && result.notices).toEqual([]);
		expect(result.ok && result.rows[0]!.record).toMatchObject({
			createdAt: '2026-11-26T09:30:00+08:00',
			updatedAt: '2026-11-26T10:45:00+08:00',
			values: {
				no: 'BX-1',
				reported: '2026-12-02T09:15:00+00:00',
				sign: { name: '张三', signedAt: '2026-11-26T02:45:00Z' },
			},
		});
	});

	it('reads wall times under a header without a zone in 北京时间, and says so once per column', () => {
		const noZone = OLD_FORMAT.replace(',2026-11-26T09:30:00+08:00,', ',2026-11-26 09:30:00,').replace(
			',2026-12-02T09:15:00+00:00,',
			',2026-12-02 17:15,',
		);
		const result = csvToRecords(noZone, [timed]);
		expect(times(result)).toEqual({ createdAt: '2026-11-26T09:30:00+08:00', reported: '2026-12-02T17:15:00+08:00' });
		const notice = '列标题没有注明时区，这一列的时间按北京时间（UTC+08:00）读取';
		expect(result.ok && result.notices).toEqual([
			{ row: 1, field: '记录创建时间', message: notice },
			{ row: 1, field: '报修时间 [reported]', message: notice },
		]);
	});

	it('reads wall times in the zone their header states', () => {
		const tokyo = OLD_FORMAT.replace('报修时间 [reported]', '报修时间 [reported]（东京时间 UTC+09:00）')
			.replace('记录创建时间', '记录创建时间 (UTC-05:30)')
			.replace(',2026-11-26T09:30:00+08:00,', ',2026-11-26 09:30:00,')
			.replace(',2026-12-02T09:15:00+00:00,', ',2026-12-02 18:15:00,');
		const result = csvToRecords(tokyo, [timed]);
		expect(result.ok && result.notices).toEqual([]);
		expect(times(result)).toEqual({ createdAt: '2026-11-26T09:30:00-05:30', reported: '2026-12-02T18:15:00+09:00' });
	});

	it.each<[string, string, string]>([
		['with seconds', '2026-12-02 17:15:00', '2026-12-02T17:15:00+08:00'],
		['without seconds', '2026-12-02 17:15', '2026-12-02T17:15:00+08:00'],
		['as Excel and WPS save it again', '2026/12/2 7:05', '2026-12-02T07:05:00+08:00'],
		['with a T', '2026-12-02T17:15:00', '2026-12-02T17:15:00+08:00'],
		['with spaces around it', ' 2026-12-02 17:15:00 ', '2026-12-02T17:15:00+08:00'],
	])('reads a wall time %s', (_name, cell, iso) => {
		const csv = recordsToCsv(template, [reported('2026-12-02T17:15:00+08:00')]).replace(
			',2026-12-02 17:15:00,',
			`,"${cell}",`,
		);
		expect(times(csvToRecords(csv, [template])).reported).toBe(iso);
	});

	it.each(['2026-02-30 10:00:00', '2026-12-02 24:00', '2026-12-02 17:60', '17:15 2026-12-02', '下午五点'])(
		'passes on %j as written, for validation to reject',
		(cell) => {
			const csv = recordsToCsv(template, [reported('2026-12-02T17:15:00+08:00')]).replace(
				',2026-12-02 17:15:00,',
				`,${cell},`,
			);
			expect(times(csvToRecords(csv, [template])).reported).toBe(cell);
		},
	);
});

describe('csvToRecords: files it reads anyway', () => {
	const header = [...ENVELOPE_HEADER.split(','), '回访编号', '是否满意'];
	const envelope = [
		'0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c',
		small.code,
		'A/01',
		'kf01-06',
		'A/0',
		'已保存',
		'HF-1',
		'2026-11-26T09:30:00+08:00',
		'2026-11-26T10:45:00+08:00',
		'2',
		'',
	];
	const expected = (values: RecordValues, overrides: Record<string, unknown> = {}) => ({
		kind: 'form',
		template: 'callback-record',
		id: '0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c',
		templateCode: small.code,
		templateVersion: 'A/01',
		procedure: 'kf01-06',
		procedureVersion: 'A/0',
		status: 'saved',
		title: 'HF-1',
		createdAt: '2026-11-26T09:30:00+08:00',
		updatedAt: '2026-11-26T10:45:00+08:00',
		revision: 2,
		values,
		...overrides,
	});

	it('matches columns by header, in any order, listing the cells of columns it does not know', () => {
		const csv = toCsv([
			['是否满意', '备注（手填）', ...header.slice(0, 11), '回访编号'],
			['否', '随便写', ...envelope, 'HF-1'],
		]);
		expect(csvToRecords(csv, [small])).toEqual({
			ok: true,
			template: small,
			notices: [{ row: 2, field: '备注（手填）', message: '当前表单没有这个字段，这一格不会导入：“随便写”' }],
			rows: [{ row: 2, record: expected({ ok: false, no: 'HF-1' }) }],
		});
	});

	it('reads missing trailing cells as empty', () => {
		const csv = toCsv([header, envelope]);
		expect(csvToRecords(csv, [small])).toEqual({
			ok: true,
			template: small,
			notices: [],
			rows: [{ row: 2, record: expected({}) }],
		});
	});

	it('reads a file without a field’s column, saying so once for the file', () => {
		const csv = toCsv([
			[...header.slice(0, 11), '是否满意'],
			[...envelope, '是'],
		]);
		expect(csvToRecords(csv, [small])).toEqual({
			ok: true,
			template: small,
			notices: [{ row: 1, field: '回访编号 [no]', message: MISSING_COLUMN }],
			rows: [{ row: 2, record: expected({ ok: true }) }],
		});
	});

	it('reads a file without BOM and with LF line ends', () => {
		const csv = [header.join(','), [...envelope, 'HF-1', '是'].join(',')].join('\n');
		expect(csvToRecords(csv, [small])).toEqual({
			ok: true,
			template: small,
			notices: [],
			rows: [{ row: 2, record: expected({ no: 'HF-1', ok: true }) }],
		});
	});

	it.each<[string, number, string, Record<string, unknown>]>([
		['an unknown status, kept as written for validation', 5, '作废', { status: '作废' }],
		['a status already in English', 5, 'draft', { status: 'draft' }],
		['a revision that is not a number, as NaN', 9, '第二版', { revision: Number.NaN }],
		['an empty revision, as 0', 9, '', { revision: 0 }],
	])('passes on %s', (_name, column, cell, overrides) => {
		const cells = [...envelope, 'HF-1', '是'];
		cells[column] = cell;
		const result = csvToRecords(toCsv([header, cells]), [small]);
		expect(result).toEqual({
			ok: true,
			template: small,
			notices: [],
			rows: [{ row: 2, record: expected({ no: 'HF-1', ok: true }, overrides) }],
		});
	});

	it('passes on a malformed cell as text for validation', () => {
		const result = csvToRecords(toCsv([header, [...envelope, 'HF-1', '满意']]), [small]);
		expect(result.ok && result.rows[0]?.record['values']).toEqual({ no: 'HF-1', ok: '满意' });
	});
});

// The CSV of the 回访记录 as exported under one version of the form and imported under a later one.
describe('csvToRecords: after the form changed', () => {
	const saved = record({
		template: 'callback-record',
		templateCode: small.code,
		title: 'HF-1',
		revision: 2,
		values: { no: 'HF-1', ok: true },
	});
	// Byte for byte what recordsToCsv wrote before headers carried field ids: labels only.
	const LEGACY =
		`\uFEFF${ENVELOPE_HEADER},回访编号,是否满意\r\n` +
		'0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c,RBWY/JL-kf01-06-03,A/01,kf01-06,A/0,已保存,HF-1,2026-11-26T09:30:00+08:00,2026-11-26T10:45:00+08:00,2,,HF-1,是\r\n';
	const okField = small.fields[1]!;
	/** 回访编号 renamed 回访单号; with `formerLabels` the document controller keeps label-only files importable. */
	const renamed = (formerLabels?: string[]): Template => ({
		...small,
		fields: [field({ id: 'no', label: '回访单号', type: 'text', formerLabels }), okField],
	});
	/** A new form version with one more field. */
	const added: Template = {
		...small,
		fields: [...small.fields, field({ id: 'note', label: '回访备注', type: 'longtext' })],
	};

	/** What csvToRecords gives for `records`, from row 2 on, read under `template`. */
	const read = (template: Template, notices: CsvNotice[] = [], records: StoredRecord[] = [saved]) => ({
		ok: true,
		template,
		notices,
		rows: records.map((r, i) => ({ row: i + 2, record: r })),
	});

	it('reads an export from before field ids by the labels it has', () => {
		expect(csvToRecords(LEGACY, [small])).toEqual(read(small));
	});

	it('reads an export from before field ids after a rename, by the former label', () => {
		const current = renamed(['回访编号']);
		expect(csvToRecords(LEGACY, [current])).toEqual(read(current));
	});

	it('lists what an export from before field ids loses after a rename the template does not record', () => {
		const current = renamed();
		expect(csvToRecords(LEGACY, [current])).toEqual(
			read(
				current,
				[
					{ row: 1, field: '回访单号 [no]', message: MISSING_COLUMN },
					{ row: 2, field: '回访编号', message: '当前表单没有这个字段，这一格不会导入：“HF-1”' },
				],
				[{ ...saved, values: { ok: true } }],
			),
		);
	});

	it('reads a new export after a rename by the field id', () => {
		const csv = recordsToCsv(small, [saved]);
		expect(csv.split('\r\n')[0]?.endsWith(',回访编号 [no],是否满意 [ok]')).toBe(true);
		const current = renamed();
		expect(csvToRecords(csv, [current])).toEqual(read(current));
	});

	it.each([
		['an export from before field ids', LEGACY],
		['a new export', recordsToCsv(small, [saved])],
	])('reads %s after a field was added, the new field not filled in', (_name, csv) => {
		expect(csvToRecords(csv, [added])).toEqual(
			read(added, [{ row: 1, field: '回访备注 [note]', message: MISSING_COLUMN }]),
		);
	});

	it('lists, row by row, the filled cells of a field the form no longer has, quoting their start', () => {
		const withNote = {
			...saved,
			values: {
				...saved.values,
				note: '业主要求下周再回访一次，届时请带上维修单据复印件，并提前一天电话联系确认上门时间',
			},
		};
		const other = { ...saved, id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' };
		const notice = {
			row: 3,
			field: '回访备注 [note]',
			// The first 30 characters: enough to find the cell, short enough for the table.
			message: '当前表单没有这个字段，这一格不会导入：“业主要求下周再回访一次，届时请带上维修单据复印件，并提前一天…”',
		};
		expect(csvToRecords(recordsToCsv(added, [other, withNote]), [small])).toEqual(
			read(small, [notice], [other, saved]),
		);
	});

	it('keeps a label that ends in brackets a label, and finds the id after it', () => {
		const area: Template = { ...small, fields: [field({ id: 'area', label: '面积 [m2]', type: 'number' })] };
		const measured = { ...saved, values: { area: 89.5 } };
		const newCsv = recordsToCsv(area, [measured]);
		expect(newCsv).toContain(',面积 [m2] [area]\r\n');
		const legacy = newCsv.replace('面积 [m2] [area]', '面积 [m2]');
		for (const csv of [newCsv, legacy]) expect(csvToRecords(csv, [area])).toEqual(read(area, [], [measured]));
	});
});

describe('csvToRecords: files it refuses', () => {
	const good = recordsToCsv(small, [
		record({ template: 'callback-record', templateCode: small.code, values: { no: 'HF-1' } }),
	]);
	const [headerLine = '', rowLine = ''] = good.slice(1).split('\r\n');

	it.each<[string, string, string]>([
		['an empty file', '', 'CSV 文件中没有记录'],
		['only a BOM', '\uFEFF', 'CSV 文件中没有记录'],
		['a header without rows', `\uFEFF${headerLine}\r\n`, 'CSV 文件中没有记录'],
		[
			'no 记录编号 column',
			toCsv([
				['表单编号', '回访编号'],
				[small.code, 'HF-1'],
			]),
			'这不是规程通导出的 CSV：缺少“记录编号”或“表单编号”列',
		],
		[
			'no 表单编号 column',
			toCsv([
				['记录编号', '回访编号'],
				['0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c', 'HF-1'],
			]),
			'这不是规程通导出的 CSV：缺少“记录编号”或“表单编号”列',
		],
		[
			'a spreadsheet of something else',
			toCsv([
				['姓名', '电话'],
				['张三', '13800000000'],
			]),
			'这不是规程通导出的 CSV：缺少“记录编号”或“表单编号”列',
		],
		[
			'an unknown form code',
			good.replace(`,${small.code},`, ',RBWY/JL-kf01-99-01,'),
			'未知的表单编号 RBWY/JL-kf01-99-01',
		],
		[
			'no field column at all',
			toCsv([ENVELOPE_HEADER.split(','), rowLine.split(',').slice(0, 10)]),
			'CSV 中没有这张表单的任何字段列',
		],
		[
			'two columns for one field',
			toCsv([
				[...ENVELOPE_HEADER.split(','), '回访编号', '回访编号 [no]'],
				[...rowLine.split(',').slice(0, 11), 'HF-1', 'HF-2'],
			]),
			'CSV 中有两列都对应字段“回访编号”：回访编号、回访编号 [no]',
		],
	])('refuses %s', (_name, csv, message) => {
		expect(csvToRecords(csv, [template, small])).toEqual({ ok: false, message });
	});

	it('refuses records of two forms in one file', () => {
		const other = rowLine.replace(small.code, template.code);
		expect(csvToRecords(`${headerLine}\r\n${rowLine}\r\n${other}\r\n`, [template, small])).toEqual({
			ok: false,
			message: '一个 CSV 文件只能包含一种表单的记录',
		});
	});

	it('refuses a row without a form code beside one with it', () => {
		const blank = rowLine.replace(small.code, '');
		expect(csvToRecords(`${headerLine}\r\n${rowLine}\r\n${blank}\r\n`, [small])).toEqual({
			ok: false,
			message: '一个 CSV 文件只能包含一种表单的记录',
		});
	});

	it('refuses a file with malformed quotes, listing the rows', () => {
		const csv = `${headerLine}\r\n${rowLine}\r\nbad"row\r\n"open,\r\n`;
		expect(csvToRecords(csv, [small])).toEqual({
			ok: false,
			message: 'CSV 文件格式有误',
			rowErrors: [
				{ row: 3, message: '第 3 行：未加引号的字段中出现引号' },
				{ row: 4, message: '第 4 行：引号未闭合' },
			],
		});
	});
});
