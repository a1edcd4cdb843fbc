/**
 * Frontmatter of a procedure (作业规程), one MDX file per procedure in `content/procedures/`.
 * The document-control fields mirror the header and table of contents of FDC-RBWY-19.
 * Cross-references (roles, forms, clauses, related procedures) are checked against the
 * rest of the content in `src/lib/handbook-validation.ts`, which sees every collection.
 */
import { z } from 'astro/zod';
import { calendarDate, clauseNumber, procedureId, signOff, serviceGrade, slug, text } from './common.ts';

/** Controlled original text, a draft awaiting approval, or an index entry not yet drafted. */
export const procedureStatus = z.enum(['controlled', 'draft', 'planned'], {
	error: 'status 只能是 controlled（受控原文）、draft（草案）或 planned（未起草）',
});
export type ProcedureStatus = z.infer<typeof procedureStatus>;

/** How binding a number is; FACTS.md tags 【法】【标】【地】【惯】【拟】. */
export const limitStrength = z.enum(['law', 'standard', 'local', 'practice', 'proposed'], {
	error: 'strength 只能是 law、standard、local、practice 或 proposed',
});
export type LimitStrength = z.infer<typeof limitStrength>;

export const timeUnit = z.enum(['minute', 'hour', 'day', 'workday', 'week', 'month', 'year'], {
	error: 'unit 只能是 minute、hour、day、workday、week、month 或 year',
});
export type TimeUnit = z.infer<typeof timeUnit>;

/** A time limit the procedure sets. Audit rules read these by `id`, so ids never change. */
export const timeLimit = z.strictObject({
	/** Stable id, e.g. `urgent-arrival`; audit rules refer to it. */
	id: slug,
	/** What the limit applies to, as staff say it: 急修到场, 首次回复. */
	subject: text,
	/** `within`: must happen no later than (≤). `atLeast`: must be announced at least this early (≥). */
	relation: z.enum(['within', 'atLeast']).default('within'),
	/** The company default; `byGrade` overrides it for the contract's service grade. */
	value: z.number().positive({ error: '时限数值必须大于 0' }),
	unit: timeUnit,
	/** Values that differ by 服务等级 (e.g. 一级 30 min, 二级 60 min). */
	byGrade: z.partialRecord(serviceGrade, z.number().positive()).optional(),
	/** The event the clock starts from, e.g. 报修时间. */
	from: text.optional(),
	/** The clause that sets it; must exist in this procedure. */
	clause: clauseNumber,
	/** Where the number comes from: law and article, standard, or practice. */
	source: text,
	strength: limitStrength,
});
export type TimeLimit = z.infer<typeof timeLimit>;

/** A box of the flowchart. Steps follow each other in order unless `next` says otherwise. */
export const flowStep = z.strictObject({
	id: slug,
	/** Short enough for a phone: at most 24 characters. */
	label: text.max(24, { error: '流程图步骤文字不超过 24 个字，细节写在条款里' }),
	kind: z.enum(['start', 'step', 'decision', 'end']).default('step'),
	role: slug.optional(),
	clause: clauseNumber.optional(),
	/** Explicit successors; a decision names each branch (是 / 否). */
	next: z.array(z.strictObject({ to: slug, label: z.string().optional() })).optional(),
});
export type FlowStep = z.infer<typeof flowStep>;

/** One role's part in this procedure, linked to the clauses that say it. */
export const roleDuty = z.strictObject({
	role: slug,
	duty: text,
	clauses: z.array(clauseNumber).default([]),
});

export const relatedProcedure = z.strictObject({
	procedure: procedureId,
	clause: clauseNumber.optional(),
	/** Why a reader should go there, e.g. 维修完成后的回访. */
	reason: text.optional(),
});

export const revision = z.strictObject({
	version: z.string().regex(/^[A-Z]\/\d{2}$/, { error: '版号应形如 A/01' }),
	date: calendarDate,
	change: text,
	by: text,
	reviewedBy: text.optional(),
	approvedBy: text.optional(),
});
export type Revision = z.infer<typeof revision>;

/** A note where law has changed since the 2014 text (民法典, 个人信息保护法 …). */
export const lawUpdate = z.strictObject({
	clause: clauseNumber.optional(),
	text,
	basis: text,
});

export const procedureSchema = z
	.strictObject({
		/** Document code as printed: RBWY/W-kf01-06. */
		code: z.string().regex(/^RBWY\/W-kf01-\d{2}$/, { error: '编号应形如 RBWY/W-kf01-06' }),
		/** Position in the table of contents (序号), 1–20. */
		order: z.int().min(1).max(99),
		title: text,
		/** Page number in the printed original, from its table of contents. */
		sourcePage: z.int().positive().optional(),
		version: z.string().regex(/^[A-Z]\/\d{2}$/, { error: '版号应形如 A/01' }),
		status: procedureStatus,
		effective: calendarDate.optional(),
		prepared: signOff.optional(),
		reviewed: signOff.optional(),
		approved: signOff.optional(),
		summary: text,
		roles: z.array(roleDuty).default([]),
		/** Ids of form templates in `content/forms/`. */
		forms: z.array(slug).default([]),
		/** Everyday words staff type for these situations (业主家漏水, 快递放哪). */
		aliases: z.array(text).default([]),
		timeLimits: z.array(timeLimit).default([]),
		flow: z.array(flowStep).default([]),
		related: z.array(relatedProcedure).default([]),
		lawUpdates: z.array(lawUpdate).default([]),
		revisions: z.array(revision).min(1, { error: '至少要有一条修订记录（首次发布）' }),
		nextReview: calendarDate,
	})
	.superRefine((data, ctx) => {
		if (data.status === 'controlled') {
			for (const field of ['effective', 'prepared', 'reviewed', 'approved'] as const) {
				if (!data[field]) {
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: `受控文件必须填写 ${field}（生效日期与编制/审核/批准签署）`,
					});
				}
			}
		}
		if (data.status !== 'planned' && data.flow.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['flow'], message: '已起草的规程必须画出主流程（flow）' });
		}
		const latest = data.revisions.at(-1);
		if (latest && latest.version !== data.version) {
			ctx.addIssue({
				code: 'custom',
				path: ['revisions'],
				message: `最后一条修订记录的版号 ${latest.version} 与 version ${data.version} 不一致`,
			});
		}
	});
export type Procedure = z.infer<typeof procedureSchema>;
