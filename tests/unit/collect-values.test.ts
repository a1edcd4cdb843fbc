import { describe, expect, it } from 'vitest';
import type { FormTemplate } from '../../src/schemas/form.ts';
import { collectValues } from '../../src/lib/records/collect-values.ts';
import type { RecordValues } from '../../src/lib/records/field-values.ts';
import { field } from './helpers/record-fixtures.ts';

const template: Pick<FormTemplate, 'fields'> = {
	fields: [
		field({ id: 'no', label: '报修单号', type: 'text', required: true }),
		field({ id: 'note', label: '备注', type: 'longtext' }),
		field({ id: 'room', label: '房号', type: 'room' }),
		field({ id: 'urgency', label: '紧急程度', type: 'choice', options: ['急修', '一般'] }),
		field({ id: 'fee', label: '费用', type: 'number', unit: '元' }),
		field({ id: 'day', label: '预约日期', type: 'date' }),
		field({ id: 'slot', label: '预约时段', type: 'time' }),
		field({ id: 'reported', label: '报修时间', type: 'datetime' }),
		field({ id: 'issues', label: '故障类型', type: 'multichoice', options: ['停水', '停电', '燃气味'] }),
		field({ id: 'callback', label: '是否回访', type: 'yesno' }),
		field({ id: 'sign', label: '业主签字', type: 'signature' }),
		field({
			id: 'materials',
			label: '材料',
			type: 'table',
			columns: [
				{ id: 'item', label: '材料名称', type: 'text', required: true },
				{ id: 'qty', label: '数量', type: 'number', required: true },
				{ id: 'checked', label: '已验收', type: 'yesno', required: false },
				{ id: 'on', label: '领用日期', type: 'date', required: false },
			],
		}),
		// Its id starts like the table's: its input must not be read as a table cell.
		field({ id: 'materials-note', label: '材料说明', type: 'text' }),
	],
};

/** A real FormData with the entries in order; a name repeated is appended again, as checkboxes are. */
function form(entries: ReadonlyArray<readonly [string, string | Blob]>): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

