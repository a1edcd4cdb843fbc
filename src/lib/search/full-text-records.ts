/**
 * The records Pagefind indexes: one per clause, form, checklist and glossary term, plus one per
 * procedure carrying its everyday aliases, so 快递放哪了 finds 邮件收发 even where the text never
 * says it. Built from the handbook, not scraped from pages, so a result is a clause with its
 * anchor and filters (procedure, role, kind) come from the content model.
 */
import type { Handbook } from '../content/load-handbook.ts';
import { checklistPageHref, clauseHref, formHref, procedureHref } from '../links.ts';

/** What a full-text result is, in the filter the search page offers. */
export const KIND_LABEL = { clause: '条款', procedure: '规程', form: '表单', checklist: '清单', term: '术语' } as const;
export type FullTextKind = keyof typeof KIND_LABEL;

export interface FullTextRecord {
	url: string;
	content: string;
	language: 'zh-cn';
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export function fullTextRecords(handbook: Handbook): FullTextRecord[] {
	const records: FullTextRecord[] = [];
	const add = (url: string, kind: FullTextKind, title: string, content: string, filters: Record<string, string[]>) =>
		records.push({
			url,
			content,
			language: 'zh-cn',
			meta: { title, kind: KIND_LABEL[kind] },
			filters: { kind: [KIND_LABEL[kind]], ...filters },
		});
	for (const p of handbook.procedures) {
		const { title, code, aliases, summary } = p.data;
		const procedure = { procedure: [title] };
		const roleNames = (clause?: string) =>
			p.data.roles.filter((r) => !clause || r.clauses.includes(clause)).map((r) => handbook.role(r.role).name);
		add(procedureHref(p.id), 'procedure', `${title}（${code}）`, [summary, ...aliases].join('\n'), {
			...procedure,
			role: roleNames(),
		});
		for (const clause of p.clauses) {
			const roles = roleNames(clause.number);
			add(clauseHref(p.id, clause.number), 'clause', `${title} ${clause.number}`, clause.text, {
				...procedure,
				...(roles.length ? { role: roles } : {}),
			});
		}
	}
	for (const form of handbook.forms) {
		const procedures = [...new Set(form.serves.map((s) => handbook.procedure(s.procedure).data.title))];
		add(
			formHref(form.id),
			'form',
			`《${form.title}》（${form.code}）`,
			[form.summary, ...form.fields.map((f) => f.label)].join('\n'),
			{
				procedure: procedures,
			},
		);
	}
	for (const list of handbook.checklists) {
		add(
			checklistPageHref(list.id),
			'checklist',
			list.title,
			[list.summary, ...list.items.map((i) => i.text)].join('\n'),
			{
				procedure: [handbook.procedure(list.procedure).data.title],
			},
		);
	}
	for (const term of handbook.glossary) {
		add(`/glossary/#${term.id}`, 'term', term.term, [term.term, ...term.aliases, term.definition].join('\n'), {});
	}
	return records;
}
