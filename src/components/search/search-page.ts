/**
 * <gc-search>: the search page. As the reader types, codes and names are looked up in the
 * quick-jump index (`quick-jump.ts`, lunr) and the words in Pagefind's full-text index, through
 * the query step (`query-step.ts`): question words dropped, everyday words swapped for the
 * handbook's, and fewer words tried when all of them find nothing, which the status line says.
 * Nothing found shows the list of procedures, never a blank page. Both indexes load on first use.
 */
import type { SearchSynonym } from '../../schemas/search-synonym.ts';
import { loadQuickIndex, searchQuick, type QuickIndex, type QuickIndexData } from '../../lib/search/quick-jump.ts';
import { planQuery } from '../../lib/search/query-step.ts';
import { anyOf, rankByTerms, spreadOverProcedures } from '../../lib/search/rank.ts';
import { quickShardHref, searchHref } from '../../lib/links.ts';
import { el } from '../dom.ts';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindResult>;
}
interface Pagefind {
	init(): Promise<void>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] }>;
}

/** Where the build writes Pagefind's browser API; a variable, so the bundler leaves it alone. */
const PAGEFIND = '/pagefind/pagefind.js';
/** A query with a digit or a Latin letter is, or holds, a code. */
const isCode = (query: string): boolean => /[0-9a-z０-９ａ-ｚ]/i.test(query);
/** A code, or what reads as a form's name (…登记表, …审批单, …委托书, …凭证). */
const wantsQuickJump = (query: string): boolean =>
	isCode(query) || /(表|单|书|凭证|记录|目录|清单)$/.test(query.trim());
const NOTHING = { results: [] as PagefindResult[], rest: [] as PagefindHit[], total: 0, relaxed: false };
/** Words tried per term: the handbook's first two words for an everyday one. */
const WORDS_PER_TERM = 2;
/** Fewer records than this holding every term, and each term is also searched on its own. */
const ENOUGH = 3;
/** Terms searched on their own, at most: each may need another index chunk. */
const MAX_TERMS = 6;
/** How much more a term a synonym named counts than a word as typed. */
const KNOWN_WEIGHT = 1.5;
/** Results shown at first, and added by 显示更多; each costs a fragment fetch, so the first screen stays light. */
const SHOWN = 10;
const MORE = 10;

/** Pagefind's excerpts are HTML-escaped text with the matched words in <mark>. */
const parser = new DOMParser();
const decoded = (html: string): string => parser.parseFromString(html, 'text/html').body.textContent ?? '';

/** The excerpt as nodes: the marked words as <mark>, the rest as text, never as markup. */
function excerptNodes(excerpt: string): Node[] {
	return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
		const marked = /^<mark>(.*)<\/mark>$/.exec(part);
		return marked ? el('mark', {}, decoded(marked[1]!)) : document.createTextNode(decoded(part));
	});
}

class SearchElement extends HTMLElement {
	private quick: Promise<QuickIndex> | undefined;
	private shards = new Map<string, Promise<QuickIndex>>();
	private pagefind: Promise<Pagefind> | undefined;
	private synonyms: SearchSynonym[] = [];
	/** How many records the full-text index holds: how rare a term is depends on it. */
	private records = 1;
	private latest = 0;
	/** Results found but not shown yet, for 显示更多. */
	private rest: PagefindHit[] = [];

	connectedCallback(): void {
		const page = JSON.parse(this.querySelector('script[data-search-page]')!.textContent!) as {
			synonyms: SearchSynonym[];
			records: number;
		};
		this.synonyms = page.synonyms;
		this.records = page.records;
		const form = this.querySelector('form')!;
		const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const later = () => {
			clearTimeout(timer);
			timer = setTimeout(() => void this.run(form), 200);
		};
		input.addEventListener('input', later);
		form.addEventListener('change', (event) => {
			if ((event.target as HTMLElement).matches('[name="kind"], [name="procedure"], [name="role"]'))
				void this.run(form);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(timer);
			void this.run(form);
		});
		this.querySelector('[data-more]')!.addEventListener('click', () => void this.more());
		// The full-text start-up files load from the first keystroke, not after the pause that starts a search.
		input.addEventListener(
			'input',
			() => {
				if (!isCode(input.value)) void this.loadPagefind().catch(() => undefined);
			},
			{ once: true },
		);
		const query = new URLSearchParams(location.search).get('q');
		if (query) {
			input.value = query;
			void this.run(form);
		}
		input.focus();
	}

	private loadQuick(): Promise<QuickIndex> {
		return (this.quick ??= fetchQuick(this.dataset['quick']!).catch((error: unknown) => {
			this.quick = undefined;
			throw error;
		}));
	}

	private loadShard(procedureId: string): Promise<QuickIndex> {
		let shard = this.shards.get(procedureId);
		if (!shard) {
			shard = fetchQuick(quickShardHref(procedureId));
			shard.catch(() => this.shards.delete(procedureId));
			this.shards.set(procedureId, shard);
		}
		return shard;
	}

	private loadPagefind() {
		return (this.pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(
			async (module: Pagefind) => {
				await module.init();
				return module;
			},
			(error: unknown) => {
				// Offline or a failed fetch: the next search tries again instead of failing for good.
				this.pagefind = undefined;
				throw error;
			},
		));
	}

