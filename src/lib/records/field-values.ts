/**
 * The typed values a filled form holds, and their conversions: from what an input holds,
 * to text for lists and print, and to and from a CSV cell (our CSV must import back
 * without loss). Pure, shared by the form element, exports, imports and tests.
 */
import type { FormField, TableColumn } from '../../schemas/form.ts';
import { formatDateTime, isoToLocalInput, localInputToIso } from './time.ts';

/** 签字: a typed name and the moment it was signed. */
export interface Signature {
	name: string;
	signedAt: string;
}
export type CellValue = string | number | boolean;
export type TableRow = Record<string, CellValue>;
export type FieldValue = string | number | boolean | string[] | Signature | TableRow[];
export type RecordValues = Record<string, FieldValue>;

const YES = '是';
const NO = '否';
/** Joins the options of a multiple choice in a cell and in print. */
export const LIST_SEPARATOR = '；';

type Typed = Pick<FormField, 'type'> | Pick<TableColumn, 'type'>;

/**
 * The value of one input as typed data; `undefined` when empty. Numbers that do not parse
 * stay NaN so validation can say so beside the field instead of silently dropping them.
 */
export function fromInput(field: Typed, raw: string): CellValue | undefined {
	const value = raw.trim();
	if (value === '') return undefined;
	switch (field.type) {
		case 'number':
			return Number(value.replace(/,/g, ''));
		case 'yesno':
			return value === 'true' || value === YES;
		case 'datetime':
			return localInputToIso(value) ?? value;
		default:
			return value;
	}
}

/** The value an input shows for a stored value. */
export function toInput(field: Typed, value: CellValue | undefined): string {
	if (value === undefined) return '';
	if (field.type === 'datetime' && typeof value === 'string') return isoToLocalInput(value) || value;
	if (field.type === 'yesno') return value === true ? 'true' : value === false ? 'false' : '';
	return String(value);
}

/** Human-readable text of a value, for lists and print. Never HTML: callers set textContent. */
export function displayValue(
	field: Pick<FormField, 'type' | 'unit' | 'columns'>,
	value: FieldValue | undefined,
): string {
	if (value === undefined || value === '') return '';
	switch (field.type) {
		case 'yesno':
			return value === true ? YES : value === false ? NO : '';
		case 'datetime':
			return typeof value === 'string' ? formatDateTime(value) : '';
		case 'multichoice':
			return Array.isArray(value) ? (value as string[]).join(LIST_SEPARATOR) : '';
		case 'signature': {
			const sig = value as Signature;
			return sig.name ? `${sig.name}（${formatDateTime(sig.signedAt)}）` : '';
		}
		case 'table': {
			const rows = value as TableRow[];
			const columns = field.columns ?? [];
			return rows
				.map((row, i) => `${i + 1}. ${columns.map((c) => `${c.label}:${displayValue(c, row[c.id])}`).join(' ')}`)
				.join('\n');
		}
		case 'number':
			return `${value}${field.unit ?? ''}`;
		default:
			return String(value);
	}
}

/** A value as one CSV cell. Exact, so `fromCsvCell` restores it: tables as JSON, times as offset ISO. */
export function toCsvCell(field: Pick<FormField, 'type'>, value: FieldValue | undefined): string {
	if (value === undefined) return '';
	switch (field.type) {
		case 'yesno':
			return value === true ? YES : NO;
		case 'multichoice':
			return (value as string[]).join(LIST_SEPARATOR);
		case 'signature': {
			const sig = value as Signature;
			return `${sig.name}（${sig.signedAt}）`;
		}
		case 'table':
			return JSON.stringify(value);
		default:
			return String(value);
	}
}

/** The inverse of `toCsvCell`; `undefined` for an empty cell. Malformed cells come back as text for validation to reject. */
export function fromCsvCell(field: Pick<FormField, 'type'>, cell: string): FieldValue | undefined {
	if (cell.trim() === '') return undefined;
	switch (field.type) {
		case 'number': {
			const value = Number(cell);
			return Number.isNaN(value) ? cell : value;
		}
		case 'yesno':
			return cell === YES ? true : cell === NO ? false : cell;
		case 'multichoice':
			return cell.split(LIST_SEPARATOR);
		case 'signature': {
			const match = /^(.*)（([^（）]*)）$/.exec(cell);
			return match ? { name: match[1]!, signedAt: match[2]! } : cell;
		}
		case 'table':
			try {
				return JSON.parse(cell) as TableRow[];
			} catch {
				return cell;
			}
		default:
			return cell;
	}
}
