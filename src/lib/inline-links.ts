/** Parts of an inline run of links and text, rendered by `InlineLinks.astro` without stray spaces. */
export interface InlinePart {
	text: string;
	href?: string;
}

/** `links` separated by `separator` (、 by default), optionally wrapped: （a、b、c）. */
export function joinLinks(
	links: readonly InlinePart[],
	{ separator = '、', before = '', after = '' }: { separator?: string; before?: string; after?: string } = {},
): InlinePart[] {
	const parts: InlinePart[] = before ? [{ text: before }] : [];
	links.forEach((link, i) => {
		if (i > 0) parts.push({ text: separator });
		parts.push(link);
	});
	if (after) parts.push({ text: after });
	return parts;
}
