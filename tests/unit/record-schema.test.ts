import { describe, expect, it } from 'vitest';
import { liveHandbook } from '../content.ts';
import type { FieldRule, FieldType, FormTemplate } from '../../src/schemas/form.ts';
import {
	PERSON_MESSAGE,
	PERSON_PATTERN,
	PHONE_MESSAGE,
	PHONE_PATTERN,
	ROOM_MESSAGE,
	ROOM_PATTERN,
	validateValues,
	valuesSchema,
} from '../../src/lib/records/record-schema.ts';
import { field } from './helpers/record-fixtures.ts';

type Template = Pick<FormTemplate, 'fields' | 'rules'>;

// One field of every type; three are required.
const template: Template = {
	fields: [
		field({
			id: 'no',
			label: '报修单号',
			type: 'text',
			required: true,
			pattern: '^BX-\\d{8}-\\d{3}$',
			patternMessage: '报修单号应形如 BX-20260301-001',
		}),
		// A pattern without patternMessage (the meta-schema forbids it, the value schema copes).
		field({ id: 'code', label: '内部编码', type: 'text', pattern: '^[A-Z]{2}$' }),
		field({ id: 'note', label: '备注', type: 'longtext', maxLength: 10 }),
		field({ id: 'room', label: '房号', type: 'room' }),
		field({ id: 'phone', label: '联系电话', type: 'phone' }),
		field({ id: 'contact', label: '联系人', type: 'person' }),
		field({ id: 'fee', label: '费用', type: 'number', min: 0, max: 100, unit: '元' }),
		field({ id: 'day', label: '预约日期', type: 'date' }),
		field({ id: 'slot', label: '预约时段', type: 'time' }),
		field({ id: 'reported', label: '报修时间', type: 'datetime', required: true }),
		field({ id: 'urgency', label: '紧急程度', type: 'choice', required: true, options: ['急修', '一般'] }),
		field({ id: 'issues', label: '故障类型', type: 'multichoice', options: ['停水', '停电', '燃气味'] }),
		field({ id: 'callback', label: '是否回访', type: 'yesno' }),
		field({ id: 'sign', label: '业主签字', type: 'signature' }),
		field({
			id: 'materials',
			label: '材料',
			type: 'table',
			minRows: 1,
			maxRows: 3,
			columns: [
				{ id: 'item', label: '材料名称', type: 'text', required: true, maxLength: 8 },
				{ id: 'qty', label: '数量', type: 'number', required: true, min: 1, max: 99 },
				{ id: 'unit', label: '单位', type: 'choice', required: false, options: ['个', '米'] },
				{ id: 'checked', label: '已验收', type: 'yesno', required: false },
				{ id: 'on', label: '领用日期', type: 'date', required: false },
			],
		}),
	],
	rules: [],
};

const minimal = { no: 'BX-20261126-001', reported: '2026-11-26T09:30:00+08:00', urgency: '急修' } as const;

const full = {
	...minimal,
	code: 'AB',
	note: '十个字以内的备注',
	room: '3-2-1502',
	phone: '13800000000',
	contact: '张三',
	fee: 12.5,
	day: '2026-11-27',
	slot: '09:30',
	issues: ['停水', '燃气味'],
	callback: false,
	sign: { name: '张三', signedAt: '2026-11-26T10:00:00+08:00' },
	materials: [
		{ item: '水管', qty: 2, unit: '米', checked: true, on: '2026-11-26' },
		{ item: '阀门', qty: 1 },
	],
};

