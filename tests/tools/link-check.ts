/**
 * Link check over the built site: every href, src, srcset, action, formaction, poster (and
 * `<object data>`) in every page of dist/ must resolve to a built file, its #fragment to an id on
 * the target page, and nothing may point to another origin (mailto:, tel: and data: are fine).
 * Run `node tests/tools/link-check.ts` after `npm run build`; `npm test` does. Prints the broken
 * links page by page and exits 1 when there are any.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkSite } from './links.ts';

const DIST = 'dist';
if (!existsSync(DIST)) {
	console.error('dist/ is missing: run `npm run build` first.');
	process.exit(2);
}

const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map(
		(entry) =>
			'/' +
			join(entry.parentPath, entry.name)
				.slice(DIST.length + 1)
				.replaceAll('\\', '/'),
	);
const pages = new Map(
	files.filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(DIST, file), 'utf8')]),
);
const { broken, linkCount } = checkSite(
	pages,
	files.filter((file) => !pages.has(file)),
);

const byPage = Map.groupBy(broken, (b) => b.page);
for (const [page, links] of [...byPage].sort(([a], [b]) => a.localeCompare(b))) {
	console.log(page);
	for (const link of links) console.log(`  ${link.url}\n    ${link.why}`);
}
const summary = `${pages.size} pages, ${linkCount} links`;
if (broken.length) {
	console.error(`Link check: ${broken.length} broken links on ${byPage.size} of ${summary}.`);
	process.exit(1);
}
console.log(`Link check: no broken links (${summary}).`);
