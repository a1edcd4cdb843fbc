/**
 * The 满意度统计分析报告's results, computed from the questionnaires entered on this device
 * (物业服务满意度调查作业规程 4.6.2–4.6.5), so no rate is typed in by hand. Pure: the form
 * page passes the records in, tests pass fixtures.
 *
 * A report template opts in with `computed: { method: satisfaction-rate, surveys, plan, targets }`.
 * The field ids below are the contract between the three forms; the build checks that the
 * templates have them (`computed-checks.ts`), so a renamed field fails there, not on a phone.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import type { RecordValues, TableRow } from './field-values.ts';

/** A record's values as stored (checked by the record schema on save, read defensively here). */
type Values = Readonly<Record<string, unknown>>;
import { toOffsetIso } from './time.ts';

/** Answers counted as satisfied, and the answers that count as a rating at all (4.6.3). */
export const SATISFIED = ['满意', '较满意'] as const;
export const RATED = ['满意', '较满意', '一般', '不满意'] as const;

/** Fields of each form the computation reads or writes. */
export const CONTRACT = {
	survey: ['plan-no', 'received-on', 'review', 'building', 'callback-consent', 'unsatisfied-reasons', 'suggestions'],
	plan: [
		'plan-no',
		'period-start',
		'period-end',
		'extended-to',
		'occupied-households',
		'by-building',
		'service-grade',
		'contract-target',
	],
	report: [
		'plan-no',
		'period-start',
		'period-end',
		'occupied-households',
		'issued-count',
		'computed-at',
		'received-count',
		'valid-count',
		'invalid-count',
		'coverage-rate',
		'return-rate',
		'item-rates',
		'overall-rate',
		'service-grade',
		'target-rate',
		'target-met',
		'lowest-items',
		'below-target-items',
		'by-building',
		'unsatisfied-count',
		'callback-due',
		'comment-count',
	],
} as const;

/** The report's inputs (from the plan, or typed where no plan is stored); every other report field is a result. */
const REPORT_INPUTS = ['plan-no', 'period-start', 'period-end', 'occupied-households', 'issued-count'];
export const RESULT_FIELDS: readonly string[] = CONTRACT.report.filter((id) => !REPORT_INPUTS.includes(id));

/** Buildings with fewer valid questionnaires than this are merged, so no household can be singled out (4.6.5). */
export const MIN_BUILDING_COUNT = 5;
const OTHER_BUILDINGS = '其他楼栋';

export interface SatisfactionInput {
	/** The report as filled so far: its 调查计划编号 chooses the plan and the questionnaires. */
	report: Values;
	/** Every stored plan and questionnaire; the ones for this plan are picked here. */
	plans: readonly Values[];
	surveys: readonly Values[];
	/** The questionnaire's scored items in form order (`scoredItems`). */
	items: ReadonlyArray<ScoredItem>;
	/** Satisfaction target (%) by service grade, from the report template. */
	targets: Readonly<Record<string, number>>;
	now?: Date;
}

export interface SatisfactionResult {
	/** The report's computed fields, to be written over what the form holds. */
	values: RecordValues;
	planFound: boolean;
	/** Questionnaires under the plan number, in scope or not. */
	total: number;
}

/** Rounded half up to one decimal, as 4.6.4 compares them. */
export const oneDecimal = (value: number): number => Math.round((value + Number.EPSILON) * 10) / 10;

const percent = (part: number, whole: number): number | undefined =>
	whole > 0 ? oneDecimal((part / whole) * 100) : undefined;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const numberOf = (value: unknown): number | undefined =>
	typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The questionnaire's scored items: choice fields offering every rated answer. */
export interface ScoredItem {
	id: string;
	label: string;
}

export function scoredItems(template: Pick<FormTemplate, 'fields'>): ScoredItem[] {
	return template.fields
		.filter((f) => f.type === 'choice' && RATED.every((answer) => f.options?.includes(answer)))
		.map((f) => ({ id: f.id, label: f.label }));
}

interface Tally {
	satisfied: number;
	fairly: number;
	neutral: number;
	unsatisfied: number;
}
const emptyTally = (): Tally => ({ satisfied: 0, fairly: 0, neutral: 0, unsatisfied: 0 });
const ANSWER_KEY: Record<(typeof RATED)[number], keyof Tally> = {
	满意: 'satisfied',
	较满意: 'fairly',
	一般: 'neutral',
	不满意: 'unsatisfied',
};
const rated = (t: Tally) => t.satisfied + t.fairly + t.neutral + t.unsatisfied;
const pleased = (t: Tally) => t.satisfied + t.fairly;

function tally(surveys: readonly Values[], itemId: string): Tally {
	const t = emptyTally();
	for (const survey of surveys) {
		const key = ANSWER_KEY[survey[itemId] as (typeof RATED)[number]];
		if (key) t[key] += 1;
	}
	return t;
}

