/**
 * Import, in two steps. `planImport` reads a file and compares it with what is stored:
 * what would be added, what conflicts with an existing record (same id), what is rejected
 * and why (row, field, message). Nothing is written. `resolveImport` turns the user's
 * choices into the records to write, which the store then writes all together or not at all.
 */
import type { Checklist } from '../../schemas/checklist.ts';
import type { FormTemplate } from '../../schemas/form.ts';
import { validateRun } from './checklist-run.ts';
import { digestOf, exportFileSchema, type ExportManifest } from './export-json.ts';
import { readJsonObject } from './json-text.ts';
import { recordDifferences, sameContent, type Difference } from './record-diff.ts';
import { validateValues } from './record-schema.ts';
import { storedRecordSchema, type StoredRecord } from './record.ts';
import { csvToRecords } from './records-csv.ts';

/** What the browser knows about templates, embedded in the page at build time. */
export interface TemplateCatalog {
	forms: Array<Pick<FormTemplate, 'code' | 'title' | 'version' | 'fields' | 'rules'> & { id: string }>;
	checklists: Array<Pick<Checklist, 'kind' | 'title' | 'items' | 'procedure'> & { id: string }>;
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface RowProblem {
	/** JSON: 1-based position in `records`; CSV: the spreadsheet row. */
	row: number;
	field: string;
	message: string;
}

export interface Conflict {
	row: number;
	incoming: StoredRecord;
	existing: StoredRecord;
	/** What differs, field by field, for the user to choose by. */
	differences: Difference[];
}

export interface ImportPlan {
	source: 'json' | 'csv';
	/** `mismatch`: the records were changed after export. `none`: CSV carries no digest. */
	digest: 'ok' | 'mismatch' | 'none';
	manifest: ExportManifest | undefined;
	additions: StoredRecord[];
	conflicts: Conflict[];
	/** Same id and same content as a stored record: nothing to do. */
	unchanged: StoredRecord[];
	rejected: RowProblem[];
	/**
	 * What imports differently from how the file reads, shown before the user confirms: CSV
	 * cells of columns the current form no longer has, fields the CSV has no column for.
	 * JSON has none: it is keyed by field id and a value of an unknown field rejects its row.
	 */
	notices: RowProblem[];
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; message: string; problems?: RowProblem[] };

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function checkRecord(
	raw: unknown,
	row: number,
	catalog: TemplateCatalog,
): { record?: StoredRecord; problems: RowProblem[] } {
	const envelope = storedRecordSchema.safeParse(raw);
	if (!envelope.success) {
		return {
			problems: envelope.error.issues.map((i) => ({ row, field: i.path.join('.') || '(记录)', message: i.message })),
		};
	}
	const record = envelope.data;
	const prefix = (errors: Record<string, string>) =>
		Object.entries(errors).map(([field, message]) => ({ row, field: field ? `values.${field}` : 'values', message }));
	if (record.kind === 'form') {
		const form = catalog.forms.find((f) => f.id === record.template);
		if (!form) return { problems: [{ row, field: 'template', message: `未知的表单 ${record.template}` }] };
		// A draft is a form still being filled: what it holds must be valid, but not all of it yet.
		const result = validateValues(form, record.values, { partial: record.status === 'draft' });
		return result.ok ? { record, problems: [] } : { problems: prefix(result.errors) };
	}
	const checklist = catalog.checklists.find((c) => c.id === record.template);
	if (!checklist) return { problems: [{ row, field: 'template', message: `未知的清单 ${record.template}` }] };
	const result = validateRun(checklist, record.values);
	return result.ok ? { record, problems: [] } : { problems: prefix(result.errors) };
}

async function readJson(
	text: string,
): Promise<
	{ ok: true; manifest: ExportManifest; rows: unknown[]; digestOk: boolean } | { ok: false; message: string }
> {
	const parsed = readJsonObject(text);
	if (!parsed.ok) return parsed;
	const file = exportFileSchema.safeParse(parsed.value);
	if (!file.success) {
		const first = file.error.issues[0];
		return {
			ok: false,
			message: `不是规程通导出的记录文件${first ? `：${first.path.join('.')} ${first.message}` : ''}`,
		};
	}
	const { manifest, records } = file.data;
	if (manifest.recordCount !== records.length) {
		return {
			ok: false,
			message: `文件声明有 ${manifest.recordCount} 条记录，实际有 ${records.length} 条：文件不完整或被修改过`,
		};
	}
	return { ok: true, manifest, rows: records, digestOk: (await digestOf(records)) === manifest.digest.value };
}

export async function planImport(
	text: string,
	existing: readonly StoredRecord[],
	catalog: TemplateCatalog,
): Promise<PlanResult> {
	const bytes = new TextEncoder().encode(text).byteLength;
	if (bytes > MAX_IMPORT_BYTES) {
		return {
			ok: false,
			message: `文件过大（${megabytes(bytes)} MB），上限 ${megabytes(MAX_IMPORT_BYTES)} MB：请分批导出后再导入`,
		};
	}
	const content = text.replace(/^\uFEFF/, '');
	if (content.trim() === '') return { ok: false, message: '文件是空的' };

	let source: ImportPlan['source'];
	let manifest: ExportManifest | undefined;
	let digest: ImportPlan['digest'] = 'none';
	let rows: Array<{ row: number; raw: unknown }>;
	let notices: RowProblem[] = [];
	if (/^\s*[{[]/.test(content)) {
		const json = await readJson(content);
		if (!json.ok) return json;
		source = 'json';
		manifest = json.manifest;
		digest = json.digestOk ? 'ok' : 'mismatch';
		rows = json.rows.map((raw, i) => ({ row: i + 1, raw }));
	} else if (/^[^\r\n]*记录编号/.test(content)) {
		const csv = csvToRecords(content, catalog.forms);
		if (!csv.ok) {
			return {
				ok: false,
				message: csv.message,
				problems: (csv.rowErrors ?? []).map((e) => ({ row: e.row, field: '', message: e.message })),
			};
		}
		source = 'csv';
		rows = csv.rows.map(({ row, record }) => ({ row, raw: record }));
		notices = csv.notices;
	} else {
		return { ok: false, message: '无法识别的文件：请选择规程通导出的 .json 或 .csv 文件' };
	}

	const byId = new Map(existing.map((r) => [r.id, r]));
	const plan: ImportPlan = {
		source,
		digest,
		manifest,
		additions: [],
		conflicts: [],
		unchanged: [],
		rejected: [],
		notices,
	};
	const seen = new Set<string>();
	for (const { row, raw } of rows) {
		const { record, problems } = checkRecord(raw, row, catalog);
		plan.rejected.push(...problems);
		if (!record) continue;
		if (seen.has(record.id)) {
			plan.rejected.push({ row, field: 'id', message: '文件中有重复的记录编号' });
			continue;
		}
		seen.add(record.id);
		const current = byId.get(record.id);
		if (!current) plan.additions.push(record);
		// Times compare as instants: a CSV writes them in 北京时间 whatever offset they were kept with.
		else if (sameContent(current, record)) plan.unchanged.push(record);
		else
			plan.conflicts.push({
				row,
				incoming: record,
				existing: current,
				differences: recordDifferences(current, record, catalog),
			});
	}
	return { ok: true, plan };
}

/** For each conflict: keep what is stored, replace it with the file's, or keep both. */
export type ConflictChoice = 'keep' | 'replace' | 'both';

/** The records to write for the user's choices; conflicts without a choice are kept as they are. */
export function resolveImport(
	plan: ImportPlan,
	choices: Readonly<Record<string, ConflictChoice>>,
	newId: () => string = () => crypto.randomUUID(),
): StoredRecord[] {
	const writes = [...plan.additions];
	for (const { incoming, existing } of plan.conflicts) {
		const choice = choices[incoming.id] ?? 'keep';
		// A replaced record moves past the stored revision so an open tab sees it changed.
		if (choice === 'replace')
			writes.push({ ...incoming, revision: Math.max(incoming.revision, existing.revision) + 1 });
		if (choice === 'both') writes.push({ ...incoming, id: newId(), title: `${incoming.title}（导入副本）`.trim() });
	}
	return writes;
}
