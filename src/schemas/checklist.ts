/**
 * Checklists in `content/checklists/<id>.yaml`, placed in a procedure's MDX with
 * `<Checklist id="…" />`. An operational checklist is run per case (each item ticked with
 * time and operator); an audit checklist per audit (符合 / 不符合 / 不适用 with evidence).
 * Item ids are written by the author and never reused: stored runs are keyed by them.
 */
import { z } from 'astro/zod';
import { clauseNumber, procedureId, slug, text } from './common.ts';

export const checklistKind = z.enum(['operational', 'audit'], {
	error: 'kind 只能是 operational（操作清单）或 audit（审核清单）',
});
export type ChecklistKind = z.infer<typeof checklistKind>;

export const checklistItem = z.strictObject({
	id: slug,
	text: text.max(80, { error: '清单项不超过 80 个字；细节写在条款里' }),
	/** The clause of the checklist's procedure that this item checks. */
	clause: clauseNumber,
	/** Audit only: where the auditor finds the evidence (查《报修登记表》近一个月记录). */
	evidence: text.optional(),
	/** Heading the item is grouped under. */
	section: text.optional(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const checklistSchema = z.strictObject({
	procedure: procedureId,
	kind: checklistKind,
	title: text,
	summary: text,
	items: z.array(checklistItem).min(1, { error: '清单至少要有一项' }),
});
export type Checklist = z.infer<typeof checklistSchema>;
