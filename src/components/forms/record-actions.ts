/**
 * The buttons of a form page besides 保存 (`data-action`): export, print, start a new
 * record, and the answers to a conflict banner. Each first writes what is pending, so what
 * leaves the page is what the store holds.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { collectValues } from '../../lib/records/collect-values.ts';
import type { StoredRecord } from '../../lib/records/record.ts';
import { formRecordHref, formRecordPrintHref, newFormRecordHref } from '../../lib/links.ts';
import type { RecordSession } from '../record-session.ts';
import type { ComputeSource } from './compute-results.ts';

export async function runAction(
	action: string,
	host: HTMLElement,
	form: HTMLFormElement,
	template: FormTemplate & { id: string },
	session: RecordSession,
	compute?: ComputeSource,
): Promise<void> {
	const current = (): StoredRecord => ({ ...session.record, values: collectValues(template, new FormData(form)) });
	switch (action) {
		case 'export-json': {
			await session.flush();
			const { exportJson } = await import('../export/record-export.ts');
			await exportJson([current()], template.title);
			break;
		}
		case 'export-csv': {
			await session.flush();
			const { exportCsv } = await import('../export/record-export.ts');
			exportCsv([template], [current()]);
			break;
		}
		case 'print':
			await session.flush();
			if (session.isStored) location.href = formRecordPrintHref(template.id, session.record.id);
			else window.print();
			break;
		case 'new':
			await session.flush();
			location.href = newFormRecordHref(template.id);
			break;
		case 'reload-latest':
			location.href = formRecordHref(template.id, session.record.id);
			break;
		case 'compute': {
			const status = host.querySelector<HTMLElement>('[data-compute-status]')!;
			const { computeResults } = await import('./compute-results.ts');
			await computeResults(form, template, session, compute!, (message) => (status.textContent = message));
			break;
		}
		case 'save-as-new':
			host.querySelector<HTMLElement>('[data-banner]')!.hidden = true;
			await session.saveAsNew();
			break;
	}
}
