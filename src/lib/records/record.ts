/**
 * The stored record: a filled form or a checklist run, with the envelope every record
 * carries (stable id, what it was made under, times, revision). Validated on every load
 * from the browser store and on every import row; the values are validated separately
 * against the template (`record-schema.ts`, `checklist-run.ts`).
 */
import * as z from 'zod/mini';

const offsetIso = z.iso.datetime({ offset: true, error: '时间必须是带时区的 ISO 8601 格式' });

export const recordKind = z.enum(['form', 'checklist']);
export type RecordKind = z.infer<typeof recordKind>;

/** `draft`: being filled, autosaved. `saved`: a finished form. `finished`: a completed checklist run. */
export const recordStatus = z.enum(['draft', 'saved', 'finished']);
export type RecordStatus = z.infer<typeof recordStatus>;

/** How a status reads in lists and in the CSV. */
export const STATUS_LABEL: Record<RecordStatus, string> = { draft: '草稿', saved: '已保存', finished: '已完成' };

export const storedRecordSchema = z.object({
	id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, { error: '记录编号格式不正确' })),
	kind: recordKind,
	/** Form or checklist id. */
	template: z.string().check(z.minLength(1)),
	/** The form code (or checklist id) and version the record was made under. */
	templateCode: z.string().check(z.minLength(1)),
	templateVersion: z.string().check(z.minLength(1)),
	procedure: z.string().check(z.regex(/^kf01-\d{2}$/)),
	procedureVersion: z.string().check(z.minLength(1)),
	status: recordStatus,
	/** What names the record in a list (房号, 单号 …); kept so lists need no template. */
	title: z.string(),
	createdAt: offsetIso,
	updatedAt: offsetIso,
	/** Increases by one on every save; a save that expects an older revision is a conflict. */
	revision: z.int().check(z.gte(1)),
	/** Set when the user deletes it; the record stays until purged so the deletion can be undone. */
	deletedAt: z.optional(offsetIso),
	values: z.record(z.string(), z.unknown()),
});
export type StoredRecord = z.infer<typeof storedRecordSchema>;

/** The template facts stamped on a new record. */
export interface RecordOrigin {
	kind: RecordKind;
	template: string;
	templateCode: string;
	templateVersion: string;
	procedure: string;
	procedureVersion: string;
}

export function newRecord(origin: RecordOrigin, now: string, id: string = crypto.randomUUID()): StoredRecord {
	return { ...origin, id, status: 'draft', title: '', createdAt: now, updatedAt: now, revision: 1, values: {} };
}

/** Short form of a record id for people: the first 8 hex digits. */
export function shortId(id: string): string {
	return id.slice(0, 8).toUpperCase();
}