describe('exported patterns', () => {
	it.each([
		['3-2-1502', true],
		['A-1-0302', true],
		['12AB-10-101', true],
		['3-2-150', true],
		['3-2-15', false],
		['3-2-15020', false],
		['12345-1-101', false],
		['3-123-1502', false],
		['3栋2单元1502', false],
		['3-2-1502 ', false],
		['', false],
	])('ROOM_PATTERN on %j is %s', (room, matches) => {
		expect(ROOM_PATTERN.test(room)).toBe(matches);
	});

	it.each([
		['13800000000', true],
		['19912345678', true],
		['028-12345678', true],
		['02812345678', true],
		['0755-1234567', true],
		['028-12345678-123', true],
		['12800000000', false],
		['1380000000', false],
		['138000000000', false],
		['+8613800000000', false],
		['138 0000 0000', false],
		['28-12345678', false],
		['028-123456', false],
		['', false],
	])('PHONE_PATTERN on %j is %s', (phone, matches) => {
		expect(PHONE_PATTERN.test(phone)).toBe(matches);
	});

	it.each([
		['张三', true],
		['John Smith', true],
		['阿卜杜·热合曼', true],
		['J. Smith', true],
		['一二三四五六七八九十一二三四五六七八九十', true],
		['一二三四五六七八九十一二三四五六七八九十一', false],
		['张三1', false],
		['张三（代）', false],
		['', false],
	])('PERSON_PATTERN on %j is %s', (name, matches) => {
		expect(PERSON_PATTERN.test(name)).toBe(matches);
	});

	it('has the documented messages', () => {
		expect(ROOM_MESSAGE).toBe('房号格式为 楼栋-单元-房号，如 3-2-1502');
		expect(PHONE_MESSAGE).toBe('请填写 11 位手机号或带区号的座机号，如 13800000000、028-12345678');
		expect(PERSON_MESSAGE).toBe('请填写姓名（中文或字母，不超过 20 个字）');
	});
});

describe('validateValues: whole records', () => {
	it('accepts the required fields alone', () => {
		expect(validateValues(template, minimal)).toEqual({ ok: true, values: minimal });
	});

	it('accepts every field filled', () => {
		expect(validateValues(template, full)).toEqual({ ok: true, values: full });
	});

	it('accepts optional fields given as undefined', () => {
		expect(validateValues(template, { ...minimal, room: undefined, sign: undefined })).toEqual({
			ok: true,
			values: { ...minimal, room: undefined, sign: undefined },
		});
	});

	it.each([
		['null', null],
		['an array', []],
		['a string', 'BX-20261126-001'],
		['a number', 42],
		['undefined', undefined],
	])('rejects %s as a whole', (_name, values) => {
		expect(validateValues(template, values)).toEqual({ ok: false, errors: { '': '记录格式不正确' } });
	});

	it('rejects a field the form does not have, keyed by its id', () => {
		expect(validateValues(template, { ...minimal, colour: '红' })).toEqual({
			ok: false,
			errors: { colour: '含有表单中没有的字段' },
		});
	});

	it('rejects several unknown fields under one key', () => {
		expect(validateValues(template, { ...minimal, colour: '红', size: 3 })).toEqual({
			ok: false,
			errors: { 'colour、size': '含有表单中没有的字段' },
		});
	});

	it('keys each error by its field and keeps one message per field', () => {
		expect(validateValues(template, { ...minimal, no: '', fee: -1, issues: ['停水', '停气'], phone: '123' })).toEqual({
			ok: false,
			errors: {
				no: '请填写报修单号',
				fee: '费用不能小于 0',
				'issues.1': '故障类型含有不在选项中的值',
				phone: PHONE_MESSAGE,
			},
		});
	});
});

