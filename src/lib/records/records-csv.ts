/**
 * CSV of one form's records, for Excel and WPS: Chinese headers, one row per record, the
 * envelope columns first. Made so our own CSV imports back: headers are matched to field
 * ids by label, cells decoded by `fromCsvCell`.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { parseCsv, restoreFormula, toCsv } from './csv.ts';
import { fromCsvCell, toCsvCell, type FieldValue, type RecordValues } from './field-values.ts';
import { STATUS_LABEL, type StoredRecord } from './record.ts';

type Template = Pick<FormTemplate, 'code' | 'fields'> & { id: string };

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

const STATUS_FROM_TEXT = Object.fromEntries(Object.entries(STATUS_LABEL).map(([k, v]) => [v, k]));

export function recordsToCsv(template: Template, records: readonly StoredRecord[]): string {
	const header = [...ENVELOPE_COLUMNS.map(([label]) => label), ...template.fields.map((f) => f.label)];
	const rows = records.map((record) => [
		...ENVELOPE_COLUMNS.map(([, key]) => (key === 'status' ? STATUS_LABEL[record.status] : String(record[key] ?? ''))),
		...template.fields.map((field) => toCsvCell(field, record.values[field.id] as FieldValue | undefined)),
	]);
	return toCsv([header, ...rows]);
}

export interface CsvRow {
	/** 1-based row number as a spreadsheet shows it (the header is row 1). */
	row: number;
	/** Unvalidated record assembled from the row; the import validates it like any other. */
	record: Record<string, unknown>;
}

export type CsvDecodeResult =
	| { ok: true; template: Template; rows: CsvRow[] }
	| { ok: false; message: string; rowErrors?: Array<{ row: number; message: string }> };

/** Reads a CSV made by `recordsToCsv` back into candidate records. */
export function csvToRecords(text: string, templates: readonly Template[]): CsvDecodeResult {
	const { rows, errors } = parseCsv(text);
	if (errors.length) {
		return {
			ok: false,
			message: 'CSV 文件格式有误',
			rowErrors: errors.map((e) => ({ row: e.line, message: e.message })),
		};
	}
	const [header, ...body] = rows;
	if (!header || body.length === 0) return { ok: false, message: 'CSV 文件中没有记录' };
	const codeColumn = header.indexOf('表单编号');
	const idColumn = header.indexOf('记录编号');
	if (codeColumn < 0 || idColumn < 0)
		return { ok: false, message: '这不是规程通导出的 CSV：缺少“记录编号”或“表单编号”列' };
	const codes = new Set(body.map((cells) => restoreFormula(cells[codeColumn] ?? '')));
	if (codes.size !== 1) return { ok: false, message: '一个 CSV 文件只能包含一种表单的记录' };
	const [code] = codes;
	const template = templates.find((t) => t.code === code);
	if (!template) return { ok: false, message: `未知的表单编号 ${code}` };
	const missing = template.fields.filter((f) => !header.includes(f.label)).map((f) => f.label);
	if (missing.length) return { ok: false, message: `CSV 缺少表单字段列：${missing.join('、')}` };

	const fieldByLabel = new Map(template.fields.map((f) => [f.label, f]));
	const envelopeByLabel = new Map<string, string>(ENVELOPE_COLUMNS.map(([label, key]) => [label, key]));
	return {
		ok: true,
		template,
		rows: body.map((cells, i) => {
			const record: Record<string, unknown> = { kind: 'form', template: template.id };
			const values: RecordValues = {};
			header.forEach((label, column) => {
				const cell = restoreFormula(cells[column] ?? '');
				const field = fieldByLabel.get(label);
				const key = envelopeByLabel.get(label);
				if (field) {
					const value = fromCsvCell(field, cell);
					if (value !== undefined) values[field.id] = value;
				} else if (key === 'revision') {
					record[key] = Number(cell);
				} else if (key === 'status') {
					record[key] = STATUS_FROM_TEXT[cell] ?? cell;
				} else if (key === 'deletedAt') {
					if (cell) record[key] = cell;
				} else if (key) {
					record[key] = cell;
				}
			});
			record['values'] = values;
			return { row: i + 2, record };
		}),
	};
}
