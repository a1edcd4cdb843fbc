/**
 * What pages that read records of any kind know of the templates. The records list needs only
 * titles and checklist items (`RecordListCatalog`, embedded in the page); export to CSV and
 * import need every field and rule (`TemplateCatalog`, served as /records/catalog.json and
 * fetched on first use), which grows with every form the handbook adds.
 */
import type { Handbook } from '../handbook.ts';
import type { TemplateCatalog } from './import-plan.ts';

/** Titles, and each checklist's kind and item ids for its progress line. */
export interface RecordListCatalog {
	forms: Array<{ id: string; title: string }>;
	checklists: Array<
		Pick<TemplateCatalog['checklists'][number], 'id' | 'kind' | 'title'> & { items: Array<{ id: string }> }
	>;
}

export function templateCatalog(handbook: Handbook): TemplateCatalog {
	return {
		forms: handbook.forms.map(({ id, code, title, version, fields, rules }) => ({
			id,
			code,
			title,
			version,
			fields,
			rules,
		})),
		checklists: handbook.checklists.map(({ id, kind, title, items, procedure }) => ({
			id,
			kind,
			title,
			items,
			procedure,
		})),
	};
}

export function recordListCatalog(handbook: Handbook): RecordListCatalog {
	return {
		forms: handbook.forms.map(({ id, title }) => ({ id, title })),
		checklists: handbook.checklists.map(({ id, kind, title, items }) => ({
			id,
			kind,
			title,
			items: items.map((item) => ({ id: item.id })),
		})),
	};
}
