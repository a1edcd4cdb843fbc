/**
 * Writing and reading the CSV files that records are exported to and imported from.
 * Output is RFC 4180 with a UTF-8 BOM (so Excel/WPS open Chinese text correctly) and with
 * formula-looking cells neutralised against CSV injection; the reader undoes both, so our
 * own exports import back exactly. Pure and dependency-free: runs in the browser and Node.
 */

/** The UTF-8 byte order mark; without it Excel reads a UTF-8 CSV as the local ANSI code page. */
export const CSV_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by Excel/WPS (OWASP "CSV injection");
// tab, CR and NUL are included because spreadsheets skip them before looking for `=`.
const FORMULA_START = '=+\\-@\\t\\r\\x00';
// Cells that neutralizeFormula prefixes. Leading quotes are included so that a value which
// already looks neutralised ("'=x") is prefixed too and restoreFormula can tell them apart.
const NEEDS_PREFIX = new RegExp(`^'*[${FORMULA_START}]`);
// Exactly the image of NEEDS_PREFIX under the prefixing: at least one quote, then a trigger.
const PREFIXED = new RegExp(`^'+[${FORMULA_START}]`);
// RFC 4180: only these force a field to be quoted.
const NEEDS_QUOTES = /[",\r\n]/;

/** The cell with a leading `'` when a spreadsheet would otherwise run it as a formula. */
export function neutralizeFormula(cell: string): string {
	return NEEDS_PREFIX.test(cell) ? `'${cell}` : cell;
}

/**
 * Undoes neutralizeFormula on a cell read from one of our exports.
 *
 * Only a quote followed by (more quotes and then) a formula character is dropped, so "'abc"
 * stays as it is. Because neutralizeFormula also prefixes "'=x" (giving "''=x"), every string
 * survives neutralizeFormula → restoreFormula unchanged. The one ambiguity is a file we did
 * not write: a hand-typed "'=x" there was never prefixed, yet comes back as "=x".
 */
export function restoreFormula(cell: string): string {
	return PREFIXED.test(cell) ? cell.slice(1) : cell;
}

function quoteField(cell: string): string {
	return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The rows as an RFC 4180 CSV file: BOM first, CRLF after every record, cells neutralised. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
	let out = CSV_BOM;
	for (const row of rows) {
		out += row.map((cell) => quoteField(neutralizeFormula(cell))).join(',') + '\r\n';
	}
	return out;
}

/** What parseCsv read: the well-formed records, and one error for each record it skipped. */
export interface CsvParseResult {
	rows: string[][];
	errors: Array<{ line: number; message: string }>;
}

const UNTERMINATED = '引号未闭合';
const STRAY_QUOTE = '未加引号的字段中出现引号';
const TEXT_AFTER_QUOTE = '引号闭合后出现多余字符';

interface RecordRead {
	fields: string[];
	/** Why the record is malformed, or null. */
	error: string | null;
	/** Where the next record starts, and on which physical line. */
	next: number;
	nextLine: number;
}

/** Index just past the line break that ends the physical line containing `from` (or the end). */
function afterLineBreak(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') return i + 1;
		if (c === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
	}
	return text.length;
}

/** Reads the record starting at `start` (physical line `line`), tolerating malformed quotes. */
function readRecord(text: string, start: number, line: number): RecordRead {
	const fields: string[] = [];
	let error: string | null = null;
	let i = start;
	for (;;) {
		let field = '';
		if (text[i] === '"') {
			const openLine = line;
			const openAt = i;
			i++;
			for (;;) {
				if (i >= text.length) {
					// The quote swallowed the rest of the file. Resume on the line after the one
					// where it opened, so one stray quote costs a single record, not everything after.
					return { fields, error: UNTERMINATED, next: afterLineBreak(text, openAt), nextLine: openLine + 1 };
				}
				const c = text[i]!;
				if (c === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				// Embedded line breaks are kept exactly as written but still count as physical lines.
				if (c === '\r' && text[i + 1] === '\n') {
					field += '\r\n';
					i += 2;
					line++;
					continue;
				}
				if (c === '\r' || c === '\n') line++;
				field += c;
				i++;
			}
			const after = text[i];
			if (after !== undefined && after !== ',' && after !== '\r' && after !== '\n') {
				error ??= TEXT_AFTER_QUOTE;
			}
		}
		// An unquoted field, or the junk after a closing quote: read on to the field's end so the
		// record boundary is found and parsing can continue with the next record.
		while (i < text.length) {
			const c = text[i];
			if (c === ',' || c === '\r' || c === '\n') break;
			if (c === '"') error ??= STRAY_QUOTE;
			field += c;
			i++;
		}
		fields.push(field);
		if (i >= text.length) return { fields, error, next: i, nextLine: line };
		if (text[i] === ',') {
			i++;
			continue;
		}
		return { fields, error, next: afterLineBreak(text, i), nextLine: line + 1 };
	}
}

/**
 * Reads CSV text (CRLF, LF or CR line ends; leading BOM ignored). A line break after the last
 * record ends it rather than starting an empty one; blank lines before that are records with
 * one empty field, as RFC 4180 has it (toCsv writes a single empty cell that way). A record
 * with a malformed quote is left out of `rows` and reported with the physical line it starts on.
 */
export function parseCsv(text: string): CsvParseResult {
	const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
	const rows: string[][] = [];
	const errors: CsvParseResult['errors'] = [];
	let i = 0;
	let line = 1;
	while (i < body.length) {
		const record = readRecord(body, i, line);
		if (record.error === null) rows.push(record.fields);
		else errors.push({ line, message: `第 ${line} 行：${record.error}` });
		i = record.next;
		line = record.nextLine;
	}
	return { rows, errors };
}
