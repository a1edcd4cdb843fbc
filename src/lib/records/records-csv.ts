/**
 * CSV of one form's records, for Excel and WPS: Chinese headers, one row per record, the
 * envelope columns first. Made so our own CSV imports back, also after the form changed:
 * headers carry the field id (see csv-columns.ts), cells are decoded by `fromCsvCell`.
 * Times are wall times in one zone that the header states (see csv-time.ts).
 */
import type { FormField, FormTemplate } from '../../schemas/form.ts';
import { ENVELOPE_COLUMNS, TIME_KEYS, fieldHeader, matchColumns, type EnvelopeKey } from './csv-columns.ts';
import { csvTime, readCsvTime, timeHeader, ZONE_ASSUMED, type CsvTimeRead } from './csv-time.ts';
import { parseCsv, restoreFormula, toCsv } from './csv.ts';
import { fromCsvCell, toCsvCell, type FieldValue, type RecordValues, type Signature } from './field-values.ts';
import { STATUS_LABEL, type StoredRecord } from './record.ts';
import { shorten } from '../shorten.ts';

type Template = Pick<FormTemplate, 'code' | 'fields'> & { id: string };

const STATUS_FROM_TEXT = Object.fromEntries(Object.entries(STATUS_LABEL).map(([k, v]) => [v, k]));

/** Fields whose cell holds a time: a date-time, or a signature's moment of signing. */
const isTimeField = (field: Pick<FormField, 'type'>) => field.type === 'datetime' || field.type === 'signature';

const isSignature = (value: unknown): value is Signature =>
	typeof value === 'object' && value !== null && 'signedAt' in value && typeof value.signedAt === 'string';

function fieldCell(field: Pick<FormField, 'type'>, value: FieldValue | undefined): string {
	if (field.type === 'datetime' && typeof value === 'string') return csvTime(value);
	if (field.type === 'signature' && isSignature(value))
		return toCsvCell(field, { ...value, signedAt: csvTime(value.signedAt) });
	return toCsvCell(field, value);
}

/** A field's value from its cell, with its time read in the column's zone. */
function fieldValue(
	field: Pick<FormField, 'type'>,
	cell: string,
	readTime: (text: string) => CsvTimeRead,
): FieldValue | undefined {
	const value = fromCsvCell(field, cell);
	if (field.type === 'datetime' && typeof value === 'string') return readTime(value).value;
	if (field.type === 'signature' && isSignature(value)) return { ...value, signedAt: readTime(value.signedAt).value };
	return value;
}

export function recordsToCsv(template: Template, records: readonly StoredRecord[]): string {
	const header = [
		...ENVELOPE_COLUMNS.map(([label, key]) => (TIME_KEYS.has(key) ? timeHeader(label) : label)),
		...template.fields.map((field) => (isTimeField(field) ? timeHeader(fieldHeader(field)) : fieldHeader(field))),
	];
	const rows = records.map((record) => [
		...ENVELOPE_COLUMNS.map(([, key]) => {
			if (key === 'status') return STATUS_LABEL[record.status];
			const value = String(record[key] ?? '');
			return TIME_KEYS.has(key) && value ? csvTime(value) : value;
		}),
		...template.fields.map((field) => fieldCell(field, record.values[field.id] as FieldValue | undefined)),
	]);
	return toCsv([header, ...rows]);
}

export interface CsvRow {
	/** 1-based row number as a spreadsheet shows it (the header is row 1). */
	row: number;
	/** Unvalidated record assembled from the row; the import validates it like any other. */
	record: Record<string, unknown>;
}

/**
 * Something the user should see before importing that does not stop the row: a cell of a
 * column the current form has no field for (it is not imported), or a field without a column
 * (its rows import it as not filled in). Row 1 is the header, i.e. the whole file.
 */
export interface CsvNotice {
	row: number;
	/** The column's header, or the field's header when its column is missing. */
	field: string;
	message: string;
}

export type CsvDecodeResult =
	| { ok: true; template: Template; rows: CsvRow[]; notices: CsvNotice[] }
	| { ok: false; message: string; rowErrors?: Array<{ row: number; message: string }> };

