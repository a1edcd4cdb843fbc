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
import { fullTextRecords } from '../lib/search/full-text-records.ts';

export function searchIndex(): AstroIntegration {
	return {
		name: 'guichengtong:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
				if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
				const records = fullTextRecords(await loadHandbookFrom(CONTENT_ROOT));
				for (const record of records) {
					const added = await index.addCustomRecord(record);
					if (added.errors.length) throw new Error(`Pagefind ${record.url}: ${added.errors.join('; ')}`);
				}
				const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`全文检索索引：${records.length} 条（${Math.round(performance.now() - started)} ms）`);
			},
		},
	};
}
