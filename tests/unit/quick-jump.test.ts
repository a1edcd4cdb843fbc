import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildQuickIndex, loadQuickIndex, searchQuick } from '../../src/lib/search/quick-jump.ts';
import { liveHandbook } from '../content.ts';

const handbook = await liveHandbook();
const data = buildQuickIndex(handbook);
// As the browser gets it: the JSON written at build time, loaded again.
const shipped = JSON.parse(JSON.stringify(data)) as typeof data;
const index = loadQuickIndex(shipped);
const first = (query: string) => searchQuick(index, shipped.entries, query).results[0];

describe('quick jump over the live handbook', () => {
	it('finds every clause by each of its codes as the first result', () => {
		for (const p of handbook.procedures) {
			const n = Number(p.id.slice(-2));
			for (const clause of p.clauses) {
				const href = `/procedures/${p.id}/#c${clause.number}`;
				expect(first(`${p.id} ${clause.number}`)?.href).toBe(href);
				expect(first(`${n}-${clause.number}`)?.href).toBe(href);
			}
		}
	});

	it('finds every form by its code and by its name as the first result', () => {
		for (const form of handbook.forms) {
			expect(first(form.code)?.href).toBe(`/forms/${form.id}/`);
			expect(first(form.title)?.href).toBe(`/forms/${form.id}/`);
		}
	});

	it.each([
		['报修 4.3', '/procedures/kf01-06/#c4.3'],
		['kf01-01 4.1', '/procedures/kf01-01/#c4.1'],
	])('%s → %s', (query, href) => expect(first(query)?.href).toBe(href));

	it('keeps 4.1 apart from 4.12', () => {
		const hrefs = searchQuick(index, shipped.entries, 'kf01-01 4.1', 50).results.map((r) => r.href);
		expect(hrefs).not.toContain('/procedures/kf01-01/#c4.12');
	});

	it('relaxes to any term when no entry has them all, and says so', () => {
		const { results, relaxed } = searchQuick(index, shipped.entries, '钥匙 火星');
		expect(relaxed).toBe(true);
		expect(results.length).toBeGreaterThan(0);
	});

	it('keeps the lunr index within 150 KB gzipped', () => {
		const index = gzipSync(JSON.stringify(data.index)).byteLength;
		const entries = gzipSync(JSON.stringify(data.entries)).byteLength;
		console.log(`quick jump: ${data.entries.length} entries; index ${index} B, entries ${entries} B gzip`);
		expect(index).toBeLessThan(150 * 1024);
	});
});
