/**
 * What a checklist run holds and how far it got: the marks, the progress and the line that
 * sums a run up on its page and in 我的记录. Free of zod so the records list can show it
 * without loading the validation (`checklist-run.ts`, which re-exports all of this).
 */
import type { ChecklistKind } from '../../schemas/checklist.ts';

export const AUDIT_RESULTS = ['符合', '不符合', '不适用'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export interface OperationalMark {
	done: boolean;
	/** The item does not apply to this case (no paid work, no warranty …); `done` is then false. */
	notApplicable?: boolean;
	at: string;
	by: string;
}

export interface OperationalRun {
	/** 关联单号或房号. */
	caseRef?: string;
	items: Record<string, OperationalMark>;
}

/** Why an audit was finished with items not reviewed, and which (ids in checklist order). */
export interface Unreviewed {
	items: string[];
	reason: string;
	at: string;
}

export interface AuditRun {
	auditor?: string;
	/** What was audited: period, sample. */
	scope?: string;
	items: Record<string, { result: AuditResult; evidence?: string; at: string }>;
	/** Set when the audit was finished with items left unreviewed. */
	unreviewed?: Unreviewed;
}

export type ChecklistRunValues = OperationalRun | AuditRun;

/** What a run is checked against: the kind and the item ids (a page reads them from its HTML). */
export interface ChecklistShape {
	kind: ChecklistKind;
	items: ReadonlyArray<{ id: string }>;
}

/** The audit's items without a conclusion, in checklist order. */
export function unreviewedItems(checklist: ChecklistShape, run: AuditRun): string[] {
	const items = run.items ?? {};
	return checklist.items.filter((i) => !items[i.id]).map((i) => i.id);
}

export interface RunProgress {
	total: number;
	/** Items handled: ticked or marked 不适用; for audits, with any conclusion. */
	answered: number;
	/** Items marked 不适用. */
	notApplicable: number;
	/** Audit only: 符合 / (符合 + 不符合), as a percentage rounded to one decimal; null when nothing is scored. */
	score: number | null;
	nonConformities: string[];
}

export function runProgress(checklist: ChecklistShape, values: ChecklistRunValues): RunProgress {
	const total = checklist.items.length;
	// Stored values are read without validation in lists: a run may lack its items.
	if (checklist.kind === 'operational') {
		const items = (values as OperationalRun).items ?? {};
		return {
			total,
			answered: checklist.items.filter((i) => items[i.id]?.done || items[i.id]?.notApplicable).length,
			notApplicable: checklist.items.filter((i) => items[i.id]?.notApplicable && !items[i.id]?.done).length,
			score: null,
			nonConformities: [],
		};
	}
	const items = (values as AuditRun).items ?? {};
	const marks = checklist.items.map((i) => [i.id, items[i.id]?.result] as const);
	const yes = marks.filter(([, r]) => r === '符合').length;
	const no = marks.filter(([, r]) => r === '不符合');
	const scored = yes + no.length;
	return {
		total,
		answered: marks.filter(([, r]) => r !== undefined).length,
		notApplicable: marks.filter(([, r]) => r === '不适用').length,
		score: scored ? Math.round((yes / scored) * 1000) / 10 : null,
		nonConformities: no.map(([id]) => id),
	};
}

/**
 * How a run reads on its page and in 我的记录, after its state (已完成, 进行中 …):
 * `进行中 · 已完成 5/15 项 · 不适用 2 项`, `已完成 · 已审核 13/13 项 · 符合率 92.3% · 不符合 1 项`,
 * and an audit finished with items open says so first:
 * `已完成（3/13 项已审核，未审核 10 项：原因） · 符合率 100% · 不符合 0 项`.
 */
export function runSummary(
	checklist: ChecklistShape,
	values: ChecklistRunValues,
	state: string,
	finished: boolean,
): string {
	const p = runProgress(checklist, values);
	if (checklist.kind === 'operational') {
		return `${state} · 已完成 ${p.answered}/${p.total} 项${p.notApplicable ? ` · 不适用 ${p.notApplicable} 项` : ''}`;
	}
	const score = `符合率 ${p.score === null ? '—' : `${p.score}%`} · 不符合 ${p.nonConformities.length} 项`;
	const note = (values as AuditRun).unreviewed;
	if (finished && note?.items.length) {
		return `${state}（${p.answered}/${p.total} 项已审核，未审核 ${note.items.length} 项：${note.reason}） · ${score}`;
	}
	// Finished before reasons were asked for, with items open: it must not read as complete.
	const open = finished ? unreviewedItems(checklist, values as AuditRun).length : 0;
	const head = open
		? `${state}（${p.answered}/${p.total} 项已审核，未审核 ${open} 项：未说明原因）`
		: `${state} · 已审核 ${p.answered}/${p.total} 项`;
	return `${head} · ${score}`;
}