describe('validateValues: one value per field type', () => {
	it.each<[string, unknown]>([
		['no', 'BX-20260301-001'],
		['code', 'ZZ'],
		['note', '一'],
		['note', '一二三四五六七八九十'],
		['note', '第一行\n第二行'],
		['room', '3-2-1502'],
		['room', 'A-1-0302'],
		['phone', '13800000000'],
		['phone', '028-12345678'],
		['phone', '0755-1234567'],
		['contact', '张三'],
		['contact', 'John Smith'],
		['fee', 0],
		['fee', 100],
		['fee', 0.01],
		['day', '2026-11-26'],
		['slot', '00:00'],
		['slot', '23:59'],
		['reported', '2026-11-26T09:30:00+08:00'],
		['reported', '2026-11-26T01:30:00Z'],
		['reported', '2026-11-26T09:30:00-05:00'],
		['reported', '2026-11-26T09:30:00.123+08:00'],
		['urgency', '一般'],
		['issues', ['停电']],
		['issues', ['停水', '停电', '燃气味']],
		['callback', true],
		['callback', false],
		['sign', { name: 'John Smith', signedAt: '2026-11-26T01:30:00Z' }],
		['materials', [{ item: '水管', qty: 1 }]],
		[
			'materials',
			[
				{ item: '水管', qty: 99, unit: '个', checked: false, on: '2026-11-26' },
				{ item: '阀门', qty: 1 },
				{ item: '胶带', qty: 3 },
			],
		],
	])('accepts %s = %j', (id, value) => {
		const values = { ...minimal, [id]: value };
		expect(validateValues(template, values)).toEqual({ ok: true, values });
	});

	it.each<[string, unknown, string, string]>([
		// text: required, pattern with its message, wrong type
		['no', '', 'no', '请填写报修单号'],
		['no', 'BX-1', 'no', '报修单号应形如 BX-20260301-001'],
		['no', ' BX-20260301-001', 'no', '报修单号应形如 BX-20260301-001'],
		['no', 20260301001, 'no', '报修单号格式不正确'],
		// pattern without patternMessage
		['code', 'abc', 'code', '内部编码格式不正确'],
		// longtext: maxLength; an optional text may be absent, not empty
		['note', '一二三四五六七八九十一', 'note', '备注不超过 10 个字'],
		['note', '', 'note', '请填写备注'],
		// room
		['room', '3栋2单元1502', 'room', ROOM_MESSAGE],
		['room', '', 'room', '请填写房号'],
		['room', 3021502, 'room', '房号格式不正确'],
		['room', null, 'room', '房号格式不正确'],
		// phone
		['phone', '12800000000', 'phone', PHONE_MESSAGE],
		['phone', '+8613800000000', 'phone', PHONE_MESSAGE],
		['phone', '', 'phone', '请填写联系电话'],
		['phone', 13800000000, 'phone', '联系电话格式不正确'],
		// person
		['contact', '张三1', 'contact', PERSON_MESSAGE],
		['contact', '一二三四五六七八九十一二三四五六七八九十一', 'contact', PERSON_MESSAGE],
		['contact', '', 'contact', '请填写联系人'],
		// number: min, max, not a number
		['fee', -1, 'fee', '费用不能小于 0'],
		['fee', -0.01, 'fee', '费用不能小于 0'],
		['fee', 100.5, 'fee', '费用不能大于 100'],
		['fee', '12', 'fee', '费用请填写数字'],
		['fee', Number.NaN, 'fee', '费用请填写数字'],
		['fee', Number.POSITIVE_INFINITY, 'fee', '费用请填写数字'],
		['fee', null, 'fee', '费用请填写数字'],
		// date
		['day', '2026/11/26', 'day', '预约日期请填写日期，如 2026-11-26'],
		['day', '2026-11-26T09:30', 'day', '预约日期请填写日期，如 2026-11-26'],
		['day', '26-11-26', 'day', '预约日期请填写日期，如 2026-11-26'],
		['day', 20261126, 'day', '预约日期请填写日期，如 2026-11-26'],
		// time
		['slot', '9:30', 'slot', '预约时段请填写时间，如 09:30'],
		['slot', '09:30:00', 'slot', '预约时段请填写时间，如 09:30'],
		['slot', '', 'slot', '预约时段请填写时间，如 09:30'],
		// datetime: needs an offset and seconds, and a real date
		['reported', '2026-11-26T09:30', 'reported', '报修时间请填写日期和时间'],
		['reported', '2026-11-26T09:30+08:00', 'reported', '报修时间请填写日期和时间'],
		['reported', '2026-11-26 09:30:00+08:00', 'reported', '报修时间请填写日期和时间'],
		['reported', '2026-02-30T09:30:00+08:00', 'reported', '报修时间请填写日期和时间'],
		['reported', '', 'reported', '报修时间请填写日期和时间'],
		// choice
		['urgency', '特急', 'urgency', '紧急程度请从选项中选择'],
		['urgency', '', 'urgency', '紧急程度请从选项中选择'],
		['urgency', ['急修'], 'urgency', '紧急程度请从选项中选择'],
		// multichoice: at least one, each an option; the element is keyed
		['issues', [], 'issues', '请至少选择一项故障类型'],
		['issues', ['停气'], 'issues.0', '故障类型含有不在选项中的值'],
		['issues', ['停水', '停气'], 'issues.1', '故障类型含有不在选项中的值'],
		// yesno
		['callback', 'true', 'callback', '是否回访请选择是或否'],
		['callback', '是', 'callback', '是否回访请选择是或否'],
		['callback', 1, 'callback', '是否回访请选择是或否'],
		// signature
		['sign', '张三', 'sign', '业主签字请签字'],
		['sign', null, 'sign', '业主签字请签字'],
		['sign', { name: '张三1', signedAt: '2026-11-26T10:00:00+08:00' }, 'sign.name', PERSON_MESSAGE],
		['sign', { name: '', signedAt: '2026-11-26T10:00:00+08:00' }, 'sign.name', '业主签字请填写签字人姓名'],
		['sign', { name: '张三', signedAt: '' }, 'sign.signedAt', '业主签字缺少签字时间'],
		['sign', { name: '张三', signedAt: '2026-11-26T10:00' }, 'sign.signedAt', '业主签字缺少签字时间'],
		['sign', { name: '张三' }, 'sign.signedAt', '业主签字缺少签字时间'],
		// table: rows, then cells keyed by row and column
		['materials', [], 'materials', '材料至少填写 1 行'],
		[
			'materials',
			[
				{ item: 'a', qty: 1 },
				{ item: 'b', qty: 1 },
				{ item: 'c', qty: 1 },
				{ item: 'd', qty: 1 },
			],
			'materials',
			'材料最多 3 行',
		],
		['materials', '水管 2 米', 'materials', '材料格式不正确'],
		['materials', { item: '水管', qty: 2 }, 'materials', '材料格式不正确'],
		['materials', [{ item: '水管' }], 'materials.0.qty', '数量请填写数字'],
		['materials', [{ item: '水管', qty: 0 }], 'materials.0.qty', '数量不能小于 1'],
		['materials', [{ item: '水管', qty: 100 }], 'materials.0.qty', '数量不能大于 99'],
		[
			'materials',
			[
				{ item: '水管', qty: 1 },
				{ item: '阀门', qty: '一' },
			],
			'materials.1.qty',
			'数量请填写数字',
		],
		['materials', [{ item: '', qty: 1 }], 'materials.0.item', '请填写材料名称'],
		['materials', [{ item: '九个字的材料名称啊', qty: 1 }], 'materials.0.item', '材料名称不超过 8 个字'],
		['materials', [{ qty: 1 }], 'materials.0.item', '请填写材料名称'],
		['materials', [{ item: '水管', qty: 1, unit: '吨' }], 'materials.0.unit', '单位请从选项中选择'],
		['materials', [{ item: '水管', qty: 1, checked: '是' }], 'materials.0.checked', '已验收请选择是或否'],
		['materials', [{ item: '水管', qty: 1, on: '11/26' }], 'materials.0.on', '领用日期请填写日期，如 2026-11-26'],
	])('rejects %s = %j at %s with %j', (id, value, key, message) => {
		expect(validateValues(template, { ...minimal, [id]: value })).toEqual({ ok: false, errors: { [key]: message } });
	});

	it('reports a cell error in every row that has one', () => {
		expect(
			validateValues(template, {
				...minimal,
				materials: [
					{ item: '水管', qty: 0 },
					{ item: '阀门', qty: 1 },
					{ item: '', qty: 2 },
				],
			}),
		).toEqual({
			ok: false,
			errors: { 'materials.0.qty': '数量不能小于 1', 'materials.2.item': '请填写材料名称' },
		});
	});

	it('leaves out the cells of columns the table does not have from the values it returns', () => {
		expect(validateValues(template, { ...minimal, materials: [{ item: '水管', qty: 1, colour: '红' }] })).toEqual({
			ok: true,
			values: { ...minimal, materials: [{ item: '水管', qty: 1 }] },
		});
	});

	// Was a bug: date and time were checked only for their shape (\d{4}-\d{2}-\d{2}, \d{2}:\d{2}),
	// so impossible dates and times pass, while datetime (z.iso.datetime) rejects them.
	// Actual: { ok: true }.
	it.each<[string, string, string]>([
		['day', '2026-13-45', '预约日期请填写日期，如 2026-11-26'],
		['day', '2026-02-30', '预约日期请填写日期，如 2026-11-26'],
		['day', '0000-00-00', '预约日期请填写日期，如 2026-11-26'],
		['slot', '25:99', '预约时段请填写时间，如 09:30'],
		['slot', '24:00', '预约时段请填写时间，如 09:30'],
	])('rejects the impossible %s %j', (id, value, message) => {
		expect(validateValues(template, { ...minimal, [id]: value })).toEqual({ ok: false, errors: { [id]: message } });
	});

	// Was a bug: these schemas carried no Chinese message for a wrong shape, so zod/mini's bare
	// 'Invalid input' is shown beside the field. Actual: 'Invalid input'.
	it.each<[string, unknown, string]>([
		['issues', '停水', 'issues'],
		['issues', null, 'issues'],
		['sign', { name: 3, signedAt: '2026-11-26T10:00:00+08:00' }, 'sign.name'],
		['materials', ['水管'], 'materials.0'],
	])('names the field in Chinese when %s = %j is the wrong shape', (id, value, key) => {
		const result = validateValues(template, { ...minimal, [id]: value });
		expect(result.ok).toBe(false);
		const message = result.ok ? '' : (result.errors[key] ?? '');
		expect(message).toMatch(/[\u4e00-\u9fa5]/);
	});
});

