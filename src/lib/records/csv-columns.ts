/**
 * The header row of a records CSV: how a column is named on export and which column is which
 * on import.
 *
 * A field's column is headed `报修单号 [repair-no]`: the label a supervisor reads in Excel/WPS,
 * then the field id in brackets. We chose one header row with the id in the same cell over a
 * second, machine-readable header row because a spreadsheet treats a second row as data:
 * sorting, filtering or "delete the top row" moves or loses it, and every row number shifts.
 * A suffix inside the header cell travels with its column whatever is moved, hidden, deleted
 * or sorted, and both programs save it back unchanged.
 *
 * On import the id decides, so renaming a field in content/forms/<id>.yaml keeps new exports
 * importable. A header without an id (exports from before ids were written, or typed by hand)
 * is matched by the field's current label or one of its `formerLabels`.
 *
 * Envelope columns keep fixed headers without an id: they are ours and never renamed, and an
 * id there could clash with a field's (a form may have a field `status`).
 *
 * A time column's header ends in the zone its times are in (`记录创建时间（北京时间 UTC+08:00）`,
 * `报修时间 [reported-at]（北京时间 UTC+08:00）`, see csv-time.ts); matching reads the header
 * without it and hands the zone on with the column.
 */
import type { FormField } from '../../schemas/form.ts';
import { SLUG_SOURCE } from '../../schemas/slug-pattern.ts';
import { splitZone } from './csv-time.ts';

/**
 * Envelope columns, in order: header → record key. Headers start with 记录/表单/规程 so
 * they cannot be mistaken for a form's own field labels; the build rejects a field label
 * equal to one of them.
 */
export const ENVELOPE_COLUMNS = [
	['记录编号', 'id'],
	['表单编号', 'templateCode'],
	['表单版本', 'templateVersion'],
	['规程编号', 'procedure'],
	['规程版本', 'procedureVersion'],
	['记录状态', 'status'],
	['记录标题', 'title'],
	['记录创建时间', 'createdAt'],
	['记录更新时间', 'updatedAt'],
	['记录修订号', 'revision'],
	['记录删除时间', 'deletedAt'],
] as const;

export type EnvelopeKey = (typeof ENVELOPE_COLUMNS)[number][1];

/** Envelope columns that hold times. */
export const TIME_KEYS: ReadonlySet<EnvelopeKey> = new Set(['createdAt', 'updatedAt', 'deletedAt']);

type Field = Pick<FormField, 'id' | 'label' | 'formerLabels'>;

/** `label [id]` at the end of a header; the last bracket wins, so a label may contain brackets. */
const TAGGED = new RegExp(`^.*\\[(${SLUG_SOURCE})\\]$`);

/** The header of a field's column. */
export function fieldHeader(field: Pick<FormField, 'id' | 'label'>): string {
	return `${field.label} [${field.id}]`;
}

/** `offset`: the zone the header states for its times, in minutes east of UTC. */
export type Column<F> =
	| { kind: 'envelope'; key: EnvelopeKey; offset?: number | undefined }
	| { kind: 'field'; field: F; offset?: number | undefined }
	/** Neither ours nor a field of the current form: a removed field, or a column added by hand. */
	| { kind: 'other'; header: string };

export type ColumnMatch<F> = { ok: true; columns: Array<Column<F>>; missing: F[] } | { ok: false; message: string };

const ENVELOPE_BY_HEADER = new Map<string, EnvelopeKey>(ENVELOPE_COLUMNS.map(([header, key]) => [header, key]));

/**
 * What each column of `header` holds under the current `fields`, and which fields have no
 * column (added in a later form version, or deleted in the spreadsheet). Refuses a header in
 * which two columns name one field, since either could be the one meant, and one that names
 * no field at all, which is some other form's file or has lost what matters.
 */
export function matchColumns<F extends Field>(header: readonly string[], fields: readonly F[]): ColumnMatch<F> {
	const byId = new Map(fields.map((f) => [f.id, f]));
	const byLabel = new Map<string, F>();
	// Former labels first so a current label, checked by the build to be unique, always wins.
	for (const f of fields) for (const label of f.formerLabels ?? []) byLabel.set(label, f);
	for (const f of fields) byLabel.set(f.label, f);

	// Whole-text label first: a label-only header that merely ends in brackets stays a label.
	const fieldOf = (text: string) => byLabel.get(text) ?? byId.get(TAGGED.exec(text)?.[1] ?? '');

	const seen = new Map<string, string>();
	const columns: Array<Column<F>> = [];
	for (const raw of header) {
		const text = raw.trim();
		const { name, offset } = splitZone(text);
		const envelope = ENVELOPE_BY_HEADER.get(name);
		const field = envelope ? undefined : fieldOf(name);
		if (envelope) columns.push({ kind: 'envelope', key: envelope, offset });
		else if (!field) columns.push({ kind: 'other', header: text });
		else if (seen.has(field.id)) {
			return { ok: false, message: `CSV 中有两列都对应字段“${field.label}”：${seen.get(field.id)}、${text}` };
		} else {
			seen.set(field.id, text);
			columns.push({ kind: 'field', field, offset });
		}
	}
	if (fields.length && seen.size === 0) return { ok: false, message: 'CSV 中没有这张表单的任何字段列' };
	return { ok: true, columns, missing: fields.filter((f) => !seen.has(f.id)) };
}
