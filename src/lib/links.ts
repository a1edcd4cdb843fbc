/** URLs of the site's pages, built in one place so a route change is one edit. */
import { clauseAnchor } from './clause-numbers.ts';

export const procedureHref = (id: string): string => `/procedures/${id}/`;
export const clauseHref = (procedureId: string, clause: string): string =>
	`${procedureHref(procedureId)}#${clauseAnchor(clause)}`;
export const roleHref = (id: string): string => `/roles/${id}/`;
export const formHref = (id: string): string => `/forms/${id}/`;
export const formPrintHref = (id: string): string => `/forms/${id}/print/`;
export const formRecordsHref = (id: string): string => `/records/?form=${id}`;
