import { describe, expect, it } from 'vitest';
import type { FieldType, FormField, TableColumn } from '../../src/schemas/form.ts';
import {
	displayValue,
	fromCsvCell,
	fromInput,
	LIST_SEPARATOR,
	toCsvCell,
	toInput,
	type CellValue,
	type FieldValue,
} from '../../src/lib/records/field-values.ts';

const typed = (type: FieldType) => ({ type });

const columns: TableColumn[] = [
	{ id: 'item', label: '材料', type: 'text', required: true },
	{ id: 'qty', label: '数量', type: 'number', unit: '个', required: true },
	{ id: 'ok', label: '合格', type: 'yesno', required: false },
];
const tableField: Pick<FormField, 'type' | 'unit' | 'columns'> = { type: 'table', columns };

describe('LIST_SEPARATOR', () => {
	it('is the full-width semicolon', () => {
		expect(LIST_SEPARATOR).toBe('；');
	});
});

describe('fromInput', () => {
	it.each<[FieldType, string, CellValue | undefined]>([
		['text', 'hello', 'hello'],
		['text', '  hello  ', 'hello'],
		['text', '', undefined],
		['text', '   ', undefined],
		['text', '\n\t', undefined],
		['longtext', '  第一行\n第二行  ', '第一行\n第二行'],
		['room', ' 3-2-1502 ', '3-2-1502'],
		['phone', '13800000000', '13800000000'],
		['person', '张三', '张三'],
		['choice', '急修', '急修'],
		['date', '2026-11-26', '2026-11-26'],
		['time', '09:30', '09:30'],
		['number', '12', 12],
		['number', ' 12.5 ', 12.5],
		['number', '1,234.5', 1234.5],
		['number', '1,000,000', 1000000],
		['number', '-3', -3],
		['number', '0', 0],
		['number', '1e3', 1000],
		['number', '', undefined],
		['yesno', 'true', true],
		['yesno', '是', true],
		['yesno', 'false', false],
		['yesno', '否', false],
		['yesno', ' true ', true],
		['yesno', '', undefined],
		['datetime', '2026-11-26T09:30', '2026-11-26T09:30:00+08:00'],
		['datetime', '2026-11-26T09:30:15', '2026-11-26T09:30:15+08:00'],
		// Already an offset ISO string (a restored draft): kept as it is.
		['datetime', '2026-11-26T09:30:00+08:00', '2026-11-26T09:30:00+08:00'],
		// Not a wall time: kept as text so validation can say so beside the field.
		['datetime', '明天上午', '明天上午'],
		['datetime', '', undefined],
	])('reads a %s input %j as %j', (type, raw, expected) => {
		expect(fromInput(typed(type), raw)).toBe(expected);
	});

	it.each(['abc', '12元', '１２', '1.2.3', '12，000'])(
		'keeps the unparseable number %j as NaN for validation',
		(raw) => {
			expect(fromInput(typed('number'), raw)).toBeNaN();
		},
	);
});

describe('toInput', () => {
	it.each<[FieldType, CellValue | undefined, string]>([
		['text', undefined, ''],
		['number', undefined, ''],
		['yesno', undefined, ''],
		['datetime', undefined, ''],
		['text', 'hello', 'hello'],
		['number', 12.5, '12.5'],
		['number', 0, '0'],
		['number', -3, '-3'],
		['yesno', true, 'true'],
		['yesno', false, 'false'],
		['yesno', 'maybe', ''],
		['datetime', '2026-11-26T09:30:00+08:00', '2026-11-26T09:30'],
		['datetime', '2026-11-26T09:30:45+08:00', '2026-11-26T09:30'],
		['datetime', '2026-11-26T01:30:00Z', '2026-11-26T09:30'],
		['datetime', '2026-11-26T09:30:00-05:00', '2026-11-26T22:30'],
		['datetime', '明天上午', '明天上午'],
		['date', '2026-11-26', '2026-11-26'],
		['time', '09:30', '09:30'],
	])('shows a %s value %j as %j', (type, value, expected) => {
		expect(toInput(typed(type), value)).toBe(expected);
	});

	it.each<[FieldType, CellValue]>([
		['text', '报修内容'],
		['number', 12.5],
		['number', -3],
		['yesno', true],
		['yesno', false],
		['datetime', '2026-11-26T09:30:00+08:00'],
		['date', '2026-11-26'],
	])('is undone by fromInput for a %s value %j', (type, value) => {
		expect(fromInput(typed(type), toInput(typed(type), value))).toBe(value);
	});
});