describe('validateValues: required vs optional', () => {
	const single = (type: FieldType, required: boolean): Template => ({
		fields: [
			field({
				id: 'f',
				label: '字段',
				type,
				required,
				...(type === 'choice' || type === 'multichoice' ? { options: ['甲', '乙'] } : {}),
				...(type === 'table' ? { columns: [{ id: 'c', label: '列', type: 'text', required: false }] } : {}),
			}),
		],
		rules: [],
	});

	const TYPES: FieldType[] = [
		'text',
		'longtext',
		'number',
		'date',
		'time',
		'datetime',
		'choice',
		'multichoice',
		'yesno',
		'phone',
		'room',
		'person',
		'signature',
		'table',
	];

	it.each(TYPES)('an optional %s may be left out', (type) => {
		expect(validateValues(single(type, false), {})).toEqual({ ok: true, values: {} });
	});

	it.each<[FieldType, string]>([
		['number', '字段请填写数字'],
		['datetime', '字段请填写日期和时间'],
		['choice', '字段请从选项中选择'],
		['yesno', '字段请选择是或否'],
		['signature', '字段请签字'],
	])('a required %s left out is reported as %j', (type, message) => {
		expect(validateValues(single(type, true), {})).toEqual({ ok: false, errors: { f: message } });
	});

	// Was a bug: a required field that is absent (collectValues leaves every empty input out) fails
	// the base type check, whose message is '字段格式不正确' ("wrong format"), not the
	// '请填写字段' that `required()` gives only to an empty string; a multichoice even gets
	// zod's bare 'Invalid input'. The user sees "wrong format" beside a blank field.
	it.each<[FieldType, string]>([
		['text', '请填写字段'],
		['longtext', '请填写字段'],
		['phone', '请填写字段'],
		['room', '请填写字段'],
		['person', '请填写字段'],
		['date', '请填写字段'],
		['time', '请填写字段'],
		['table', '请填写字段'],
		['multichoice', '请至少选择一项字段'],
	])('a required %s left out asks for it (%j)', (type, message) => {
		expect(validateValues(single(type, true), {})).toEqual({ ok: false, errors: { f: message } });
	});

	it('lists every missing required field of the fixture', () => {
		const result = validateValues(template, {});
		expect(result.ok).toBe(false);
		expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(['no', 'reported', 'urgency']);
	});
});

