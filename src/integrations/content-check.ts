/**
 * Checks the whole handbook before Astro syncs or bundles anything, so a broken field or
 * cross-reference stops `astro build` (and `astro dev` at start) with one report that
 * names every file, line, field and fix, instead of a stack trace into node_modules.
 */
import type { AstroIntegration } from 'astro';
import { errorReport, warningReport } from '../lib/content-issue.ts';
import { handbookSummary, readHandbook } from '../lib/content/load-handbook.ts';
import { CONTENT_ROOT } from '../lib/handbook.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'guichengtong:content-check',
		hooks: {
			'astro:config:setup': async ({ logger }) => {
				const started = performance.now();
				const { handbook, issues, warnings } = await readHandbook(CONTENT_ROOT);
				if (warnings.length) logger.warn(warningReport(warnings));
				if (handbook) {
					logger.info(`内容校验通过：${handbookSummary(handbook)}（${Math.round(performance.now() - started)} ms）`);
					return;
				}
				logger.error(errorReport(issues));
				// A short error: the report above is the message; a stack adds nothing for an author.
				const error = new Error(`内容校验失败（${issues.length} 处），见上方列表`);
				error.stack = error.message;
				throw error;
			},
		},
	};
}
