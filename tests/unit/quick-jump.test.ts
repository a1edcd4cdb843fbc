import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	buildQuickDirectory,
	buildQuickShard,
	loadQuickIndex,
	searchQuick,
	type QuickIndexData,
} from '../../src/lib/search/quick-jump.ts';
import { liveHandbook } from '../content.ts';

const handbook = await liveHandbook();
// As the browser gets them: the JSON written at build time, loaded again.
const shipped = (data: QuickIndexData) => loadQuickIndex(JSON.parse(JSON.stringify(data)) as QuickIndexData);
const directoryData = buildQuickDirectory(handbook);
const directory = shipped(directoryData);
const shards = new Map(handbook.procedures.map((p) => [p.id, buildQuickShard(handbook, p.id)]));
const fetched: string[] = [];
const shard = async (id: string) => {
	fetched.push(id);
	return shipped(shards.get(id)!);
};
const search = (query: string, limit?: number) => searchQuick(directory, query, shard, limit);
const first = async (query: string) => (await search(query)).results[0];

describe('quick jump over the live handbook', () => {
	it("finds every clause by each of its codes as the first result, from its own procedure's file", async () => {
		for (const p of handbook.procedures) {
			const n = Number(p.id.slice(-2));
			for (const clause of p.clauses) {
				const href = `/procedures/${p.id}/#c${clause.number}`;
				fetched.length = 0;
				expect((await first(`${p.id} ${clause.number}`))?.href).toBe(href);
				expect((await first(`${n}-${clause.number}`))?.href).toBe(href);
				expect(new Set(fetched)).toEqual(new Set([p.id]));
			}
		}
	});

	it('finds every form by its code and by its name as the first result', async () => {
		for (const form of handbook.forms) {
			expect((await first(form.code))?.href).toBe(`/forms/${form.id}/`);
			expect((await first(form.title))?.href).toBe(`/forms/${form.id}/`);
		}
	});

	it.each([
		['报修 4.3', '/procedures/kf01-06/#c4.3'],
		['kf01-01 4.1', '/procedures/kf01-01/#c4.1'],
		['KF01-06', '/procedures/kf01-06/'],
		['６－４．３．１', '/procedures/kf01-06/#c4.3.1'],
	])('%s → %s', async (query, href) => expect((await first(query))?.href).toBe(href));

	it('keeps 4.1 apart from 4.12', async () => {
		const hrefs = (await search('kf01-01 4.1', 50)).results.map((r) => r.href);
		expect(hrefs).not.toContain('/procedures/kf01-01/#c4.12');
	});

	it('relaxes to any term when no entry has them all, and says so', async () => {
		const { results, relaxed } = await search('钥匙 火星');
		expect(relaxed).toBe(true);
		expect(results.length).toBeGreaterThan(0);
	});

	it("keeps the directory small and each procedure's clauses smaller", () => {
		const size = (data: QuickIndexData) => gzipSync(JSON.stringify(data)).byteLength;
		const largest = Math.max(...[...shards.values()].map(size));
		console.log(
			`quick jump: directory ${directoryData.entries.length} entries ${size(directoryData)} B gzip; largest procedure ${largest} B`,
		);
		expect(size(directoryData)).toBeLessThan(64 * 1024);
		expect(largest).toBeLessThan(20 * 1024);
	});
});