describe('valuesSchema', () => {
	it('is strict about unknown fields', () => {
		const schema = valuesSchema(template);
		expect(schema.safeParse(full).success).toBe(true);
		expect(schema.safeParse({ ...full, extra: 1 }).success).toBe(false);
	});

	it('accepts no values when no field is required', () => {
		expect(valuesSchema({ fields: [field({ id: 'a', label: 'A', type: 'text' })] }).safeParse({}).success).toBe(true);
	});
});

describe('validateValues: notBefore', () => {
	const rule = (id: string, reference: string, message: string): FieldRule => ({
		kind: 'notBefore',
		field: id,
		reference,
		message,
	});
	const timed: Template = {
		fields: [
			field({ id: 'reported', label: '报修时间', type: 'datetime', required: true }),
			field({ id: 'arrived', label: '到场时间', type: 'datetime' }),
			field({ id: 'from', label: '开始日期', type: 'date' }),
			field({ id: 'to', label: '结束日期', type: 'date' }),
			field({ id: 'start', label: '开始时刻', type: 'time' }),
			field({ id: 'end', label: '结束时刻', type: 'time' }),
		],
		rules: [
			rule('arrived', 'reported', '到场时间不能早于报修时间'),
			rule('to', 'from', '结束日期不能早于开始日期'),
			rule('end', 'start', '结束时刻不能早于开始时刻'),
		],
	};
	const reported = '2026-11-26T09:30:00+08:00';

	it.each<[string, Record<string, unknown>]>([
		['later', { arrived: '2026-11-26T09:31:00+08:00' }],
		['the same instant', { arrived: '2026-11-26T09:30:00+08:00' }],
		['the same instant written in UTC', { arrived: '2026-11-26T01:30:00Z' }],
		// As text '2026-11-26T01:31' sorts before '2026-11-26T09:30'; as an instant it is later.
		['later, though earlier as text', { arrived: '2026-11-26T01:31:00Z' }],
		['the field missing', {}],
		['a later date', { from: '2026-11-26', to: '2026-11-27' }],
		['the same date', { from: '2026-11-26', to: '2026-11-26' }],
		['a date whose reference is missing', { to: '2026-11-27' }],
		['a later time', { start: '09:30', end: '10:00' }],
		['the same time', { start: '09:30', end: '09:30' }],
	])('accepts %s', (_name, extra) => {
		const values = { reported, ...extra };
		expect(validateValues(timed, values)).toEqual({ ok: true, values });
	});

	it.each<[string, Record<string, unknown>, string, string]>([
		['a minute earlier', { arrived: '2026-11-26T09:29:00+08:00' }, 'arrived', '到场时间不能早于报修时间'],
		['a second earlier', { arrived: '2026-11-26T09:29:59+08:00' }, 'arrived', '到场时间不能早于报修时间'],
		// As text '2026-11-26T09:00…-05:00' sorts after; as an instant it is 22:00 the day before in +08:00.
		['earlier, though later as text', { arrived: '2026-11-25T09:00:00-05:00' }, 'arrived', '到场时间不能早于报修时间'],
		['an earlier date', { from: '2026-11-26', to: '2026-11-25' }, 'to', '结束日期不能早于开始日期'],
		['an earlier time', { start: '09:30', end: '09:29' }, 'end', '结束时刻不能早于开始时刻'],
		// The field's own error wins over the rule's.
		['an invalid, earlier value', { arrived: '2026-11-26T09:00' }, 'arrived', '到场时间请填写日期和时间'],
	])('rejects %s', (_name, extra, key, message) => {
		expect(validateValues(timed, { reported, ...extra })).toEqual({ ok: false, errors: { [key]: message } });
	});

	it('still checks the rules when another field is invalid', () => {
		expect(validateValues(timed, { reported, arrived: '2026-11-26T09:00:00+08:00', from: '26/11' })).toEqual({
			ok: false,
			errors: { from: '开始日期请填写日期，如 2026-11-26', arrived: '到场时间不能早于报修时间' },
		});
	});
});

