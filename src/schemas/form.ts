/**
 * Form templates (记录表单) in `content/forms/<id>.yaml`. This is the document-control part
 * every form has; the field definitions that make a form fillable extend it.
 */
import { z } from 'astro/zod';
import { clauseNumber, procedureId, text } from './common.ts';

export const formSchema = z.object({
	/** Form code as printed on the paper form. */
	code: z.string().regex(/^RBWY\/JL-kf01-\d{2}-\d{2}$/, { error: '表单编号应形如 RBWY/JL-kf01-06-01' }),
	title: text,
	version: z.string().regex(/^[A-Z]\/\d{2}$/, { error: '版号应形如 A/01' }),
	/** The procedures and clauses this form serves; each clause must exist. */
	serves: z
		.array(z.object({ procedure: procedureId, clause: clauseNumber.optional() }))
		.min(1, { error: '表单至少服务于一个规程' }),
	/** How long filled forms are kept, e.g. 2年, 永久. */
	retention: text,
	summary: text,
});
export type FormMeta = z.infer<typeof formSchema>;
