/**
 * Performance benchmark: build time, page count, and the gzipped bytes of HTML, CSS and
 * JavaScript each page loads (JavaScript: entry scripts and everything they import
 * statically; code loaded on demand, such as export and import, is not counted). Run with `npm run bench` (builds first); `--no-build` measures
 * the existing dist/. Prints a table and writes tests/.output/bench.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).byteLength;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Static imports of a built module (`import … from "./x.js"`), not the lazy `import("./x.js")` ones. */
function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** Every module a page's entry scripts load before any user action, each counted once. */
function moduleGraph(entries: string[]): string[] {
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url)) return;
		seen.add(url);
		const code = readFileSync(join(DIST, url), 'utf8');
		for (const spec of staticImports(code)) visit(join(url, '..', spec));
	};
	entries.forEach(visit);
	return [...seen];
}

/** Local assets a page loads for the screen: stylesheets (not the print one) and module scripts (no other origin is allowed). */
function assetsOf(html: string): { css: string[]; js: string[] } {
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)]
		.filter((m) => !m[0].includes('media="print"'))
		.map((m) => m[1]!);
	const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
	return { css, js };
}

/**
 * A page's visible text, the floor no markup can go below: tags, scripts and styles removed,
 * entities decoded, whitespace collapsed (as the comparison with Starlight counts it).
 */
function visibleText(html: string): string {
	const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => entities[name]!)
		.replace(/\s+/g, ' ');
}

let buildSeconds: number | undefined;
if (!process.argv.includes('--no-build')) {
	const start = performance.now();
	execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
	buildSeconds = (performance.now() - start) / 1000;
}

const pages = htmlFiles(DIST).map((file) => {
	const html = readFileSync(file, 'utf8');
	const { css, js } = assetsOf(html);
	const sum = (urls: string[]) => urls.reduce((total, url) => total + gz(readFileSync(join(DIST, url))), 0);
	// Inline scripts that run; a JSON data block is page data, already counted with the HTML.
	const inlineJs = [
		...html.matchAll(/<script(?![^>]*(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g),
	].reduce((t, m) => t + gz(m[1]!), 0);
	return {
		page: '/' + relative(DIST, file).replace(/index\.html$/, ''),
		textGzip: gz(visibleText(html)),
		htmlGzip: gz(html),
		cssGzip: sum(css),
		jsGzip: sum(moduleGraph(js)) + inlineJs,
	};
});
pages.sort((a, b) => a.page.localeCompare(b.page));

const total = (p: (typeof pages)[number]) => p.htmlGzip + p.cssGzip + p.jsGzip;
/** What a page costs beyond its own text: markup, styles and scripts. Longer text costs more, fairly. */
const overhead = (p: (typeof pages)[number]) => total(p) - p.textGzip;
const report = {
	date: new Date().toISOString(),
	buildSeconds,
	pageCount: pages.length,
	maxPageGzip: Math.max(...pages.map(total)),
	maxJsGzip: Math.max(...pages.map((p) => p.jsGzip)),
	pages,
};
mkdirSync('tests/.output', { recursive: true });
writeFileSync('tests/.output/bench.json', JSON.stringify(report, null, 2));

console.log(`build: ${buildSeconds?.toFixed(1) ?? '(skipped)'} s · pages: ${pages.length}`);
const columns = ['html.gz', 'css.gz', 'js.gz', 'total', 'text.gz', 'beyond'];
console.log('page'.padEnd(34), ...columns.map((c) => c.padStart(8)));
for (const p of pages) {
	const row = [p.htmlGzip, p.cssGzip, p.jsGzip, total(p), p.textGzip, overhead(p)];
	console.log(p.page.padEnd(34), ...row.map((n) => String(n).padStart(8)));
}

/**
 * Budgets `--check` enforces (gzip bytes of JavaScript, and of the page beyond its own visible
 * text, so a longer procedure is not a heavier one); `npm test` runs it after the build. Set a little
 * above what the pages weigh: a procedure or checklist page loads only the one small loader
 * of its widgets (their code and the store come on first use), a form page its form element.
 */
const BUDGETS: ReadonlyArray<{ pages: RegExp; js: number; overhead: number }> = [
	{ pages: /^\/procedures\//, js: 1.5 * 1024, overhead: 13 * 1024 },
	{ pages: /^\/checklists\//, js: 1.25 * 1024, overhead: 8 * 1024 },
	{ pages: /^\/forms\//, js: 23 * 1024, overhead: 36 * 1024 },
	{ pages: /./, js: 19 * 1024, overhead: 30 * 1024 },
];
if (process.argv.includes('--check')) {
	const over = pages.flatMap((p) => {
		const budget = BUDGETS.find((b) => b.pages.test(p.page))!;
		return [
			...(p.jsGzip > budget.js ? [`${p.page}: JavaScript ${p.jsGzip} B > ${budget.js} B`] : []),
			...(overhead(p) > budget.overhead
				? [`${p.page}: page beyond its text ${overhead(p)} B > ${budget.overhead} B`]
				: []),
		];
	});
	if (over.length) {
		console.error(`Over budget:\n  ${over.join('\n  ')}`);
		process.exit(1);
	}
	const listed = BUDGETS.map((b) => `${b.pages.source}: JavaScript ≤ ${b.js} B, beyond text ≤ ${b.overhead} B`).join(
		'; ',
	);
	console.log(`Budgets met on all ${pages.length} pages (gzip): ${listed}.`);
}
