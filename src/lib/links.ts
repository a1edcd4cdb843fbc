/** URLs of the site's pages, built in one place so a route change is one edit. */
import { clauseAnchor } from './clause-numbers.ts';

export const procedureHref = (id: string): string => `/procedures/${id}/`;
export const clauseHref = (procedureId: string, clause: string): string =>
	`${procedureHref(procedureId)}#${clauseAnchor(clause)}`;
/** A procedure's quiz answer key, fetched when the reader starts the quiz. */
export const quizKeyHref = (procedureId: string): string => `${procedureHref(procedureId)}quiz.json`;
/** The search page, and the quick-jump index it fetches on first use. */
export const searchHref = (query?: string): string => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');
export const quickIndexHref = '/search/quick.json';
/** One procedure's clauses for quick jump, fetched when a query names the procedure. */
export const quickShardHref = (procedureId: string): string => `/search/quick/${procedureId}.json`;
export const roleHref = (id: string): string => `/roles/${id}/`;
export const formHref = (id: string): string => `/forms/${id}/`;
export const formPrintHref = (id: string): string => `/forms/${id}/print/`;
/** Every template's fields and rules, for export to CSV and import on the records page. */
export const templateCatalogHref = '/records/catalog.json';
export const formRecordsHref = (id: string): string => `/records/?form=${id}`;
export const formRecordHref = (formId: string, recordId: string): string => `${formHref(formId)}?record=${recordId}`;
export const formRecordPrintHref = (formId: string, recordId: string): string =>
	`${formPrintHref(formId)}?record=${recordId}`;
export const learnHref = (roleId: string): string => `/learn/${roleId}/`;
/** A checklist's own page, where it is run and printed apart from its procedure. */
export const checklistPageHref = (checklistId: string): string => `/checklists/${checklistId}/`;
/**
 * A checklist on the page at `path` (its own page unless given); `run` opens a stored run,
 * `fresh` starts a new one. The hash names the checklist the query belongs to.
 */
export function checklistHref(
	checklistId: string,
	open: { run?: string; fresh?: number } = {},
	path = checklistPageHref(checklistId),
): string {
	const query = open.run ? `?run=${open.run}` : open.fresh ? `?new=${open.fresh}` : '';
	return `${path}${query}#checklist-${checklistId}`;
}
/** A form page that starts a new record instead of restoring the latest draft. */
export const newFormRecordHref = (formId: string): string => `${formHref(formId)}?new=1`;
