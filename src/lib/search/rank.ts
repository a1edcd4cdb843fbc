/**
 * Ranks full-text results when no record holds every term: each term is searched on its own and a
 * record scores the sum, over the terms it holds, of the term's rarity times how well it matched.
 * So 电话响几声必须接 still leads with the clause on 电话 and 三声, and a term that is everywhere
 * (物业) counts for little. Pure, so the search page and its tests rank the same way.
 */

export interface ScoredHit {
	id: string;
	score: number;
}

export interface TermHits {
	hits: readonly ScoredHit[];
	/** How much the term counts beside its rarity: a term a synonym named counts more. */
	weight: number;
}

/**
 * `perTerm[i]` holds the hits of term i (any of its words, best score each); `records` is how many
 * records the index has. Returns the ids, best first; a record holding more rare terms wins.
 */
export function rankByTerms(perTerm: readonly TermHits[], records: number): string[] {
	const totals = new Map<string, number>();
	for (const { hits, weight } of perTerm) {
		if (hits.length === 0) continue;
		const rarity = weight * Math.log(1 + records / hits.length);
		const best = Math.max(...hits.map((h) => h.score)) || 1;
		for (const hit of hits) totals.set(hit.id, (totals.get(hit.id) ?? 0) + rarity * (0.5 + (0.5 * hit.score) / best));
	}
	return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** The hits of several words for one term: a record counts once, with its best score. */
export function anyOf(lists: ReadonlyArray<readonly ScoredHit[]>): ScoredHit[] {
	const best = new Map<string, number>();
	for (const hit of lists.flat()) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit.score));
	return [...best].map(([id, score]) => ({ id, score }));
}

/**
 * The first `slots` results from as many procedures as there are among them: a reader who asked
 * in everyday words sees three candidate procedures, not three clauses of one; the rest keep their order.
 */
export function spreadOverProcedures<T>(ranked: readonly T[], procedureOf: (item: T) => string, slots = 3): T[] {
	const first: T[] = [];
	const seen = new Set<string>();
	for (const item of ranked) {
		if (first.length === slots) break;
		if (!seen.has(procedureOf(item))) {
			seen.add(procedureOf(item));
			first.push(item);
		}
	}
	return [...first, ...ranked.filter((item) => !first.includes(item))];
}
