/** The template catalog embedded in pages that read records of any kind (lists, import). */
import type { Handbook } from '../handbook.ts';
import type { TemplateCatalog } from './import-plan.ts';

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