describe('collectValues', () => {
	it('reads nothing from an empty form', () => {
		expect(collectValues(template, new FormData())).toEqual({});
	});

	it('leaves out every field whose inputs are empty or blank', () => {
		const data = form([
			['no', ''],
			['note', '   '],
			['room', ''],
			['urgency', ''],
			['fee', ' '],
			['day', ''],
			['slot', ''],
			['reported', ''],
			['issues', ''],
			['callback', ''],
			['sign.name', '  '],
			['sign.signedAt', ''],
			['materials.0.item', ''],
			['materials.0.qty', ''],
			['materials.0.checked', ''],
			['materials-note', ''],
		]);
		expect(collectValues(template, data)).toEqual({});
	});

	it('reads a fully filled form, in template order', () => {
		const data = form([
			['materials.0.item', '水管'],
			['materials.0.qty', '2'],
			['materials.0.checked', 'true'],
			['materials.0.on', '2026-11-26'],
			['no', ' BX-20261126-001 '],
			['note', '第一行\n第二行'],
			['room', '3-2-1502'],
			['urgency', '急修'],
			['fee', '1,200.50'],
			['day', '2026-11-27'],
			['slot', '09:30'],
			['reported', '2026-11-26T09:30'],
			['issues', '停水'],
			['issues', '燃气味'],
			['callback', 'false'],
			['sign.name', '张三'],
			['sign.signedAt', '2026-11-26T10:45'],
			['materials-note', '业主自购'],
		]);
		const expected: RecordValues = {
			no: 'BX-20261126-001',
			note: '第一行\n第二行',
			room: '3-2-1502',
			urgency: '急修',
			fee: 1200.5,
			day: '2026-11-27',
			slot: '09:30',
			reported: '2026-11-26T09:30:00+08:00',
			issues: ['停水', '燃气味'],
			callback: false,
			sign: { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' },
			materials: [{ item: '水管', qty: 2, checked: true, on: '2026-11-26' }],
			'materials-note': '业主自购',
		};
		const values = collectValues(template, data);
		expect(values).toEqual(expected);
		expect(Object.keys(values)).toEqual(Object.keys(expected));
	});

	it('ignores inputs that are not fields of the template', () => {
		expect(
			collectValues(
				template,
				form([
					['no', 'BX-1'],
					['_csrf', 'x'],
					['colour', '红'],
					['sign', '张三'],
				]),
			),
		).toEqual({ no: 'BX-1' });
	});

	describe('multiple choice', () => {
		it.each<[string, Array<string | Blob>, RecordValues]>([
			['one option', ['停电'], { issues: ['停电'] }],
			['several options, in the order given', ['燃气味', '停水'], { issues: ['燃气味', '停水'] }],
			['empty entries dropped', ['', '停水', ''], { issues: ['停水'] }],
			['only empty entries', ['', ''], {}],
			['a file among the entries dropped', ['停水', new Blob(['x'])], { issues: ['停水'] }],
			// Not trimmed or checked here: validation rejects what is not an option.
			['a value as given', [' 停水'], { issues: [' 停水'] }],
		])('reads %s', (_name, chosen, expected) => {
			expect(collectValues(template, form(chosen.map((value) => ['issues', value] as const)))).toEqual(expected);
		});
	});

	describe('signature', () => {
		it.each<[string, string, string, RecordValues]>([
			[
				'a name and a time',
				'张三',
				'2026-11-26T10:45',
				{ sign: { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' } },
			],
			[
				'a time with seconds',
				'张三',
				'2026-11-26T10:45:30',
				{ sign: { name: '张三', signedAt: '2026-11-26T10:45:30+08:00' } },
			],
			[
				'a name to trim',
				'  John Smith ',
				'2026-11-26T10:45',
				{ sign: { name: 'John Smith', signedAt: '2026-11-26T10:45:00+08:00' } },
			],
			// Half a signature is kept so validation can say which half is missing.
			['a name only', '张三', '', { sign: { name: '张三', signedAt: '' } }],
			['a time only', '', '2026-11-26T10:45', { sign: { name: '', signedAt: '2026-11-26T10:45:00+08:00' } }],
			['a time that is not a wall time, kept as typed', '张三', '刚才', { sign: { name: '张三', signedAt: '刚才' } }],
			[
				'an offset time, kept as it is',
				'张三',
				'2026-11-26T10:45:00+08:00',
				{ sign: { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' } },
			],
			['neither', '', '', {}],
			['a blank name and no time', '   ', '', {}],
		])('reads %s', (_name, name, signedAt, expected) => {
			expect(
				collectValues(
					template,
					form([
						['sign.name', name],
						['sign.signedAt', signedAt],
					]),
				),
			).toEqual(expected);
		});

		it('reads a signature whose time input is missing altogether', () => {
			expect(collectValues(template, form([['sign.name', '张三']]))).toEqual({ sign: { name: '张三', signedAt: '' } });
		});
	});

	describe('table', () => {
		it('reads rows in the order their inputs come, dropping a row left completely empty', () => {
			const data = form([
				['materials.0.item', '水管'],
				['materials.0.qty', '2'],
				['materials.1.item', ''],
				['materials.1.qty', '  '],
				['materials.1.checked', ''],
				['materials.2.item', '阀门'],
				['materials.2.qty', '1,000'],
				['materials.2.checked', 'false'],
			]);
			expect(collectValues(template, data)).toEqual({
				materials: [
					{ item: '水管', qty: 2 },
					{ item: '阀门', qty: 1000, checked: false },
				],
			});
		});

		it.each<[string, Array<readonly [string, string]>, RecordValues]>([
			['a partly filled row, keeping only its filled cells', [['materials.0.qty', '3']], { materials: [{ qty: 3 }] }],
			[
				'an unparseable number as NaN for validation',
				[
					['materials.0.item', '胶带'],
					['materials.0.qty', '一卷'],
				],
				{ materials: [{ item: '胶带', qty: Number.NaN }] },
			],
			[
				'a yesno cell',
				[
					['materials.0.item', '胶带'],
					['materials.0.checked', 'true'],
				],
				{ materials: [{ item: '胶带', checked: true }] },
			],
			[
				'row keys that are not numbers',
				[
					['materials.r7.item', '甲'],
					['materials.new.item', '乙'],
				],
				{ materials: [{ item: '甲' }, { item: '乙' }] },
			],
			[
				'rows out of numeric order as they come',
				[
					['materials.5.item', '后'],
					['materials.2.item', '前'],
				],
				{ materials: [{ item: '后' }, { item: '前' }] },
			],
			['a row whose only cell is of a column the table does not have', [['materials.0.colour', '红']], {}],
			[
				'only empty rows',
				[
					['materials.0.item', ''],
					['materials.1.qty', ''],
				],
				{},
			],
		])('reads %s', (_name, entries, expected) => {
			expect(collectValues(template, form(entries))).toEqual(expected);
		});

		it('keeps cells of one row together wherever their inputs are', () => {
			const data = form([
				['materials.0.item', '水管'],
				['materials.1.item', '阀门'],
				['materials.0.qty', '2'],
				['materials.1.qty', '1'],
			]);
			expect(collectValues(template, data)).toEqual({
				materials: [
					{ item: '水管', qty: 2 },
					{ item: '阀门', qty: 1 },
				],
			});
		});
	});

	describe('plain fields', () => {
		it.each<[string, string, RecordValues]>([
			['fee', '12', { fee: 12 }],
			['fee', '0', { fee: 0 }],
			['fee', '-3.5', { fee: -3.5 }],
			['fee', '1,234.5', { fee: 1234.5 }],
			['fee', '十二', { fee: Number.NaN }],
			['callback', 'true', { callback: true }],
			['callback', 'false', { callback: false }],
			['reported', '2026-11-26T09:30', { reported: '2026-11-26T09:30:00+08:00' }],
			['reported', '明天', { reported: '明天' }],
			['no', '  BX-20261126-001\n', { no: 'BX-20261126-001' }],
			['urgency', '一般', { urgency: '一般' }],
			['day', '2026-11-26', { day: '2026-11-26' }],
			['slot', '23:59', { slot: '23:59' }],
		])('reads %s = %j', (name, raw, expected) => {
			expect(collectValues(template, form([[name, raw]]))).toEqual(expected);
		});

		it('reads the first of a plain field repeated', () => {
			expect(
				collectValues(
					template,
					form([
						['no', 'BX-1'],
						['no', 'BX-2'],
					]),
				),
			).toEqual({ no: 'BX-1' });
		});

		it('leaves out a plain field whose input is a file', () => {
			expect(collectValues(template, form([['note', new Blob(['x'])]]))).toEqual({});
		});
	});
});
