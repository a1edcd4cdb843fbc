/**
 * Quick jump: a small structured index of what people look up by name or code — every clause
 * (`kf01-06 4.3.1`, `6-4.3.1`, `报修 4.3`), form (code and title), checklist, quiz and glossary
 * term — built from the handbook at build time, never from page bodies. lunr holds it;
 * `tokenize.ts` is its only tokenizer, on both sides, and lunr's English pipeline is off.
 *
 * It comes in two parts so a jump costs kilobytes however large the handbook grows: a directory of
 * names and form codes (`/search/quick.json`), and one file of clauses per procedure
 * (`/search/quick/<id>.json`), fetched when a query names that procedure, by code or by name.
 */
import lunr from 'lunr';
import type { Handbook } from '../content/load-handbook.ts';
import { checklistPageHref, clauseHref, formHref, procedureHref } from '../links.ts';
import { shorten } from '../shorten.ts';
import { indexTerms, normalize, queryTerms } from './tokenize.ts';

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
const shortNumber = (procedureId: string) => Number(/^kf01-(\d+)$/.exec(procedureId)?.[1] ?? NaN);
const shortCode = (procedureId: string, clause: string) => `${shortNumber(procedureId)}-${clause}`;

/** A procedure's clauses, found by their codes: the entries of its shard. */
function clauseEntries(p: Handbook['procedures'][number]): Indexed[] {
	return p.clauses.map((clause) => ({
		kind: 'clause',
		label: `${p.data.title} ${clause.number}`,
		detail: excerpt(clause.text),
		href: clauseHref(p.id, clause.number),
		procedure: p.id,
		codes: `${p.id} ${clause.number} ${shortCode(p.id, clause.number)}`,
		name: '',
	}));
}

/** The directory: procedures, forms, checklists, quizzes and terms, by name and code. */
function directoryEntries(handbook: Handbook): Indexed[] {
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

/** An index and the entries it answers with, as the build writes them for the browser. */
export interface QuickIndexData {
	index: object;
	entries: QuickEntry[];
}

/** An index as the browser holds it once loaded. */
export interface QuickIndex {
	index: lunr.Index;
	entries: readonly QuickEntry[];
}

function useTokenizer(builder: lunr.Builder): void {
	builder.pipeline.reset();
	builder.searchPipeline.reset();
	builder.tokenizer = ((value: unknown) =>
		indexTerms(value == null ? '' : String(value)).map((t) => new lunr.Token(t, {}))) as typeof lunr.tokenizer;
}

function buildIndex(entries: readonly Indexed[]): QuickIndexData {
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

/** The directory (`/search/quick.json`). */
export const buildQuickDirectory = (handbook: Handbook): QuickIndexData => buildIndex(directoryEntries(handbook));

/** One procedure's clauses (`/search/quick/<id>.json`). */
export const buildQuickShard = (handbook: Handbook, procedureId: string): QuickIndexData =>
	buildIndex(clauseEntries(handbook.procedure(procedureId)));

/** A clause number as typed: 4, 4.3, 4.3.1. */
const CLAUSE_NUMBER = /^\d+(?:\.\d+)*$/;
/** A clause's short code: 6-4.3.1 is clause 4.3.1 of procedure 6. */
const SHORT_CODE = /^(\d+)-\d+(?:\.\d+)*$/;
const HAN_TERM = /^[\u3400-\u9fff\uf900-\ufaff]/u;

type Presence = lunr.Query.presence;

/** The entries of `quick` holding `terms`, best first. */
function find(quick: QuickIndex, terms: readonly string[], presence: Presence): QuickEntry[] {
	return quick.index
		.query((q) =>
			terms.forEach((term) => q.term(term, { presence, usePipeline: false, wildcard: lunr.Query.wildcard.NONE })),
		)
		.map((hit) => quick.entries[Number(hit.ref)]!);
}

/** The procedure a code names: kf01-06 4.3.1, KF01-06, 6-4.3.1 (procedure 6), RBWY/JL-kf01-06-01 is a form's. */
function procedureOfCode(terms: readonly string[], directory: QuickIndex): string | undefined {
	const ids = directory.entries.filter((e) => e.kind === 'procedure').map((e) => e.procedure!);
	for (const term of terms) {
		const full = /^kf01-\d+$/.exec(term)?.[0];
		if (full && ids.includes(full)) return full;
		const short = SHORT_CODE.exec(term)?.[1];
		if (short) return ids.find((id) => shortNumber(id) === Number(short));
	}
	return undefined;
}

/**
 * Looks `query` up: every term required; when that finds nothing, any term, and says so. A
 * clause is looked up in its procedure's shard (`shard` fetches it), the procedure named by code
 * (6-4.3.1, kf01-06 4.3.1) or by name (报修 4.3).
 */
export async function searchQuick(
	directory: QuickIndex,
	query: string,
	shard: (procedureId: string) => Promise<QuickIndex>,
	limit = 10,
): Promise<{ results: QuickEntry[]; relaxed: boolean }> {
	const terms = queryTerms(query);
	if (terms.length === 0) return { results: [], relaxed: false };
	const numbers = terms.filter((t) => CLAUSE_NUMBER.test(t));
	const words = terms.filter((t) => HAN_TERM.test(t));
	const byCode = terms.some((t) => CLAUSE_NUMBER.test(t) || SHORT_CODE.test(t))
		? procedureOfCode(terms, directory)
		: undefined;
	if (byCode) {
		const clause = find(await shard(byCode), terms, lunr.Query.presence.REQUIRED)[0];
		if (clause) return { results: [clause], relaxed: false };
	}
	if (numbers.length === 1 && words.length === terms.length - 1 && words.length > 0) {
		const byName = (presence: Presence) => find(directory, words, presence).find((e) => e.kind === 'procedure');
		const procedure = byName(lunr.Query.presence.REQUIRED) ?? byName(lunr.Query.presence.OPTIONAL);
		const clause = procedure
			? find(await shard(procedure.procedure!), [numbers[0]!], lunr.Query.presence.REQUIRED)[0]
			: undefined;
		if (procedure && clause) return { results: [clause, procedure], relaxed: false };
	}
	// A name typed in full (交接班记录) is that entry, whatever else shares its words.
	const typed = normalize(query).trim();
	const named = (e: QuickEntry) => normalize(e.label.replace(/^《(.*)》$/, '$1')) === typed;
	const found = find(directory, terms, lunr.Query.presence.REQUIRED);
	const strict = [...found.filter(named), ...found.filter((e) => !named(e))].slice(0, limit);
	if (strict.length || terms.length === 1) return { results: strict, relaxed: false };
	return { results: find(directory, terms, lunr.Query.presence.OPTIONAL).slice(0, limit), relaxed: true };
}

export const loadQuickIndex = (data: QuickIndexData): QuickIndex => ({
	index: lunr.Index.load(data.index),
	entries: data.entries,
});
