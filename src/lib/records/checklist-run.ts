/**
 * A checklist run's values and score. Operational runs tick items with time and operator;
 * audit runs mark each item 符合 / 不符合 / 不适用 with evidence. Items are keyed by the
 * author's stable ids, so a run survives edits that reorder or reword the checklist.
 */
import * as z from 'zod/mini';
import type { ChecklistKind } from '../../schemas/checklist.ts';
import type { FieldErrors } from './record-schema.ts';

export const AUDIT_RESULTS = ['符合', '不符合', '不适用'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

const offsetIso = z.iso.datetime({ offset: true, error: '时间格式不正确' });

export interface OperationalRun {
	/** 关联单号或房号. */
	caseRef?: string;
	items: Record<string, { done: boolean; at: string; by: string }>;
}

export interface AuditRun {
	auditor?: string;
	/** What was audited: period, sample. */
	scope?: string;
	items: Record<string, { result: AuditResult; evidence?: string; at: string }>;
}

export type ChecklistRunValues = OperationalRun | AuditRun;

/** What a run is checked against: the kind and the item ids (a page reads them from its HTML). */
export interface ChecklistShape {
	kind: ChecklistKind;
	items: ReadonlyArray<{ id: string }>;
}

// Item ids are checked against the checklist separately, so an unknown one is reported
// under its own key (`items.<id>`); here any key is let through.
function runSchema(checklist: ChecklistShape) {
	const mark = { error: '清单项记录格式不正确' };
	if (checklist.kind === 'operational') {
		return z.object({
			caseRef: z.optional(z.string().check(z.maxLength(60, { error: '关联单号不超过 60 个字' }))),
			items: z.record(z.string(), z.object({ done: z.boolean(), at: offsetIso, by: z.string() }, mark)),
		});
	}
	return z.object({
		auditor: z.optional(z.string().check(z.maxLength(40, { error: '审核人不超过 40 个字' }))),
		scope: z.optional(z.string().check(z.maxLength(200, { error: '审核范围不超过 200 个字' }))),
		// A run in progress has answered only some items.
		items: z.record(
			z.string(),
			z.object(
				{
					result: z.enum(AUDIT_RESULTS, { error: '结论只能是 符合、不符合 或 不适用' }),
					evidence: z.optional(z.string()),
					at: offsetIso,
				},
				mark,
			),
		),
	});
}

/** Validates a run; a 不符合 needs its evidence. Errors are keyed `items.<id>` or the field name. */
export function validateRun(
	checklist: ChecklistShape,
	values: unknown,
): { ok: true } | { ok: false; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const known = new Set(checklist.items.map((i) => i.id));
	const items = (values as { items?: unknown } | null)?.items;
	if (items && typeof items === 'object') {
		for (const id of Object.keys(items)) if (!known.has(id)) errors[`items.${id}`] = '清单中没有这一项';
	}
	const result = runSchema(checklist).safeParse(values);
	if (!result.success) {
		for (const issue of result.error.issues) errors[issue.path.join('.') || '(root)'] ??= issue.message;
	} else if (checklist.kind === 'audit') {
		for (const [id, mark] of Object.entries((result.data as AuditRun).items)) {
			if (mark.result === '不符合' && !mark.evidence?.trim()) errors[`items.${id}`] = '不符合项必须写明证据';
		}
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

export interface RunProgress {
	total: number;
	answered: number;
	/** Audit only: 符合 / (符合 + 不符合), as a percentage rounded to one decimal; null when nothing is scored. */
	score: number | null;
	nonConformities: string[];
}

export function runProgress(checklist: ChecklistShape, values: ChecklistRunValues): RunProgress {
	const total = checklist.items.length;
	if (checklist.kind === 'operational') {
		const items = (values as OperationalRun).items;
		return {
			total,
			answered: checklist.items.filter((i) => items[i.id]?.done).length,
			score: null,
			nonConformities: [],
		};
	}
	const items = (values as AuditRun).items;
	const marks = checklist.items.map((i) => [i.id, items[i.id]?.result] as const);
	const yes = marks.filter(([, r]) => r === '符合').length;
	const no = marks.filter(([, r]) => r === '不符合');
	const scored = yes + no.length;
	return {
		total,
		answered: marks.filter(([, r]) => r !== undefined).length,
		score: scored ? Math.round((yes / scored) * 1000) / 10 : null,
		nonConformities: no.map(([id]) => id),
	};
}
