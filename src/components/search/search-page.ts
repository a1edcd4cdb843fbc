/**
 * <gc-search>: the search page. As the reader types, codes and names are looked up in the
 * quick-jump index (`quick-jump.ts`, lunr) and the words in Pagefind's full-text index, through
 * the query step (`query-step.ts`): question words dropped, everyday words swapped for the
 * handbook's, and fewer words tried when all of them find nothing, which the status line says.
 * Nothing found shows the list of procedures, never a blank page. Both indexes load on first use.
 */
import type { Index } from 'lunr';
import type { SearchSynonym } from '../../schemas/search-synonym.ts';
import { loadQuickIndex, searchQuick, type QuickIndexData } from '../../lib/search/quick-jump.ts';
import { planQuery } from '../../lib/search/query-step.ts';
import { searchHref } from '../../lib/links.ts';
import { el } from '../dom.ts';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}
interface Pagefind {
	init(): Promise<void>;
	search(
		query: string,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

/** Where the build writes Pagefind's browser API; a variable, so the bundler leaves it alone. */
const PAGEFIND = '/pagefind/pagefind.js';
/** A query with a digit or a Latin letter is, or holds, a code. */
const isCode = (query: string): boolean => /[0-9a-z０-９ａ-ｚ]/i.test(query);
/** A code, or what reads as a form's name (…登记表, …审批单, …委托书, …凭证). */
const wantsQuickJump = (query: string): boolean =>
	isCode(query) || /(表|单|书|凭证|记录|目录|清单)$/.test(query.trim());
const NOTHING = { results: [] as PagefindResult[], total: 0, relaxed: false, asked: '' };
/** Results shown; each costs a fragment fetch, so the first screen stays light. */
const SHOWN = 10;

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
	private quick: Promise<{ index: Index; data: QuickIndexData }> | undefined;
	private pagefind: Promise<Pagefind> | undefined;
	private synonyms: SearchSynonym[] = [];
	private latest = 0;

	connectedCallback(): void {
		const page = JSON.parse(this.querySelector('script[data-search-page]')!.textContent!) as {
			synonyms: SearchSynonym[];
		};
		this.synonyms = page.synonyms;
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
			if ((event.target as HTMLElement).matches('[name="kind"], [name="procedure"]')) void this.run(form);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(timer);
			void this.run(form);
		});
		document.addEventListener('keydown', (event) => {
			const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
			if ((event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey))) {
				event.preventDefault();
				input.focus();
				input.select();
			}
		});
		const query = new URLSearchParams(location.search).get('q');
		if (query) {
			input.value = query;
			void this.run(form);
		}
		input.focus();
	}

	private loadQuick() {
		return (this.quick ??= fetch(this.dataset['quick']!)
			.then((r) => r.json() as Promise<QuickIndexData>)
			.then((data) => ({ index: loadQuickIndex(data), data })));
	}

	private loadPagefind() {
		return (this.pagefind ??= import(/* @vite-ignore */ PAGEFIND).then(async (module: Pagefind) => {
			await module.init();
			return module;
		}));
	}

	private async run(form: HTMLFormElement): Promise<void> {
		const run = ++this.latest;
		const data = new FormData(form);
		const query = String(data.get('q') ?? '').trim();
		const filters = Object.fromEntries(
			(['kind', 'procedure'] as const).flatMap((key) => (data.get(key) ? [[key, String(data.get(key))]] : [])),
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
		try {
			// A code or a form's name goes to quick jump first; only if it finds nothing is the full
			// text asked, so a jump costs one index, not two.
			const quick = await this.quickResults(query);
			const full = quick.results.length ? NOTHING : await this.fullText(query, filters);
			if (run !== this.latest) return;
			this.showQuick(quickBox, quick.results);
			this.showFull(resultsBox, full.results);
			const found = quick.results.length + full.results.length;
			empty.hidden = found > 0;
			status.textContent = !found
				? `没有找到“${query}”。换个说法试试，或从下面的规程中找。`
				: full.relaxed
					? `没有同时包含全部词语的条款，下面是“${full.asked}”的结果。`
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
		const { index, data } = await this.loadQuick();
		const found = searchQuick(index, data.entries, query, 5);
		return { results: found.relaxed ? [] : found.results };
	}

	private async fullText(query: string, filters: Record<string, string>) {
		const plan = planQuery(query, this.synonyms);
		const pagefind = await this.loadPagefind();
		for (const [i, attempt] of plan.attempts.entries()) {
			const search = await pagefind.search(attempt, { filters });
			if (search.results.length) {
				const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
				return { results, total: search.results.length, relaxed: i >= plan.complete, asked: attempt };
			}
		}
		return NOTHING;
	}

	private showQuick(box: HTMLElement, results: ReadonlyArray<{ label: string; detail: string; href: string }>): void {
		box.hidden = results.length === 0;
		box
			.querySelector('ol')!
			.replaceChildren(
				...results.map((r) => el('li', {}, el('a', { href: r.href }, r.label), ' ', el('small', {}, r.detail))),
			);
	}

	private showFull(box: HTMLElement, results: readonly PagefindResult[]): void {
		box.hidden = results.length === 0;
		box
			.querySelector('ol')!
			.replaceChildren(
				...results.map((r) =>
					el(
						'li',
						{},
						el('a', { href: r.url }, r.meta['title'] ?? r.url),
						el('small', {}, [r.meta['kind'], ...(r.filters['procedure'] ?? [])].filter(Boolean).join(' · ')),
						el('p', {}, ...excerptNodes(r.excerpt)),
					),
				),
			);
	}
}

customElements.define('gc-search', SearchElement);