describe('validateValues: requiredWhen', () => {
	const dispatch: Template = {
		fields: [
			field({
				id: 'status',
				label: '处理状态',
				type: 'choice',
				required: true,
				options: ['待派工', '已派工', '已完成'],
			}),
			field({ id: 'repairer', label: '维修人', type: 'person' }),
			field({ id: 'issues', label: '故障类型', type: 'multichoice', options: ['停水', '燃气味'] }),
			field({ id: 'handling', label: '处置', type: 'text' }),
			field({ id: 'callback', label: '是否回访', type: 'yesno' }),
			field({ id: 'callback-note', label: '回访情况', type: 'longtext' }),
			field({ id: 'tags', label: '标记', type: 'multichoice', options: ['甲', '乙'] }),
		],
		rules: [
			{
				kind: 'requiredWhen',
				field: 'repairer',
				when: { field: 'status', equals: ['已派工', '已完成'] },
				message: '已派工的须填写维修人',
			},
			{
				kind: 'requiredWhen',
				field: 'handling',
				when: { field: 'issues', equals: ['燃气味'] },
				message: '有燃气味的须写明处置',
			},
			{
				kind: 'requiredWhen',
				field: 'callback-note',
				when: { field: 'callback', equals: [true] },
				message: '已回访的须写明回访情况',
			},
			{
				kind: 'requiredWhen',
				field: 'tags',
				when: { field: 'status', equals: ['已完成'] },
				message: '已完成的须选择标记',
			},
		],
	};

	it.each<[string, Record<string, unknown>]>([
		['the trigger not matched', { status: '待派工' }],
		['the trigger matched and the field filled', { status: '已派工', repairer: '李四' }],
		['a multichoice trigger without the value', { status: '待派工', issues: ['停水'] }],
		[
			'a multichoice trigger with the value and the field filled',
			{ status: '待派工', issues: ['停水', '燃气味'], handling: '已关阀开窗' },
		],
		['a yesno trigger that is false', { status: '待派工', callback: false }],
		[
			'a yesno trigger that is true and the field filled',
			{ status: '待派工', callback: true, 'callback-note': '满意' },
		],
		['a multichoice field that is filled', { status: '已完成', repairer: '李四', tags: ['甲'] }],
	])('accepts %s', (_name, values) => {
		expect(validateValues(dispatch, values)).toEqual({ ok: true, values });
	});

	it.each<[string, Record<string, unknown>, Record<string, string>]>([
		['a choice trigger', { status: '已派工' }, { repairer: '已派工的须填写维修人' }],
		['a multichoice trigger', { status: '待派工', issues: ['停水', '燃气味'] }, { handling: '有燃气味的须写明处置' }],
		['a yesno trigger', { status: '待派工', callback: true }, { 'callback-note': '已回访的须写明回访情况' }],
		['two rules at once', { status: '已完成' }, { repairer: '已派工的须填写维修人', tags: '已完成的须选择标记' }],
		// An empty value is the field's own error first.
		['the field given as an empty string', { status: '已派工', repairer: '' }, { repairer: '请填写维修人' }],
		[
			'the field given as an empty list',
			{ status: '已完成', repairer: '李四', tags: [] },
			{ tags: '请至少选择一项标记' },
		],
	])('rejects %s', (_name, values, errors) => {
		expect(validateValues(dispatch, values)).toEqual({ ok: false, errors });
	});
});

