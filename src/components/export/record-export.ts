/**
 * Record export (JSON with manifest and digest, one CSV per form), for any page that lists
 * or edits records: loaded only when the user asks for an export so pages stay small.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { APP_VERSION } from '../../lib/app-version.ts';
import { buildJsonExport, exportFileName } from '../../lib/records/export-json.ts';
import type { StoredRecord } from '../../lib/records/record.ts';
import { recordsToCsv } from '../../lib/records/records-csv.ts';
import { nowIso } from '../../lib/records/time.ts';
import { downloadText } from './download.ts';

export async function exportJson(records: readonly StoredRecord[], kind = '记录'): Promise<void> {
	const text = await buildJsonExport(records, APP_VERSION, nowIso());
	downloadText(exportFileName(kind, new Date(), 'json'), text, 'application/json');
}

/** One CSV per form; records of other kinds (checklist runs) have no CSV. */
export function exportCsv(
	templates: ReadonlyArray<Pick<FormTemplate, 'code' | 'title' | 'fields'> & { id: string }>,
	records: readonly StoredRecord[],
): number {
	let files = 0;
	for (const template of templates) {
		const own = records.filter((r) => r.kind === 'form' && r.template === template.id);
		if (!own.length) continue;
		downloadText(
			exportFileName(template.title, new Date(), 'csv'),
			recordsToCsv(template, own),
			'text/csv;charset=utf-8',
		);
		files++;
	}
	return files;
}
