/**
 * Writes the Pagefind full-text index into the built site at the end of `astro build`, through
 * Pagefind's Node API (as Starlight does), so every build has a search that matches its content.
 * Records come from the handbook (`full-text-records.ts`); the Chinese segmenter runs because
 * every record is zh-cn.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadHandbookFrom } from '../lib/content/load-handbook.ts';
import { CONTENT_ROOT } from '../lib/handbook.ts';
import { fullTextRecords, type FullTextRecord } from '../lib/search/full-text-records.ts';

/** Writes the Pagefind index of `records` into `outputPath`; the search benchmark's large handbooks use it too. */
export async function writeFullTextIndex(records: readonly FullTextRecord[], outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	for (const record of records) {
		const added = await index.addCustomRecord(record);
		if (added.errors.length) throw new Error(`Pagefind ${record.url}: ${added.errors.join('; ')}`);
	}
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	await pagefind.close();
}

export function searchIndex(): AstroIntegration {
	return {
		name: 'guichengtong:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const records = fullTextRecords(await loadHandbookFrom(CONTENT_ROOT));
				await writeFullTextIndex(records, fileURLToPath(new URL('pagefind/', dir)));
				logger.info(`全文检索索引：${records.length} 条（${Math.round(performance.now() - started)} ms）`);
			},
		},
	};
}
