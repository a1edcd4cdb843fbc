/**
 * The link check's logic, free of the file system so unit tests can feed it pages: which URLs a
 * built page loads or links to and which ids it has, and whether each URL resolves to a file in
 * dist/ (with its #fragment on the target page). tests/tools/link-check.ts runs it over dist/.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** A URL in a page: `<tag attr="url">`. */
export interface Link {
	tag: string;
	attr: string;
	url: string;
}

export interface PageLinks {
	/** Every element id on the page: the fragments other pages may link to. */
	ids: Set<string>;
	links: Link[];
	/** The `<base href>`, when the page has one: relative URLs resolve against it. */
	base?: string;
}

/** The built site: every file in dist/ as a root-relative path ('/forms/x/index.html'), and the ids of each page. */
export interface Site {
	files: ReadonlySet<string>;
	ids: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface Broken {
	/** The page's URL path ('/forms/x/'). */
	page: string;
	url: string;
	why: string;
}

/** Attributes whose value is one URL the browser loads or follows (`data` only on `<object>`). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster']);

function* elements(node: Node): Generator<Element> {
	if ('tagName' in node) yield node;
	if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
	if ('content' in node) yield* elements(node.content);
}

/** The URLs of a `srcset` list ('a.png 1x, b.png 2x'). */
function srcsetUrls(value: string): string[] {
	if (value.trim().startsWith('data:')) return [];
	return value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0]!)
		.filter(Boolean);
}

/** Parses a page (HTML5 rules, `<template>` contents included) into its ids and URLs. */
export function extractPage(html: string): PageLinks {
	const page: PageLinks = { ids: new Set(), links: [] };
	for (const element of elements(parse(html))) {
		for (const { name, value } of element.attrs) {
			if (name === 'id' && value) page.ids.add(value);
			else if (URL_ATTRIBUTES.has(name) || (name === 'data' && element.tagName === 'object')) {
				if (element.tagName === 'base' && name === 'href') page.base ??= value;
				else page.links.push({ tag: element.tagName, attr: name, url: value });
			} else if (name === 'srcset') {
				for (const url of srcsetUrls(value)) page.links.push({ tag: element.tagName, attr: name, url });
			}
		}
	}
	return page;
}

/** The URL path a file in dist/ is served at: 'forms/x/index.html' → '/forms/x/', '404.html' → '/404.html'. */
export function pagePath(file: string): string {
	return ('/' + file.replace(/^\/+/, '')).replace(/(^|\/)index\.html$/, '$1');
}

/** Stands in for the site's own origin; any other origin is a request the site must not make. */
const ORIGIN = 'https://site.invalid';
/** Schemes that make no request: opening a mail or phone app, inline data. */
const NO_REQUEST = new Set(['mailto:', 'tel:', 'data:']);

/**
 * Why `url`, written in the page served at `from`, does not resolve in `site`; undefined when it does.
 * With trailingSlash 'always' a page is only reachable with the slash: '/forms/x/' → /forms/x/index.html.
 */
export function checkUrl(url: string, from: string, site: Site, base?: string): string | undefined {
	let target: URL;
	try {
		target = new URL(url.trim(), new URL(base ?? from, ORIGIN + from));
	} catch {
		return 'not a valid URL';
	}
	if (NO_REQUEST.has(target.protocol)) return undefined;
	if (target.protocol !== 'http:' && target.protocol !== 'https:') return `${target.protocol} URL`;
	if (target.origin !== ORIGIN) return `another origin (${target.origin}): the site makes no request off its own host`;

	let path: string;
	let fragment: string;
	try {
		path = decodeURIComponent(target.pathname);
		fragment = decodeURIComponent(target.hash.slice(1));
	} catch {
		return 'malformed percent-encoding';
	}
	let file: string;
	if (path.endsWith('/')) {
		file = path + 'index.html';
		if (!site.files.has(file)) return `no page ${path} (dist${file} is missing)`;
	} else if (site.files.has(path)) {
		file = path;
	} else if (site.files.has(path + '/index.html')) {
		return `missing trailing slash: the page is ${path}/ (trailingSlash 'always')`;
	} else {
		return `no file dist${path}`;
	}

	// An empty fragment and '#top' scroll to the top of any page.
	if (!fragment || fragment.toLowerCase() === 'top') return undefined;
	const ids = site.ids.get(file);
	if (!ids) return `#${fragment} points into dist${file}, which is not a page`;
	if (ids.has(fragment)) return undefined;
	const where = pagePath(file) === from ? 'this page' : pagePath(file);
	return `no element with id "${fragment}" on ${where}`;
}

/**
 * Checks every URL of every page. `pages` maps each HTML file's path in dist/ ('/forms/x/index.html')
 * to its text; `otherFiles` lists the rest (scripts, styles, images).
 */
export function checkSite(
	pages: ReadonlyMap<string, string>,
	otherFiles: Iterable<string>,
): { broken: Broken[]; linkCount: number } {
	const parsed = new Map([...pages].map(([file, html]) => [file, extractPage(html)]));
	const site: Site = {
		files: new Set([...pages.keys(), ...otherFiles]),
		ids: new Map([...parsed].map(([file, page]) => [file, page.ids])),
	};
	const broken: Broken[] = [];
	let linkCount = 0;
	for (const [file, page] of parsed) {
		const from = pagePath(file);
		for (const link of page.links) {
			linkCount++;
			const why = checkUrl(link.url, from, site, page.base);
			if (why) broken.push({ page: from, url: link.url, why: `<${link.tag} ${link.attr}>: ${why}` });
		}
	}
	return { broken, linkCount };
}