describe('displayValue', () => {
	it.each<[Pick<FormField, 'type' | 'unit'>, FieldValue | undefined, string]>([
		[{ type: 'text' }, undefined, ''],
		[{ type: 'text' }, '', ''],
		[{ type: 'text' }, '厨房水管漏水', '厨房水管漏水'],
		// Never HTML: markup is shown as the characters it is.
		[{ type: 'longtext' }, '<b>加粗</b>\n第二行', '<b>加粗</b>\n第二行'],
		[{ type: 'yesno' }, true, '是'],
		[{ type: 'yesno' }, false, '否'],
		[{ type: 'yesno' }, 'true', ''],
		[{ type: 'datetime' }, '2026-11-26T09:30:00+08:00', '2026-11-26 09:30'],
		[{ type: 'datetime' }, '2026-11-26T01:30:00Z', '2026-11-26 09:30'],
		[{ type: 'datetime' }, '明天上午', '明天上午'],
		[{ type: 'datetime' }, 20261126, ''],
		[{ type: 'multichoice' }, ['停水', '停电'], '停水；停电'],
		[{ type: 'multichoice' }, ['停水'], '停水'],
		[{ type: 'multichoice' }, [], ''],
		[{ type: 'multichoice' }, '停水', ''],
		[{ type: 'signature' }, { name: '张三', signedAt: '2026-11-26T09:30:00+08:00' }, '张三（2026-11-26 09:30）'],
		[{ type: 'signature' }, { name: '张三', signedAt: '2026-11-26T01:30:00Z' }, '张三（2026-11-26 09:30）'],
		[{ type: 'signature' }, { name: '', signedAt: '2026-11-26T09:30:00+08:00' }, ''],
		[{ type: 'number' }, 12.5, '12.5'],
		[{ type: 'number', unit: '元' }, 12.5, '12.5元'],
		[{ type: 'number', unit: '分钟' }, 0, '0分钟'],
		[{ type: 'number', unit: '元' }, -3, '-3元'],
		[{ type: 'date' }, '2026-11-26', '2026-11-26'],
		[{ type: 'choice' }, '急修', '急修'],
	])('shows %j holding %j as %j', (field, value, expected) => {
		expect(displayValue(field, value)).toBe(expected);
	});

	it.each<[string, FieldValue, string]>([
		['no rows', [], ''],
		['one full row', [{ item: '水管', qty: 2, ok: true }], '1. 材料:水管 数量:2个 合格:是'],
		[
			'several rows, cells missing',
			[{ item: '水管', qty: 2, ok: false }, { item: '阀门' }, { qty: 0 }],
			'1. 材料:水管 数量:2个 合格:否\n2. 材料:阀门 数量: 合格:\n3. 材料: 数量:0个 合格:',
		],
		['a cell of a column the template does not have', [{ item: '水管', colour: 'red' }], '1. 材料:水管 数量: 合格:'],
	])('shows a table with %s', (_name, rows, expected) => {
		expect(displayValue(tableField, rows)).toBe(expected);
	});

	it('shows only the row numbers of a table whose template has no columns', () => {
		expect(displayValue({ type: 'table' }, [{ item: '水管' }, { item: '阀门' }])).toBe('1. \n2. ');
	});
});

describe('toCsvCell', () => {
	it.each<[FieldType, FieldValue | undefined, string]>([
		['text', undefined, ''],
		['table', undefined, ''],
		['signature', undefined, ''],
		['text', '厨房水管漏水', '厨房水管漏水'],
		// Formula neutralisation is csv.ts's job; the cell is the value itself.
		['text', '=SUM(A1)', '=SUM(A1)'],
		['longtext', '第一行\n第二行', '第一行\n第二行'],
		['number', 12.5, '12.5'],
		['number', 0, '0'],
		['number', -3, '-3'],
		['yesno', true, '是'],
		['yesno', false, '否'],
		['datetime', '2026-11-26T09:30:00+08:00', '2026-11-26T09:30:00+08:00'],
		['multichoice', ['停水', '停电'], '停水；停电'],
		['multichoice', ['停水'], '停水'],
		['signature', { name: '张三', signedAt: '2026-11-26T09:30:00+08:00' }, '张三（2026-11-26T09:30:00+08:00）'],
		['table', [{ item: '水管', qty: 2 }], '[{"item":"水管","qty":2}]'],
		['table', [], '[]'],
	])('writes a %s value %j as %j', (type, value, expected) => {
		expect(toCsvCell(typed(type), value)).toBe(expected);
	});
});

