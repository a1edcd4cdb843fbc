/**
 * kf01-01 is the company's controlled text: what the source document says must stay word for
 * word on the page. Editors may add section numbers and marks such as [原文如此]; they may not
 * change a character of the source. The excerpt is a copy of the source document's first pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveHandbook } from '../content.ts';

const SOURCE = readFileSync(new URL('../fixtures/seed/kf01-source-excerpt.txt', import.meta.url), 'utf8')
	.split('\n')
	.map((line) => line.trim())
	.filter(Boolean);
/** The procedure's own text in the excerpt: from its title to the end (the excerpt stops mid-clause). */
const TITLE = '客户服务中心岗位职责作业规程';
const body = SOURCE.slice(SOURCE.lastIndexOf(TITLE));
const CLAUSE_LINE = /^(\d+(?:\.\d+)+)\s*(.*)$/;
/** Marks an editor may add to controlled text without changing it. */
const withoutEditorialMarks = (text: string) => text.replace(/\s*[[［](原文如此|编者注[^\]］]*)[\]］]/g, '');

describe('kf01-01 keeps the source text verbatim', async () => {
	const handbook = await liveHandbook();
	const procedure = handbook.procedure('kf01-01');
	const clauses = new Map(procedure.clauses.map((c) => [c.number, withoutEditorialMarks(c.text)]));
	const pageText = withoutEditorialMarks(procedure.body);

	it('has the title and code of the source', () => {
		expect(body[0]).toBe(procedure.data.title);
		expect(body[1]).toBe(`编号:${procedure.data.code}`);
	});

	const numbered = body.map((line) => CLAUSE_LINE.exec(line)).filter((m) => m !== null);
	it('covers the numbered clauses of the excerpt', () => expect(numbered.length).toBeGreaterThanOrEqual(19));
	for (const [line, number, text] of numbered) {
		const last = line === body.at(-1);
		it(`clause ${number} reads as in the source`, () => {
			expect(clauses.has(number!), `clause ${number} is missing`).toBe(true);
			// The excerpt's last line is cut off, so only its beginning can be compared.
			if (last) expect(clauses.get(number!)!.startsWith(text!)).toBe(true);
			else expect(clauses.get(number!)).toBe(text);
		});
	}

	for (const line of body.slice(2).filter((l) => !CLAUSE_LINE.test(l))) {
		it(`keeps “${line.slice(0, 16)}…” word for word`, () => expect(pageText).toContain(line));
	}
});
