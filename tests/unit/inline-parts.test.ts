import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { joinLinks } from '../../src/lib/inline-links.ts';
import { scrollableTables } from '../../src/markdown/scrollable-tables.ts';

describe('joinLinks', () => {
	it('separates links with 、 and wraps them, with no spaces anywhere', () => {
		const parts = joinLinks(
			[
				{ text: '3.2', href: '#c3.2' },
				{ text: '4.1.1', href: '#c4.1.1' },
			],
			{ before: '（', after: '）' },
		);
		expect(parts.map((p) => p.text).join('')).toBe('（3.2、4.1.1）');
		expect(parts.filter((p) => p.href).map((p) => p.href)).toEqual(['#c3.2', '#c4.1.1']);
	});

	it('gives nothing for no links and just the link for one', () => {
		expect(joinLinks([])).toEqual([]);
		expect(joinLinks([{ text: 'a', href: '#a' }])).toEqual([{ text: 'a', href: '#a' }]);
	});
});

describe('scrollableTables', () => {
	it('lets a keyboard reach a body table, which scrolls on its own on a phone', () => {
		const html = markdownToHtml('| 物品 | 期限 |\n| --- | --- |\n| 雨伞 | 2天 |', {
			hastPlugins: [scrollableTables],
		}).html;
		expect(html).toMatch(/^<table tabindex="0">/);
	});
});
