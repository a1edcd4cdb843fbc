/**
 * Quick jump: a small structured index of what people look up by name or code — every clause
 * (`kf01-06 4.3.1`, `6-4.3.1`, `报修 4.3`), form (code and title), checklist item, quiz question
 * and glossary term — built from the handbook at build time, never from page bodies. lunr holds
 * it; `tokenize.ts` is its only tokenizer, on both sides, and lunr's English pipeline is off.
 */
import lunr from 'lunr';
import type { Handbook } from '../content/load-handbook.ts';
import { checklistPageHref, clauseHref, formHref, procedureHref } from '../links.ts';
import { shorten } from '../shorten.ts';
import { indexTerms, queryTerms } from './tokenize.ts';

export type QuickKind = 'procedure' | 'clause' | 'form' | 'checklist' | 'quiz' | 'term';

/** What a result shows and where it leads. */
export interface QuickEntry {
	kind: QuickKind;
	/** 报修管理作业规程 4.3.1, 《报修登记表》 … */
	label: string;
	/** A short excerpt: the clause's opening words, the form's code. */
	detail: string;
	href: string;
	/** The procedure a procedure or clause entry belongs to, for 报修 4.3. */
	procedure?: string;
}

/**
 * An entry with what it is found by. A clause is found by its codes only, and a name plus a clause
 * number (报修 4.3) is resolved through the procedure's entry: indexing each procedure's name on
 * each of its 2,000 clauses would make the index ten times larger for no better answer.
 */
interface Indexed extends QuickEntry {
	codes: string;
	name: string;
}

/** A clause shows its opening words: enough to recognise it, little enough to keep 2,000 of them light. */
const EXCERPT = 28;
const excerpt = (text: string) => shorten(text, EXCERPT);

/** `kf01-06` is procedure 6: `6-4.3.1` is the short form staff write. */
const shortCode = (procedureId: string, clause: string) => `${Number(procedureId.slice(-2))}-${clause}`;

export function quickEntries(handbook: Handbook): Indexed[] {
	const entries: Indexed[] = [];
	for (const p of handbook.procedures) {
		const { title, code, aliases } = p.data;
		entries.push({
			kind: 'procedure',
			label: title,
			detail: code,
			href: procedureHref(p.id),
			procedure: p.id,
			codes: `${p.id} ${code}`,
			name: [title, ...aliases].join(' '),
		});
		for (const clause of p.clauses) {
			entries.push({
				kind: 'clause',
				label: `${title} ${clause.number}`,
				detail: excerpt(clause.text),
				href: clauseHref(p.id, clause.number),
				procedure: p.id,
				codes: `${p.id} ${clause.number} ${shortCode(p.id, clause.number)}`,
				name: '',
			});
		}
		if (p.quiz)
			entries.push({
				kind: 'quiz',
				label: `${title} · 自测题`,
				detail: `${p.quiz.questions.length} 题`,
				href: `${procedureHref(p.id)}#quiz`,
				codes: '',
				name: `${title} 自测题 考试`,
			});
	}
	for (const form of handbook.forms) {
		entries.push({
			kind: 'form',
			label: `《${form.title}》`,
			detail: form.code,
			href: formHref(form.id),
			codes: `${form.code} ${form.code.replace(/^RBWY\//, '')}`,
			name: form.title,
		});
	}
	for (const list of handbook.checklists) {
		entries.push({
			kind: 'checklist',
			label: list.title,
			detail: `${list.items.length} 项`,
			href: checklistPageHref(list.id),
			codes: list.id,
			name: list.title,
		});
	}
	for (const term of handbook.glossary) {
		entries.push({
			kind: 'term',
			label: term.term,
			detail: excerpt(term.definition),
			href: `/glossary/#${term.id}`,
			codes: '',
			name: [term.term, ...term.aliases].join(' '),
		});
	}
	return entries;
}

/** The index and the entries it answers with, as the build writes them for the browser. */
export interface QuickIndexData {
	index: object;
	entries: QuickEntry[];
}

function useTokenizer(builder: lunr.Builder): void {
	builder.pipeline.reset();
	builder.searchPipeline.reset();
	builder.tokenizer = ((value: unknown) =>
		indexTerms(value == null ? '' : String(value)).map((t) => new lunr.Token(t, {}))) as typeof lunr.tokenizer;
}

export function buildQuickIndex(handbook: Handbook): QuickIndexData {
	const entries = quickEntries(handbook);
	const index = lunr(function () {
		useTokenizer(this);
		this.ref('ref');
		this.field('codes', { boost: 10 });
		this.field('name');
		entries.forEach((entry, i) => this.add({ ref: String(i), codes: entry.codes, name: entry.name }));
	});
	return {
		index: index.toJSON(),
		entries: entries.map(({ codes: _codes, name: _name, ...shown }) => shown),
	};
}

/** A clause number as typed: 4, 4.3, 4.3.1. */
const CLAUSE_NUMBER = /^\d+(?:\.\d+)*$/;
const HAN_TERM = /^[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * Looks `query` up: every term required; when that finds nothing, any term, and says so. A name
 * with a clause number (报修 4.3) goes to that clause of the procedure the name finds.
 */
export function searchQuick(
	index: lunr.Index,
	entries: readonly QuickEntry[],
	query: string,
	limit = 10,
): { results: QuickEntry[]; relaxed: boolean } {
	const terms = queryTerms(query);
	if (terms.length === 0) return { results: [], relaxed: false };
	const run = (asked: readonly string[], presence: lunr.Query.presence) =>
		index
			.query((q) =>
				asked.forEach((term) => q.term(term, { presence, usePipeline: false, wildcard: lunr.Query.wildcard.NONE })),
			)
			.map((hit) => entries[Number(hit.ref)]!);
	const numbers = terms.filter((t) => CLAUSE_NUMBER.test(t));
	const words = terms.filter((t) => HAN_TERM.test(t));
	if (numbers.length === 1 && words.length === terms.length - 1 && words.length > 0) {
		const byName = (presence: lunr.Query.presence) => run(words, presence).find((e) => e.kind === 'procedure');
		const procedure = byName(lunr.Query.presence.REQUIRED) ?? byName(lunr.Query.presence.OPTIONAL);
		const clause = procedure ? run([procedure.procedure!, numbers[0]!], lunr.Query.presence.REQUIRED)[0] : undefined;
		if (procedure && clause?.kind === 'clause') return { results: [clause, procedure], relaxed: false };
	}
	const strict = run(terms, lunr.Query.presence.REQUIRED).slice(0, limit);
	if (strict.length || terms.length === 1) return { results: strict, relaxed: false };
	return { results: run(terms, lunr.Query.presence.OPTIONAL).slice(0, limit), relaxed: true };
}

export const loadQuickIndex = (data: QuickIndexData): lunr.Index => lunr.Index.load(data.index);