describe('fromCsvCell', () => {
	it.each<FieldType>(['text', 'number', 'yesno', 'multichoice', 'signature', 'table', 'datetime'])(
		'reads an empty %s cell as no value',
		(type) => {
			expect(fromCsvCell(typed(type), '')).toBeUndefined();
		},
	);

	it.each<[FieldType, string, FieldValue]>([
		['text', '厨房水管漏水', '厨房水管漏水'],
		['text', '是', '是'],
		['number', '12.5', 12.5],
		['number', '-3', -3],
		['number', '0', 0],
		['yesno', '是', true],
		['yesno', '否', false],
		// Malformed cells come back as text for validation to reject.
		['yesno', 'true', 'true'],
		['yesno', '对', '对'],
		['multichoice', '停水；停电', ['停水', '停电']],
		['multichoice', '停水', ['停水']],
		// An ASCII semicolon is not the separator.
		['multichoice', '停水;停电', ['停水;停电']],
		['signature', '张三（2026-11-26T09:30:00+08:00）', { name: '张三', signedAt: '2026-11-26T09:30:00+08:00' }],
		[
			'signature',
			'John Smith（2026-11-26T09:30:00+08:00）',
			{ name: 'John Smith', signedAt: '2026-11-26T09:30:00+08:00' },
		],
		['signature', '张三', '张三'],
		['signature', '张三（）', { name: '张三', signedAt: '' }],
		['signature', '张三(2026-11-26T09:30:00+08:00)', '张三(2026-11-26T09:30:00+08:00)'],
		['table', '[{"item":"水管","qty":2}]', [{ item: '水管', qty: 2 }]],
		['table', '[]', []],
		['table', '[{"item":', '[{"item":'],
		['table', '水管 2个', '水管 2个'],
		['datetime', '2026-11-26T09:30:00+08:00', '2026-11-26T09:30:00+08:00'],
	])('reads a %s cell %j as %j', (type, cell, expected) => {
		expect(fromCsvCell(typed(type), cell)).toEqual(expected);
	});

	it('keeps an unparseable number cell as its text, which validation rejects', () => {
		expect(fromCsvCell(typed('number'), '十二')).toBe('十二');
	});

	// Was a bug: `Number(' ')` is 0, so a number cell holding only spaces (easily left by a
	// spreadsheet edit) is imported as 0, a valid value, instead of coming back empty or as
	// text for validation to reject. Actual: 0.
	it.each([' ', '\t', '   '])('does not turn the blank number cell %j into 0', (cell) => {
		expect([undefined, cell]).toContainEqual(fromCsvCell(typed('number'), cell));
	});
});

describe('toCsvCell → fromCsvCell', () => {
	it.each<[FieldType, FieldValue]>([
		['text', '厨房水管漏水，已关总阀'],
		['text', '=1+1'],
		['text', '张三（2026）'],
		['longtext', '第一行\r\n第二行,"引号"'],
		['room', '3-2-1502'],
		['phone', '028-12345678'],
		['person', '张三'],
		['choice', '急修'],
		['date', '2026-11-26'],
		['time', '09:30'],
		['datetime', '2026-11-26T09:30:00+08:00'],
		['number', 12.5],
		['number', -3],
		['number', 0],
		['number', 1234567.891],
		['yesno', true],
		['yesno', false],
		['multichoice', ['停水', '停电', '燃气味']],
		['multichoice', ['停水']],
		['signature', { name: '张三', signedAt: '2026-11-26T09:30:00+08:00' }],
		['signature', { name: 'A·B', signedAt: '2026-11-26T09:30:00-05:00' }],
		[
			'table',
			[
				{ item: '水管', qty: 2, ok: true },
				{ item: '阀门"DN20"，铜', qty: 0.5, ok: false },
			],
		],
	])('restores a %s value %j exactly', (type, value) => {
		expect(fromCsvCell(typed(type), toCsvCell(typed(type), value))).toEqual(value);
	});

	// Was a bug: collectValues keeps half a signature ({ name, signedAt: '' }) so validation can say
	// what is missing, and drafts are stored and exported that way; its cell '张三（）' does not
	// match the signature pattern (the time needs one character or more), so it comes back as the
	// text '张三（）' instead of the object.
	it('restores a signature without its time (a draft) exactly', () => {
		const half = { name: '张三', signedAt: '' };
		expect(fromCsvCell(typed('signature'), toCsvCell(typed('signature'), half))).toEqual(half);
	});
});
