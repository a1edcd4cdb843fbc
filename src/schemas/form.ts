/**
 * Form templates (记录表单) in `content/forms/<id>.yaml`: document control plus the fields
 * that make the paper form fillable. The build validates templates with this meta-schema;
 * `src/lib/records/record-schema.ts` turns a template into the zod schema that validates a
 * filled record in the browser, in imports and in tests.
 */
import { z } from 'astro/zod';
import { clauseNumber, procedureId, slug, text } from './common.ts';

/** Types a cell of a repeating table may have. */
export const cellType = z.enum(['text', 'number', 'date', 'time', 'choice', 'yesno'], {
	error: '表格列类型只能是 text、number、date、time、choice 或 yesno',
});

export const fieldType = z.enum(
	[
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
	],
	{ error: '字段类型不在支持范围内' },
);
export type FieldType = z.infer<typeof fieldType>;

const fieldCommon = {
	/** Stable id; stored records and CSV columns (`报修单号 [repair-no]`) are keyed by it, so never reuse one for another meaning. */
	id: slug,
	label: text,
	required: z.boolean().default(false),
	/** One line of help shown under the field. */
	help: text.optional(),
	/** A regular expression the value must match, with the message shown when it does not. */
	pattern: z.string().optional(),
	patternMessage: text.optional(),
	/**
	 * The shape a value must have, shown with the field before anything is typed (格式：…),
	 * so nobody learns it from a failed save: `BX-报修日期-当日三位序号，如 BX-20260301-001`.
	 */
	format: text.optional(),
	min: z.number().optional(),
	max: z.number().optional(),
	maxLength: z.int().positive().optional(),
	options: z.array(text).optional(),
	/** Shown after a number: 元, 分钟, 个. */
	unit: text.optional(),
	/** Print layout: a half-width cell (1) or the full row (2). */
	span: z.union([z.literal(1), z.literal(2)]).optional(),
};

function isRegExp(source: string): boolean {
	try {
		new RegExp(source);
		return true;
	} catch {
		return false;
	}
}

export const tableColumn = z.strictObject({ ...fieldCommon, type: cellType });
export type TableColumn = z.infer<typeof tableColumn>;

export const formField = z
	.strictObject({
		...fieldCommon,
		type: fieldType,
		/**
		 * Labels the field had before it was renamed, newest first. CSV files exported before field
		 * ids were written into the headers name columns by label only; these let them still import.
		 */
		formerLabels: z.array(text).optional(),
		/** Which part of the form (基本信息, 派工, 完工…) the field is printed and shown under. */
		section: text.optional(),
		columns: z.array(tableColumn).optional(),
		minRows: z.int().min(0).optional(),
		maxRows: z.int().positive().optional(),
		/**
		 * The field holds a number this form issues, `<prefix>-<YYYYMMDD>-<NNN>` counted per day
		 * (BX-20261126-001); the form offers the next number after those stored on the device.
		 * A field that only copies another form's number (派工单上的报修单号) has a pattern, not this.
		 */
		sequence: z
			.strictObject({
				prefix: z.string().regex(/^[A-Z]{1,4}$/, { error: '编号前缀应为 1 到 4 个大写字母，如 BX' }),
			})
			.optional(),
	})
	.superRefine((field, ctx) => {
		const needsOptions = field.type === 'choice' || field.type === 'multichoice';
		if (needsOptions && !field.options?.length) {
			ctx.addIssue({ code: 'custom', path: ['options'], message: `${field.type} 字段必须列出 options` });
		}
		if (field.type === 'table' && !field.columns?.length) {
			ctx.addIssue({ code: 'custom', path: ['columns'], message: 'table 字段必须列出 columns' });
		}
		if (field.pattern !== undefined) {
			if (!isRegExp(field.pattern)) {
				ctx.addIssue({ code: 'custom', path: ['pattern'], message: '不是有效的正则表达式' });
			}
			if (!field.patternMessage) {
				ctx.addIssue({
					code: 'custom',
					path: ['patternMessage'],
					message: '写了 pattern 就要写 patternMessage，告诉用户正确格式',
				});
			}
		}
		if (field.sequence) {
			const sample = `${field.sequence.prefix}-20260301-001`;
			if (field.type !== 'text') {
				ctx.addIssue({ code: 'custom', path: ['sequence'], message: 'sequence 只能用于 text 字段' });
			}
			if (field.pattern === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['pattern'],
					message: `写了 sequence 就要写 pattern，如 '^${field.sequence.prefix}-\\d{8}-\\d{3}$'`,
				});
			} else if (isRegExp(field.pattern) && !new RegExp(field.pattern).test(sample)) {
				ctx.addIssue({ code: 'custom', path: ['pattern'], message: `pattern 不接受按 sequence 编出的 ${sample}` });
			}
		}
		for (const [i, column] of (field.columns ?? []).entries()) {
			if (column.type === 'choice' && !column.options?.length) {
				ctx.addIssue({ code: 'custom', path: ['columns', i, 'options'], message: 'choice 列必须列出 options' });
			}
		}
	});
export type FormField = z.infer<typeof formField>;

/** A rule between fields, checked with the fields themselves and shown beside `field`. */
export const fieldRule = z.discriminatedUnion('kind', [
	z.strictObject({
		/** `field` must not be earlier than `reference` (dates, times or date-times). */
		kind: z.literal('notBefore'),
		field: slug,
		reference: slug,
		message: text,
	}),
	z.strictObject({
		/** `field` is required when `when.field` has one of `when.equals`. */
		kind: z.literal('requiredWhen'),
		field: slug,
		when: z.strictObject({ field: slug, equals: z.array(z.union([z.string(), z.boolean()])).min(1) }),
		message: text,
	}),
]);
export type FieldRule = z.infer<typeof fieldRule>;

export const formSchema = z.strictObject({
	/** Form code as printed on the paper form. */
	code: z.string().regex(/^RBWY\/JL-kf01-\d{2}-\d{2}$/, { error: '表单编号应形如 RBWY/JL-kf01-06-01' }),
	title: text,
	/** Raise it when fields change meaning; every record is stamped with the version it was made under. */
	version: z.string().regex(/^[A-Z]\/\d{2}$/, { error: '版号应形如 A/01' }),
	/** The procedures and clauses this form serves; each clause must exist. */
	serves: z
		.array(z.strictObject({ procedure: procedureId, clause: clauseNumber.optional() }))
		.min(1, { error: '表单至少服务于一个规程' }),
	/** How long filled forms are kept, e.g. 2年, 永久. */
	retention: text,
	summary: text,
	/** The field whose value names a record in lists (e.g. the room number or 单号). */
	titleField: slug.optional(),
	fields: z.array(formField).min(1, { error: '表单至少要有一个字段' }),
	rules: z.array(fieldRule).default([]),
	/**
	 * Results this form does not take by hand: the page computes them from other forms' records
	 * stored on the device (a 满意度统计分析报告 from its 征询表, `lib/records/satisfaction-rate.ts`).
	 */
	computed: z
		.strictObject({
			method: z.literal('satisfaction-rate', { error: 'computed.method 目前只能是 satisfaction-rate' }),
			/** The form whose records are counted, and the plan they were collected under. */
			surveys: slug,
			plan: slug,
			/** Satisfaction target (%) for each service grade. */
			targets: z.record(z.enum(['一级', '二级', '三级']), z.number().min(0).max(100)),
		})
		.optional(),
});
export type FormTemplate = z.infer<typeof formSchema>;