// The real form, read by the loader the build uses.
const register: FormTemplate = (await liveHandbook()).form('repair-register');

describe('the real 报修登记表 (content/forms/repair-register.yaml)', () => {
	const accepted = {
		'repair-no': 'BX-20261126-001',
		status: '待派工',
		'reported-at': '2026-11-26T09:30:00+08:00',
		channel: '服务电话',
		room: '3-2-1502',
		contact: '张三',
		'contact-phone': '13800000000',
		description: '厨房水管漏水',
		urgency: '急修',
		category: '户内（有偿）',
	};
	const done = {
		...accepted,
		status: '已完成',
		'dispatched-at': '2026-11-26T09:35:00+08:00',
		repairer: '李四',
		'arrived-at': '2026-11-26T09:55:00+08:00',
		'completed-at': '2026-11-26T10:40:00+08:00',
		result: '更换角阀，试水无渗漏',
		'owner-signature': { name: '张三', signedAt: '2026-11-26T10:45:00+08:00' },
	};

	it.each([
		['a new report', accepted],
		['a completed repair', done],
		[
			'a public-area report without a room',
			{ ...accepted, room: undefined, category: '公共部位（无偿）', location: '3栋2单元电梯厅' },
		],
	])('accepts %s', (_name, values) => {
		expect(validateValues(register, values)).toEqual({ ok: true, values });
	});

	it.each<[string, Record<string, unknown>, Record<string, string>]>([
		[
			'a malformed 报修单号',
			{ 'repair-no': 'BX-1' },
			{ 'repair-no': '报修单号应形如 BX-20260301-001（BX-报修日期-当日三位序号）' },
		],
		['an indoor report without a room', { room: undefined }, { room: '户内报修须填写房号' }],
		[
			'a public-area report without a location',
			{ category: '公共部位（无偿）' },
			{ location: '公共部位和共用部位报修须填写报修位置' },
		],
		[
			'an appointment before the report',
			{ 'appointment-at': '2026-11-26T09:00:00+08:00' },
			{ 'appointment-at': '预约时间不能早于报修时间' },
		],
		[
			'a completed status with nothing filled',
			{ status: '已完成' },
			{
				'dispatched-at': '已派工的报修须填写派工时间',
				repairer: '已派工的报修须填写维修人',
				'arrived-at': '已完成的报修须填写到场时间',
				'completed-at': '已完成的报修须填写完成时间',
				result: '已完成的报修须填写维修结果',
			},
		],
	])('rejects %s', (_name, change, errors) => {
		expect(validateValues(register, { ...accepted, ...change })).toEqual({ ok: false, errors });
	});

	it.each<[string, Record<string, unknown>, Record<string, string>]>([
		[
			'arrival before dispatch',
			{ 'arrived-at': '2026-11-26T09:34:00+08:00' },
			{ 'arrived-at': '到场时间不能早于派工时间' },
		],
		// Both arrival rules apply; the first in the template wins.
		[
			'arrival before the report',
			{ 'arrived-at': '2026-11-26T09:00:00+08:00' },
			{ 'arrived-at': '到场时间不能早于报修时间' },
		],
		[
			'completion before arrival',
			{ 'completed-at': '2026-11-26T09:50:00+08:00' },
			{ 'completed-at': '完成时间不能早于到场时间' },
		],
	])('rejects a completed repair with %s', (_name, change, errors) => {
		expect(validateValues(register, { ...done, ...change })).toEqual({ ok: false, errors });
	});
});
