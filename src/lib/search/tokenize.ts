/**
 * The one tokenizer of the quick-jump index, run by the build (to index) and by the browser (to
 * query): the two must be the same function, or a query misses what was indexed.
 *
 * Dictionary-free, because Chinese has no spaces and a segmenter dictionary costs megabytes in
 * the browser: a run of Chinese characters is indexed as every character and every overlapping
 * pair (报修登记 → 报 修 登 记 报修 修登 登记), and queried by its pairs, or by the character alone
 * when the run is one character long. Codes and numbers stay whole (4.3.1, kf01-06, jl-kf01-06-01),
 * so 4.1 never matches 4.12. Text is NFKC-normalised (全角 ４．１ → 4.1) and lowercased first.
 */

/** Han characters (CJK Unified Ideographs and Extension A, and compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** A run of Han characters, or a code: letters and digits joined by . - / (4.3.1, kf01-06, rbwy/jl-kf01-06-01). */
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[./-][a-z0-9]+)*/gu;

export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

/** The runs of `text`: Han runs and codes, everything else (spaces, punctuation) dropped. */
export function runs(text: string): string[] {
	return [...normalize(text).matchAll(RUN)].map((m) => m[0]);
}

const isHan = (run: string): boolean => HAN.test(run[0] ?? '');

function pairs(run: string): string[] {
	const chars = [...run];
	return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Terms to index `text` under: each Han character and pair, each code whole. */
export function indexTerms(text: string): string[] {
	return runs(text).flatMap((run) => (isHan(run) ? [...run, ...pairs(run)] : [run]));
}

/** Terms a query asks for: Han pairs (a lone character as itself), codes whole; duplicates dropped. */
export function queryTerms(text: string): string[] {
	const terms = runs(text).flatMap((run) => (isHan(run) ? ([...run].length === 1 ? [run] : pairs(run)) : [run]));
	return [...new Set(terms)];
}
