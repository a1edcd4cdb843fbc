/**
 * Search at scale: `node tests/perf/synthetic-search.ts [--procedures 2000]` (after a build) makes a
 * handbook of that many procedures from the real twenty (synthetic-handbook.ts), writes its
 * Pagefind and quick-jump indexes into a copy of dist/ under tests/.output/ (not committed), and
 * runs the search benchmark on it. Reports how long each index took to build and how big it is,
 * so growth can be compared with the real site's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeFullTextIndex } from '../../src/integrations/search-index.ts';
import { loadHandbookFrom } from '../../src/lib/content/load-handbook.ts';
import { CONTENT_ROOT } from '../../src/lib/handbook.ts';
import { fullTextRecords } from '../../src/lib/search/full-text-records.ts';
import { buildQuickDirectory, buildQuickShard } from '../../src/lib/search/quick-jump.ts';
import { syntheticHandbook } from './synthetic-handbook.ts';

const at = process.argv.indexOf('--procedures');
const wanted = at >= 0 ? Number(process.argv[at + 1]) : 2000;
const real = await loadHandbookFrom(CONTENT_ROOT);
const copies = Math.max(1, Math.round(wanted / real.procedures.length));
const handbook = syntheticHandbook(real, copies);
const out = `tests/.output/synthetic-${handbook.procedures.length}`;
rmSync(out, { recursive: true, force: true });
mkdirSync('tests/.output', { recursive: true });
cpSync('dist', out, { recursive: true, filter: (path) => !path.startsWith('dist/pagefind') });

const folderBytes = (dir: string): number =>
	readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		return sum + (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size);
	}, 0);

let started = performance.now();
const records = fullTextRecords(handbook);
await writeFullTextIndex(records, join(out, 'pagefind'));
const fullTextSeconds = (performance.now() - started) / 1000;

started = performance.now();
const quick = JSON.stringify(buildQuickDirectory(handbook));
writeFileSync(join(out, 'search/quick.json'), quick);
let largestShard = 0;
for (const p of handbook.procedures) {
	const shard = JSON.stringify(buildQuickShard(handbook, p.id));
	largestShard = Math.max(largestShard, gzipSync(shard).byteLength);
	writeFileSync(join(out, `search/quick/${p.id}.json`), shard);
}
const quickSeconds = (performance.now() - started) / 1000;
// The search page weighs a term by how rare it is among the records it was built with.
const page = join(out, 'search/index.html');
writeFileSync(page, readFileSync(page, 'utf8').replace(/"records":\d+/, `"records":${records.length}`));

const meta = readdirSync(join(out, 'pagefind')).find((n) => n.endsWith('.pf_meta'))!;
const summary = {
	procedures: handbook.procedures.length,
	records: records.length,
	fullTextSeconds,
	fullTextBytes: folderBytes(join(out, 'pagefind')),
	pagefindMetaBytes: statSync(join(out, 'pagefind', meta)).size,
	quickSeconds,
	quickGzip: gzipSync(quick).byteLength,
	largestShardGzip: largestShard,
};
console.log(
	`synthetic handbook: ${summary.procedures} procedures, ${summary.records} full-text records\n` +
		`  Pagefind index   ${fullTextSeconds.toFixed(1)} s, ${(summary.fullTextBytes / 1048576).toFixed(1)} MB on disk, start-up metadata ${(summary.pagefindMetaBytes / 1024).toFixed(0)} kB\n` +
		`  quick jump       ${quickSeconds.toFixed(1)} s, directory ${(summary.quickGzip / 1024).toFixed(0)} kB gzip, largest procedure ${(largestShard / 1024).toFixed(1)} kB`,
);
writeFileSync(`${out}.json`, JSON.stringify(summary, null, 2));
execFileSync(process.execPath, ['tests/perf/bench-search.ts', '--dist', out, '--synthetic', String(copies)], {
	stdio: 'inherit',
});
