import { describe, expect, it } from 'vitest';
import { checkSite, checkUrl, extractPage, pagePath, type Site } from '../tools/links.ts';

describe('pagePath', () => {
	it.each([
		['/index.html', '/'],
		['/forms/repair-register/index.html', '/forms/repair-register/'],
		['forms/work-order/print/index.html', '/forms/work-order/print/'],
		['/404.html', '/404.html'],
		['/forms/reindex.html', '/forms/reindex.html'],
	])('serves %s at %s', (file, path) => expect(pagePath(file)).toBe(path));
});

describe('extractPage', () => {
	it('finds the URLs a page loads or links to, and its ids', () => {
		const page = extractPage(`<!doctype html><html><head>
			<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>
			</head><body id="top-of-page">
			<a href="/forms/?a=1&amp;b=2#list">表单</a>
			<img src="/logo.png" srcset="/logo-1x.png 1x, /logo-2x.png 2x" alt="">
			<form action="/records/"><button formaction="/records/import/">导入</button></form>
			<object data="/plan.pdf"></object><video poster="/poster.jpg"></video>
			<button data-action="export-json" data-href="/nowhere/">导出</button>
			<h2 id="c4.3.1">4.3.1</h2><template><a href="#c9" id="inside-template">x</a></template>
			</body></html>`);
		expect(page.links.map((l) => `${l.tag}[${l.attr}]=${l.url}`)).toEqual([
			'link[href]=/_astro/a.css',
			'script[src]=/_astro/a.js',
			'a[href]=/forms/?a=1&b=2#list',
			'img[src]=/logo.png',
			'img[srcset]=/logo-1x.png',
			'img[srcset]=/logo-2x.png',
			'form[action]=/records/',
			'button[formaction]=/records/import/',
			'object[data]=/plan.pdf',
			'video[poster]=/poster.jpg',
			'a[href]=#c9',
		]);
		expect([...page.ids]).toEqual(['top-of-page', 'c4.3.1', 'inside-template']);
		expect(page.base).toBeUndefined();
	});

	it('takes the first <base href> as the base, not as a link', () => {
		const page = extractPage('<base href="/procedures/"><base href="/other/"><a href="kf01-06/">x</a>');
		expect(page.base).toBe('/procedures/');
		expect(page.links).toEqual([{ tag: 'a', attr: 'href', url: 'kf01-06/' }]);
	});

	it('does not take a URL out of a comment, text or an inline script', () => {
		const page = extractPage('<!-- <a href="/gone/"> --><p>href="/gone/"</p><script>a.href = "/gone/"</script>');
		expect(page.links).toEqual([]);
	});
});

const site: Site = {
	files: new Set([
		'/index.html',
		'/404.html',
		'/forms/index.html',
		'/forms/repair-register/index.html',
		'/forms/work-order/print/index.html',
		'/procedures/kf01-06/index.html',
		'/_astro/BaseLayout.css',
		'/_astro/page.js',
		'/favicon.svg',
	]),
	ids: new Map([
		['/index.html', new Set(['main'])],
		['/404.html', new Set()],
		['/forms/index.html', new Set(['main', 'list'])],
		['/forms/repair-register/index.html', new Set(['main', 'f-repair-no'])],
		['/forms/work-order/print/index.html', new Set()],
		['/procedures/kf01-06/index.html', new Set(['main', 'c4.3.1', '流程图'])],
	]),
};

/** The reasons checkUrl gives, as the tables below expect them. */
const noPage = (path: string) => `no page ${path} (dist${path}index.html is missing)`;
const noId = (id: string, where = 'this page') => `no element with id "${id}" on ${where}`;
const otherOrigin = (origin: string) => `another origin (${origin}): the site makes no request off its own host`;

