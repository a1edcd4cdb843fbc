/**
 * A checklist run's values and score. Operational runs tick items, or mark them 不适用, with
 * time and operator; audit runs mark each item 符合 / 不符合 / 不适用 with evidence. Items are
 * keyed by the author's stable ids, so a run survives edits that reorder or reword the checklist.
 *
 * An audit finished with items nobody reviewed keeps which items and why (`unreviewed`), so
 * it never reads as a full audit; `finishRun` asks for that reason before it lets one finish.
 */
import * as z from 'zod/mini';
import {
	AUDIT_RESULTS,
	unreviewedItems,
	type AuditRun,
	type ChecklistRunValues,
	type ChecklistShape,
	type OperationalRun,
} from './checklist-progress.ts';
import type { FieldErrors } from './record-schema.ts';

export {
	AUDIT_RESULTS,
	runProgress,
	runSummary,
	unreviewedItems,
	type AuditResult,
	type AuditRun,
	type ChecklistRunValues,
	type ChecklistShape,
	type OperationalMark,
	type OperationalRun,
	type RunProgress,
	type Unreviewed,
} from './checklist-progress.ts';

const offsetIso = z.iso.datetime({ offset: true, error: '时间格式不正确' });

export const REASON_MAX = 500;
export const REASON_REQUIRED = '请写明这些项未审核的原因';

// Item ids are checked against the checklist separately, so an unknown one is reported
// under its own key (`items.<id>`); here any key is let through.
function runSchema(checklist: ChecklistShape) {
	const mark = { error: '清单项记录格式不正确' };
	if (checklist.kind === 'operational') {
		return z.object({
			caseRef: z.optional(z.string().check(z.maxLength(60, { error: '关联单号不超过 60 个字' }))),
			items: z.record(
				z.string(),
				z.object({ done: z.boolean(), notApplicable: z.optional(z.boolean()), at: offsetIso, by: z.string() }, mark),
			),
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
		unreviewed: z.optional(
			z.object(
				{
					items: z.array(z.string()),
					reason: z
						.string()
						.check(
							z.regex(/\S/, { error: REASON_REQUIRED }),
							z.maxLength(REASON_MAX, { error: `原因不超过 ${REASON_MAX} 个字` }),
						),
					at: offsetIso,
				},
				{ error: '未审核项的记录格式不正确' },
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
		const run = result.data as AuditRun;
		for (const [id, mark] of Object.entries(run.items)) {
			if (mark.result === '不符合' && !mark.evidence?.trim()) errors[`items.${id}`] = '不符合项必须写明证据';
		}
		if (run.unreviewed?.items.some((id) => !known.has(id))) errors['unreviewed.items'] = '清单中没有这一项';
	} else {
		for (const [id, mark] of Object.entries((result.data as OperationalRun).items)) {
			if (mark.done && mark.notApplicable) errors[`items.${id}`] = '一项不能既已完成又不适用';
		}
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true };
}

export type FinishResult =
	| { ok: true; values: ChecklistRunValues }
	/** `unreviewed`: the audit items still open, for the user to see before giving a reason. */
	| { ok: false; errors: FieldErrors; unreviewed: string[] };

/**
 * The values a run is finished with, or why it cannot finish yet: a 不符合 without evidence,
 * or an audit with unreviewed items and no `reason` for them. An audit finished with items
 * open records them and the reason; one with none open drops an earlier note.
 */
export function finishRun(
	checklist: ChecklistShape,
	values: ChecklistRunValues,
	reason: string,
	at: string,
): FinishResult {
	const valid = validateRun(checklist, values);
	if (checklist.kind !== 'audit') return valid.ok ? { ok: true, values } : { ...valid, unreviewed: [] };
	const { unreviewed: _earlier, ...run } = values as AuditRun;
	const open = unreviewedItems(checklist, run);
	const errors: FieldErrors = valid.ok ? {} : { ...valid.errors };
	delete errors['unreviewed.items'];
	const why = reason.trim();
	if (open.length && !why) errors['unreviewed.reason'] = REASON_REQUIRED;
	else if (why.length > REASON_MAX) errors['unreviewed.reason'] = `原因不超过 ${REASON_MAX} 个字`;
	if (Object.keys(errors).length) return { ok: false, errors, unreviewed: open };
	return { ok: true, values: open.length ? { ...run, unreviewed: { items: open, reason: why, at } } : run };
}
