// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { clauseAnchors } from './src/markdown/clause-anchors.ts';
import { scrollableTables } from './src/markdown/scrollable-tables.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { lazyChunkUrl } from './src/integrations/lazy-chunk-url.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
	// Served from the root of its own host; links are root-relative.
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	// Whitespace between inline elements matters in mixed Chinese/English text, so the
	// HTML is minified without the 'jsx' mode that can drop such spaces.
	compressHTML: true,
	markdown: {
		processor: satteri({
			hastPlugins: [clauseAnchors, scrollableTables],
			// Keep the controlled text's punctuation exactly as written (no smart quotes).
			features: { smartPunctuation: false },
		}),
	},
	// contentCheck first: broken content stops the build before anything is bundled.
	integrations: [contentCheck(), mdx(), searchIndex()],
	// No telemetry, fonts or images from another origin: the site runs on a closed network.
	build: { inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	vite: { plugins: [lazyChunkUrl()] },
});
