import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { clauseAnchors } from '../../src/markdown/clause-anchors.ts';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [clauseAnchors] }).html;

describe('clauseAnchors', () => {
	it('gives a clause paragraph a stable id and turns its number into a link to itself', () => {
		expect(render('4.1.1严格遵守 **公司** 各项规章制度;')).toBe(
			'<p id="c4.1.1" class="clause"><a tabindex="-1" href="#c4.1.1">4.1.1</a> 严格遵守 <strong>公司</strong> 各项规章制度;</p>\n',
		);
	});

	it('anchors numbered headings, keeping the words of the heading', () => {
		expect(render('## 4 程序要点')).toContain('<h2 id="c4" class="clause"><a tabindex="-1" href="#c4"');
		expect(render('## 4 程序要点')).toContain('</a> 程序要点</h2>');
	});

	it('leaves ordinary paragraphs alone', () => {
		expect(render('30分钟内到场。')).toBe('<p>30分钟内到场。</p>\n');
	});
});