export function satisfactionSummary(input: SatisfactionInput): SatisfactionResult {
	const { report, items, targets } = input;
	const planNo = text(report['plan-no']);
	const plan = input.plans.find((p) => planNo !== '' && text(p['plan-no']) === planNo);

	// From the plan where it is stored on this device; otherwise what the report already holds.
	const periodStart = plan ? text(plan['period-start']) : text(report['period-start']);
	const periodEnd = plan ? text(plan['extended-to']) || text(plan['period-end']) : text(report['period-end']);
	const occupied = plan ? numberOf(plan['occupied-households']) : numberOf(report['occupied-households']);
	const planRows = plan && Array.isArray(plan['by-building']) ? (plan['by-building'] as TableRow[]) : undefined;
	const issued = planRows
		? planRows.reduce((sum, row) => sum + (numberOf(row['issued']) ?? 0), 0)
		: numberOf(report['issued-count']);
	const grade = plan ? text(plan['service-grade']) : text(report['service-grade']);

	const all = input.surveys.filter((s) => planNo !== '' && text(s['plan-no']) === planNo);
	const inScope = all.filter((s) => {
		const received = text(s['received-on']);
		return received !== '' && (periodEnd === '' || received <= periodEnd);
	});
	const ratedCount = (s: Values) => items.filter((i) => (RATED as readonly string[]).includes(text(s[i.id]))).length;
	const valid = inScope.filter((s) => text(s['review']) === '有效' && ratedCount(s) * 2 >= items.length);

	const gradeTarget = targets[grade];
	const contractTarget = plan ? numberOf(plan['contract-target']) : undefined;
	const target =
		gradeTarget === undefined
			? contractTarget
			: contractTarget !== undefined && contractTarget > gradeTarget
				? contractTarget
				: gradeTarget;

	const rows = items.map((item) => {
		const t = tally(valid, item.id);
		const rate = percent(pleased(t), rated(t));
		return { item, t, rate };
	});
	const itemRates: TableRow[] = rows.map(({ item, t, rate }) => ({
		item: item.label,
		satisfied: t.satisfied,
		fairly: t.fairly,
		neutral: t.neutral,
		unsatisfied: t.unsatisfied,
		unknown: valid.length - rated(t),
		rated: rated(t),
		...(rate === undefined ? {} : { rate }),
		...(rate === undefined || target === undefined ? {} : { 'below-target': rate < target }),
		'few-ratings': rated(t) * 2 < valid.length,
	}));
	const overall = percent(
		rows.reduce((sum, r) => sum + pleased(r.t), 0),
		rows.reduce((sum, r) => sum + rated(r.t), 0),
	);
	const below = rows.filter((r) => r.rate !== undefined && target !== undefined && r.rate < target);
	// Stable sort: equal rates keep the questionnaire's order.
	const lowest = rows
		.filter((r): r is typeof r & { rate: number } => r.rate !== undefined)
		.sort((a, b) => a.rate - b.rate)
		.slice(0, 3)
		.map((r, i): TableRow => ({ rank: i + 1, item: r.item.label, rate: r.rate }));

	const values: RecordValues = {
		'plan-no': planNo,
		'computed-at': toOffsetIso(input.now ?? new Date()),
		'received-count': inScope.length,
		'valid-count': valid.length,
		'invalid-count': inScope.length - valid.length,
		'item-rates': itemRates,
		'lowest-items': lowest,
		'below-target-items': below.length ? below.map((r) => r.item.label).join('、') : '无',
		'by-building': byBuilding(valid, items),
		'target-met': overall !== undefined && target !== undefined && overall >= target,
		...followUpCounts(all, items),
	};
	const optional: Record<string, string | number | undefined> = {
		'period-start': periodStart || undefined,
		'period-end': periodEnd || undefined,
		'occupied-households': occupied,
		'issued-count': issued,
		'service-grade': grade || undefined,
		'target-rate': target,
		'overall-rate': overall,
		'return-rate': issued === undefined ? undefined : percent(inScope.length, issued),
		'coverage-rate': issued === undefined || occupied === undefined ? undefined : percent(issued, occupied),
	};
	for (const [id, value] of Object.entries(optional)) if (value !== undefined) values[id] = value;
	return { values, planFound: plan !== undefined, total: all.length };
}

/** 按楼栋满意率: small buildings merged into 其他楼栋; a merged group still too small shows only its count. */
function byBuilding(valid: readonly Values[], items: ReadonlyArray<{ id: string }>): TableRow[] {
	const groups = new Map<string, Values[]>();
	for (const survey of valid) {
		const building = text(survey['building']) || OTHER_BUILDINGS;
		groups.set(building, [...(groups.get(building) ?? []), survey]);
	}
	const large = [...groups].filter(([name, list]) => name !== OTHER_BUILDINGS && list.length >= MIN_BUILDING_COUNT);
	const rest = [...groups].filter(([name, list]) => name === OTHER_BUILDINGS || list.length < MIN_BUILDING_COUNT);
	const row = (building: string, list: readonly Values[]): TableRow => {
		const tallies = items.map((i) => tally(list, i.id));
		const ratedSum = tallies.reduce((s, t) => s + rated(t), 0);
		const pleasedSum = tallies.reduce((s, t) => s + pleased(t), 0);
		if (list.length < MIN_BUILDING_COUNT) return { building, valid: list.length };
		const rate = percent(pleasedSum, ratedSum);
		return {
			building,
			valid: list.length,
			rated: ratedSum,
			satisfied: pleasedSum,
			...(rate === undefined ? {} : { rate }),
		};
	};
	const rows = large.map(([name, list]) => row(name, list));
	const merged = rest.flatMap(([, list]) => list);
	if (merged.length) rows.push(row(OTHER_BUILDINGS, merged));
	return rows;
}

/** The three counts 4.8 works from, over every questionnaire of the plan (late and invalid ones too). */
function followUpCounts(all: readonly Values[], items: ReadonlyArray<{ id: string }>): RecordValues {
	const unhappy = (s: Values) => items.some((i) => s[i.id] === '不满意');
	const commented = (s: Values) => text(s['unsatisfied-reasons']) !== '' || text(s['suggestions']) !== '';
	return {
		'unsatisfied-count': all.filter(unhappy).length,
		'comment-count': all.filter(commented).length,
		'callback-due': all.filter((s) => s['callback-consent'] === true && (unhappy(s) || commented(s))).length,
	};
}