describe('checkUrl', () => {
	it.each([
		['the home page', '/', '/forms/'],
		['a page, with its trailing slash', '/forms/repair-register/', '/'],
		['a page relative to this one', 'print/', '/forms/work-order/'],
		['a page up the tree', '../', '/forms/repair-register/'],
		['a page with a query', '/forms/?form=work-order', '/'],
		['the 404 page', '/404.html', '/'],
		['a built asset', '/_astro/BaseLayout.css', '/forms/'],
		['a file in public/', '/favicon.svg', '/404.html'],
		['an id on this page', '#c4.3.1', '/procedures/kf01-06/'],
		['an id on another page', '/procedures/kf01-06/#c4.3.1', '/forms/'],
		['an id after a query', '/forms/?x=1#list', '/'],
		['a percent-encoded id', '/procedures/kf01-06/#%E6%B5%81%E7%A8%8B%E5%9B%BE', '/'],
		['an id written as is', '#流程图', '/procedures/kf01-06/'],
		['an empty fragment', '#', '/forms/'],
		['#top', '/forms/#top', '/'],
		['this page itself', '', '/forms/'],
		['mailto:', 'mailto:kf@example.com', '/'],
		['tel:', 'tel:028-12345678', '/'],
		['inline data', 'data:image/png;base64,iVBORw0KGgo=', '/'],
		['surrounding whitespace', '  /forms/  ', '/'],
	])('accepts %s: %j on %s', (_name, url, from) => expect(checkUrl(url, from, site)).toBeUndefined());

	it.each([
		['a missing page', '/forms/nope/', '/', noPage('/forms/nope/')],
		['a missing relative page', 'nope/', '/forms/', noPage('/forms/nope/')],
		[
			'a page without its trailing slash',
			'/forms',
			'/',
			"missing trailing slash: the page is /forms/ (trailingSlash 'always')",
		],
		['a missing asset', '/_astro/gone.js', '/', 'no file dist/_astro/gone.js'],
		['a missing fragment on this page', '#c9.9', '/procedures/kf01-06/', noId('c9.9')],
		['a fragment only another page has', '#list', '/forms/repair-register/', noId('list')],
		[
			'a fragment missing on another page',
			'/procedures/kf01-06/#c9.9',
			'/forms/',
			noId('c9.9', '/procedures/kf01-06/'),
		],
		[
			'a fragment of this page, on another page',
			'/forms/#f-repair-no',
			'/forms/repair-register/',
			noId('f-repair-no', '/forms/'),
		],
		['ids match case-sensitively', '#C4.3.1', '/procedures/kf01-06/', noId('C4.3.1')],
		[
			'a fragment into a file that is no page',
			'/favicon.svg#icon',
			'/',
			'#icon points into dist/favicon.svg, which is not a page',
		],
		['another origin', 'https://cdn.example.com/lib.js', '/', otherOrigin('https://cdn.example.com')],
		['another origin without a scheme', '//fonts.example.com/a.css', '/', otherOrigin('https://fonts.example.com')],
		['the dev server, by absolute URL', 'http://localhost:4321/forms/', '/', otherOrigin('http://localhost:4321')],
		['a javascript: URL', 'javascript:void(0)', '/', 'javascript: URL'],
		['malformed percent-encoding', '/forms/%E6/', '/', 'malformed percent-encoding'],
		['an invalid URL', 'http://[::1/', '/', 'not a valid URL'],
	])('rejects %s: %j on %s', (_name, url, from, why) => expect(checkUrl(url, from, site)).toBe(why));

	it('resolves relative URLs against the <base href>', () => {
		expect(checkUrl('repair-register/', '/procedures/kf01-06/', site, '/forms/')).toBeUndefined();
		expect(checkUrl('kf01-06/', '/procedures/kf01-06/', site, '/forms/')).toBe(noPage('/forms/kf01-06/'));
	});
});

describe('checkSite', () => {
	const pages = new Map([
		[
			'/index.html',
			'<a href="/forms/">表单</a><a href="/forms/#list">清单</a><link rel="stylesheet" href="/_astro/a.css">',
		],
		[
			'/forms/index.html',
			'<h2 id="list">清单</h2><a href="#missing">x</a><a href="/">首页</a><form action="/records/"></form>' +
				'<img src="https://example.com/a.png" alt="">',
		],
	]);

	it('reports each broken URL with its page, element and reason', () => {
		expect(checkSite(pages, ['/_astro/a.css'])).toEqual({
			linkCount: 7,
			broken: [
				{ page: '/forms/', url: '#missing', why: `<a href>: ${noId('missing')}` },
				{
					page: '/forms/',
					url: '/records/',
					why: `<form action>: ${noPage('/records/')}`,
				},
				{
					page: '/forms/',
					url: 'https://example.com/a.png',
					why: `<img src>: ${otherOrigin('https://example.com')}`,
				},
			],
		});
	});

	it('reports an asset missing from dist/', () => {
		expect(checkSite(pages, []).broken).toContainEqual({
			page: '/',
			url: '/_astro/a.css',
			why: '<link href>: no file dist/_astro/a.css',
		});
	});

	it('passes a site whose links all resolve', () => {
		const clean = new Map([
			['/index.html', '<a href="/forms/#list">清单</a>'],
			['/forms/index.html', '<h2 id="list">清单</h2><a href="/">首页</a>'],
		]);
		expect(checkSite(clean, [])).toEqual({ broken: [], linkCount: 2 });
	});
});
