/** Estimated reading time of a procedure: Chinese text at about 300 characters a minute. */
const CHARS_PER_MINUTE = 300;

export function readingMinutes(texts: readonly string[]): number {
	const chars = texts.reduce((sum, t) => sum + t.replace(/\s+/g, '').length, 0);
	return chars === 0 ? 0 : Math.max(1, Math.round(chars / CHARS_PER_MINUTE));
}
