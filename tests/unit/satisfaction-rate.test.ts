import { describe, expect, it } from 'vitest';
import { oneDecimal, satisfactionSummary, scoredItems } from '../../src/lib/records/satisfaction-rate.ts';
import { checkComputedForms } from '../../src/lib/content/computed-checks.ts';
import { liveHandbook } from '../content.ts';

const items = [
	{ id: 'item-a', label: '客服接待' },
	{ id: 'item-b', label: '报修维修' },
];
const targets = { 一级: 80, 二级: 75, 三级: 70 };
const plan = {
	'plan-no': 'MJ-20270301-001',
	'period-start': '2027-03-01',
	'period-end': '2027-03-15',
	'occupied-households': 200,
	'service-grade': '一级',
	'by-building': [
		{ building: '1栋', issued: 60 },
		{ building: '2栋', issued: 40 },
	],
};
const survey = (a: string, b: string, extra: Record<string, unknown> = {}) => ({
	'plan-no': 'MJ-20270301-001',
	'received-on': '2027-03-10',
	review: '有效',
	building: '1栋',
	'item-a': a,
	'item-b': b,
	...extra,
});

describe('satisfactionSummary (kf01-16 4.6.2–4.6.5)', () => {
	const surveys = [
		survey('满意', '满意'),
		survey('较满意', '一般'),
		survey('满意', '不满意', { 'callback-consent': true }),
		survey('一般', '不了解', { suggestions: '电梯太慢' }),
		survey('满意', '满意'),
		// Invalid: reviewed so; and one with no item rated; and one too late; and another plan's.
		survey('满意', '满意', { review: '无效' }),
		survey('不了解', '', {}),
		survey('不满意', '不满意', { 'received-on': '2027-03-20' }),
		survey('满意', '满意', { 'plan-no': 'MJ-20260301-001' }),
	];
	const { values, planFound, total } = satisfactionSummary({
		report: { 'plan-no': 'MJ-20270301-001' },
		plans: [plan],
		surveys,
		items,
		targets,
		now: new Date('2027-03-20T02:00:00Z'),
	});

	it('takes the period, households, issued count and grade from the plan', () => {
		expect(planFound).toBe(true);
		expect(values).toMatchObject({
			'period-start': '2027-03-01',
			'period-end': '2027-03-15',
			'occupied-households': 200,
			'issued-count': 100,
			'service-grade': '一级',
			'target-rate': 80,
		});
	});

	it('counts received (not late, not another plan), valid and invalid questionnaires', () => {
		expect(total).toBe(8);
		expect(values).toMatchObject({ 'received-count': 7, 'valid-count': 5, 'invalid-count': 2 });
		expect(values['return-rate']).toBe(7);
		expect(values['coverage-rate']).toBe(50);
	});

	it('rates each item over its ratings only, and the whole over all ratings, not an average', () => {
		const rows = values['item-rates'] as Array<Record<string, unknown>>;
		// 客服接待: 满意3 较满意1 一般1 → 4/5 = 80.0; 报修维修: 满意2 一般1 不满意1, 不了解1 → 2/4 = 50.0
		expect(rows[0]).toMatchObject({
			item: '客服接待',
			satisfied: 3,
			fairly: 1,
			neutral: 1,
			rated: 5,
			rate: 80,
			'below-target': false,
		});
		expect(rows[1]).toMatchObject({
			item: '报修维修',
			satisfied: 2,
			unsatisfied: 1,
			unknown: 1,
			rated: 4,
			rate: 50,
			'below-target': true,
		});
		expect(values['overall-rate']).toBe(oneDecimal((6 / 9) * 100));
		expect(values['target-met']).toBe(false);
		expect(values['below-target-items']).toBe('报修维修');
		expect(values['lowest-items']).toEqual([
			{ rank: 1, item: '报修维修', rate: 50 },
			{ rank: 2, item: '客服接待', rate: 80 },
		]);
	});

	it('shows a building with fewer than five valid questionnaires only by its count', () => {
		expect(values['by-building']).toEqual([{ building: '1栋', valid: 5, rated: 9, satisfied: 6, rate: 66.7 }]);
		const small = satisfactionSummary({
			report: { 'plan-no': 'MJ-20270301-001' },
			plans: [plan],
			surveys: surveys.slice(0, 2),
			items,
			targets,
		});
		expect(small.values['by-building']).toEqual([{ building: '其他楼栋', valid: 2 }]);
	});

	it('counts the follow-ups over every questionnaire of the plan, late and invalid ones too', () => {
		expect(values).toMatchObject({ 'unsatisfied-count': 2, 'comment-count': 1, 'callback-due': 1 });
	});

	it('takes a higher contract target from the plan, and leaves a rate blank when nothing was rated', () => {
		const higher = satisfactionSummary({
			report: { 'plan-no': 'MJ-20270301-001' },
			plans: [{ ...plan, 'contract-target': 90 }],
			surveys: [],
			items,
			targets,
		});
		expect(higher.values['target-rate']).toBe(90);
		expect(higher.values['overall-rate']).toBeUndefined();
		expect(higher.values['target-met']).toBe(false);
		expect(higher.values['below-target-items']).toBe('无');
	});

	it('without a stored plan, computes from the period and counts the report holds', () => {
		const { values: v, planFound: found } = satisfactionSummary({
			report: { 'plan-no': 'MJ-20270301-001', 'period-end': '2027-03-09', 'issued-count': 10, 'service-grade': '二级' },
			plans: [],
			surveys,
			items,
			targets,
		});
		expect(found).toBe(false);
		expect(v).toMatchObject({ 'received-count': 0, 'target-rate': 75, 'issued-count': 10 });
	});
});

describe('the live questionnaire', () => {
	it('has the twelve scored items the report counts, in form order', async () => {
		const handbook = await liveHandbook();
		const labels = scoredItems(handbook.form('satisfaction-survey')).map((i) => i.label);
		expect(labels).toHaveLength(12);
		expect(labels[0]).toBe('客服接待');
	});
});

describe('checkComputedForms', () => {
	it('names the field a computed report needs when a form lacks it, and passes the live forms', async () => {
		const handbook = await liveHandbook();
		const entry = (id: string) => ({ id, file: `content/forms/${id}.yaml`, data: handbook.form(id) });
		const forms = [entry('satisfaction-report'), entry('satisfaction-survey'), entry('satisfaction-plan')];
		const sources = { procedures: [], roles: [], checklists: [], quizzes: [], forms };
		expect(checkComputedForms(sources)).toEqual([]);
		const survey = handbook.form('satisfaction-survey');
		const renamed = {
			...survey,
			fields: survey.fields.map((f) => (f.id === 'received-on' ? { ...f, id: 'received' } : f)),
		};
		const issues = checkComputedForms({ ...sources, forms: [forms[0]!, { ...forms[1]!, data: renamed }, forms[2]!] });
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'content/forms/satisfaction-report.yaml',
				field: 'computed.surveys',
				message: expect.stringContaining('received-on'),
			}),
		]);
	});
});