const MISSING_COLUMN = 'CSV 中没有这一列，各行按未填写导入（较早版本的表单可能还没有这个字段）';
/** How much of a cell that will not be imported the notice quotes, so the user knows which it is. */
const QUOTE_LENGTH = 30;

function notImported(cell: string): string {
	return `当前表单没有这个字段，这一格不会导入：“${shorten(cell, QUOTE_LENGTH)}”`;
}

/** The record key's value from its cell; anything odd is passed on for validation to report. */
function envelopeValue(key: EnvelopeKey, cell: string, readTime: (text: string) => CsvTimeRead): unknown {
	if (key === 'revision') return Number(cell);
	if (key === 'status') return STATUS_FROM_TEXT[cell] ?? cell;
	// A record that is not deleted has no deletedAt at all, not an empty one.
	if (key === 'deletedAt') return cell ? readTime(cell).value : undefined;
	if (TIME_KEYS.has(key)) return readTime(cell).value;
	return cell;
}

/** Reads a CSV made by `recordsToCsv`, now or under an earlier version of the form, into candidate records. */
export function csvToRecords(text: string, templates: readonly Template[]): CsvDecodeResult {
	const { rows, errors } = parseCsv(text);
	if (errors.length) {
		return {
			ok: false,
			message: 'CSV 文件格式有误',
			rowErrors: errors.map((e) => ({ row: e.line, message: e.message })),
		};
	}
	const [rawHeader, ...body] = rows;
	if (!rawHeader || body.length === 0) return { ok: false, message: 'CSV 文件中没有记录' };
	const header = rawHeader.map(restoreFormula);
	const codeColumn = header.indexOf('表单编号');
	const idColumn = header.indexOf('记录编号');
	if (codeColumn < 0 || idColumn < 0)
		return { ok: false, message: '这不是规程通导出的 CSV：缺少“记录编号”或“表单编号”列' };
	const codes = new Set(body.map((cells) => restoreFormula(cells[codeColumn] ?? '')));
	if (codes.size !== 1) return { ok: false, message: '一个 CSV 文件只能包含一种表单的记录' };
	const [code] = codes;
	const template = templates.find((t) => t.code === code);
	if (!template) return { ok: false, message: `未知的表单编号 ${code}` };
	const match = matchColumns(header, template.fields);
	if (!match.ok) return match;

	const notices: CsvNotice[] = match.missing.map((f) => ({ row: 1, field: fieldHeader(f), message: MISSING_COLUMN }));
	// Columns whose wall times were read in the company's zone because the header names none.
	const zoneAssumed = new Set<number>();
	const timeReader = (c: number, offset: number | undefined) => (text: string) => {
		const read = readCsvTime(text, offset);
		if (read.zoneAssumed) zoneAssumed.add(c);
		return read;
	};
	const records = body.map((cells, i): CsvRow => {
		const row = i + 2;
		const record: Record<string, unknown> = { kind: 'form', template: template.id };
		const values: RecordValues = {};
		match.columns.forEach((column, c) => {
			const cell = restoreFormula(cells[c] ?? '');
			if (column.kind === 'field') {
				const value = fieldValue(column.field, cell, timeReader(c, column.offset));
				if (value !== undefined) values[column.field.id] = value;
			} else if (column.kind === 'envelope') {
				const value = envelopeValue(column.key, cell, timeReader(c, column.offset));
				if (value !== undefined) record[column.key] = value;
			} else if (cell) {
				// Not silently lost: the import lists it, and the user decides whether to go on.
				notices.push({ row, field: column.header || `第 ${c + 1} 列`, message: notImported(cell) });
			}
		});
		record['values'] = values;
		return { row, record };
	});
	// About the whole file (row 1), so listed with the missing columns, before the rows.
	const zoneNotices = [...zoneAssumed].map((c) => ({ row: 1, field: header[c]!, message: ZONE_ASSUMED }));
	notices.splice(match.missing.length, 0, ...zoneNotices);
	return { ok: true, template, rows: records, notices };
}
