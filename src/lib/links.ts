/** URLs of the site's pages, built in one place so a route change is one edit. */
import { clauseAnchor } from './clause-numbers.ts';

export const procedureHref = (id: string): string => `/procedures/${id}/`;
export const clauseHref = (procedureId: string, clause: string): string =>
	`${procedureHref(procedureId)}#${clauseAnchor(clause)}`;
export const roleHref = (id: string): string => `/roles/${id}/`;
export const formHref = (id: string): string => `/forms/${id}/`;
export const formPrintHref = (id: string): string => `/forms/${id}/print/`;
export const formRecordsHref = (id: string): string => `/records/?form=${id}`;
export const formRecordHref = (formId: string, recordId: string): string => `${formHref(formId)}?record=${recordId}`;
export const formRecordPrintHref = (formId: string, recordId: string): string =>
	`${formPrintHref(formId)}?record=${recordId}`;
export const learnHref = (roleId: string): string => `/learn/${roleId}/`;
/** A checklist on its procedure page; `run` opens a stored run, `fresh` starts a new one. */
export function checklistHref(procedureId: string, checklistId: string, open: { run?: string; fresh?: number } = {}) {
	const query = open.run ? `?run=${open.run}` : open.fresh ? `?new=${open.fresh}` : '';
	return `${procedureHref(procedureId)}${query}#checklist-${checklistId}`;
}
/** A form page that starts a new record instead of restoring the latest draft. */
export const newFormRecordHref = (formId: string): string => `${formHref(formId)}?new=1`;