	private async run(form: HTMLFormElement): Promise<void> {
		const run = ++this.latest;
		const data = new FormData(form);
		const query = String(data.get('q') ?? '').trim();
		const filters = Object.fromEntries(
			(['kind', 'procedure', 'role'] as const).flatMap((key) => (data.get(key) ? [[key, String(data.get(key))]] : [])),
		);
		history.replaceState(history.state, '', query ? searchHref(query) : searchHref());
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		const quickBox = this.querySelector<HTMLElement>('[data-quick-results]')!;
		const resultsBox = this.querySelector<HTMLElement>('[data-results]')!;
		const empty = this.querySelector<HTMLElement>('[data-empty]')!;
		if (!query) {
			status.textContent = '';
			quickBox.hidden = resultsBox.hidden = true;
			empty.hidden = false;
			return;
		}
		status.textContent = '正在搜索…';
		this.rest = [];
		this.showMore();
		try {
			// A code or a form's name goes to quick jump first; only if it finds nothing is the full
			// text asked, so a jump costs one index, not two.
			const quick = await this.quickResults(query);
			const full = quick.results.length ? NOTHING : await this.fullText(query, filters);
			if (run !== this.latest) return;
			this.showQuick(quickBox, quick.results);
			resultsBox.hidden = full.results.length === 0;
			resultsBox.querySelector('ol')!.replaceChildren(...full.results.map(resultItem));
			this.rest = full.rest;
			this.showMore();
			const found = quick.results.length + full.results.length;
			empty.hidden = found > 0;
			status.textContent = !found
				? `没有找到“${query}”。换个说法试试，或从下面的规程中找。`
				: full.relaxed
					? `没有同时包含全部词语的条款，下面按相关程度列出含有其中部分词语的${full.total > SHOWN ? `前 ${SHOWN} 条` : ` ${full.total} 条`}。`
					: `找到 ${full.total} 条${full.total > SHOWN ? `，显示前 ${SHOWN} 条` : ''}。`;
		} catch {
			if (run !== this.latest) return;
			status.textContent = '搜索暂时不可用（索引未能加载）。请检查网络后再试，或从下面的规程中找。';
			empty.hidden = false;
		}
	}

	private async quickResults(query: string) {
		// Quick jump answers codes (6-4.3.1, kf01-06, RBWY/JL-…) and form names; words are the full
		// text's job, and a reader who types words never downloads the code index.
		if (!wantsQuickJump(query)) return { results: [] };
		const found = await searchQuick(await this.loadQuick(), query, (id) => this.loadShard(id), 5);
		return { results: found.relaxed ? [] : found.results };
	}

	/**
	 * Every term at once first (the handbook's words, then as typed); when no record holds them
	 * all, each term on its own, ranked by how many rare terms a record holds (`rank.ts`).
	 */
	private async fullText(query: string, filters: Record<string, string>) {
		const plan = planQuery(query, this.synonyms);
		const pagefind = await this.loadPagefind();
		const search = async (words: string) => (await pagefind.search(words, { filters })).results;
		let strict: PagefindHit[] = [];
		for (const attempt of plan.attempts) {
			strict = await search(attempt);
			if (strict.length) break;
		}
		// A few records with every term may be one stray sentence: the terms on their own fill the
		// list. Searched only then, as each may cost another index chunk.
		let ranked = strict;
		const terms = plan.terms.slice(0, MAX_TERMS);
		if (strict.length < ENOUGH && terms.length) {
			const perWord = await Promise.all(
				terms.map((term) => Promise.all(term.search.slice(0, WORDS_PER_TERM).map(search))),
			);
			const hits = new Map(perWord.flat(2).map((hit) => [hit.id, hit]));
			const perTerm = terms.map((term, i) => ({ hits: anyOf(perWord[i]!), weight: term.known ? KNOWN_WEIGHT : 1 }));
			const rest = rankByTerms(perTerm, this.records).filter((id) => !strict.some((hit) => hit.id === id));
			ranked = [...strict, ...rest.map((id) => hits.get(id)!)];
		}
		const results = await Promise.all(ranked.slice(0, SHOWN).map((r) => r.data()));
		return {
			results: spreadOverProcedures(results, (r) => r.filters['procedure']?.[0] ?? r.url),
			rest: ranked.slice(SHOWN),
			total: ranked.length,
			relaxed: strict.length === 0 && terms.length > 1,
		};
	}

	private showQuick(box: HTMLElement, results: ReadonlyArray<{ label: string; detail: string; href: string }>): void {
		box.hidden = results.length === 0;
		box
			.querySelector('ol')!
			.replaceChildren(
				...results.map((r) => el('li', {}, el('a', { href: r.href }, r.label), ' ', el('small', {}, r.detail))),
			);
	}

	/** 显示更多 lists the next results; the button says how many are left and goes when none are. */
	private showMore(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-more]')!;
		button.hidden = this.rest.length === 0;
		button.textContent = `显示更多（还有 ${this.rest.length} 条）`;
	}

	private async more(): Promise<void> {
		const run = this.latest;
		const next = this.rest.splice(0, MORE);
		const results = await Promise.all(next.map((hit) => hit.data()));
		if (run !== this.latest) return;
		const list = this.querySelector('[data-results] ol')!;
		const firstNew = list.children.length;
		list.append(...results.map(resultItem));
		this.showMore();
		// Keyboard and screen-reader users continue where the new results start.
		list.children[firstNew]?.querySelector('a')?.focus();
	}
}

async function fetchQuick(href: string): Promise<QuickIndex> {
	const response = await fetch(href);
	if (!response.ok) throw new Error(`${href}: ${response.status}`);
	return loadQuickIndex((await response.json()) as QuickIndexData);
}

function resultItem(r: PagefindResult): HTMLElement {
	return el(
		'li',
		{},
		el('a', { href: r.url }, r.meta['title'] ?? r.url),
		el('small', {}, [r.meta['kind'], ...(r.filters['procedure'] ?? [])].filter(Boolean).join(' · ')),
		el('p', {}, ...excerptNodes(r.excerpt)),
	);
}

customElements.define('gc-search', SearchElement);
