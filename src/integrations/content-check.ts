/**
 * Checks the whole handbook before Astro syncs or bundles anything, so a broken field or
 * cross-reference stops `astro build` (and `astro dev` at start) with one report that
 * names every file, line, field and fix, instead of a stack trace into node_modules.
 */
import type { AstroIntegration } from 'astro';
import { formatIssue } from '../lib/content-issue.ts';
import { readHandbook } from '../lib/content/load-handbook.ts';
import { CONTENT_ROOT } from '../lib/handbook.ts';

export function contentCheck(): AstroIntegration {
	return {
		name: 'guichengtong:content-check',
		hooks: {
			'astro:config:setup': async ({ logger }) => {
				const started = performance.now();
				const { handbook, issues, warnings } = await readHandbook(CONTENT_ROOT);
				if (warnings.length) logger.warn(`内容提醒 ${warnings.length} 条：\n${warnings.map(formatIssue).join('\n')}`);
				if (handbook) {
					const clauses = handbook.procedures.reduce((sum, p) => sum + p.clauses.length, 0);
					const ms = Math.round(performance.now() - started);
					logger.info(
						`内容校验通过：${handbook.procedures.length} 个规程、${clauses} 个条款、${handbook.forms.length} 张表单（${ms} ms）`,
					);
					return;
				}
				logger.error(`内容校验失败，共 ${issues.length} 处问题：\n${issues.map(formatIssue).join('\n')}`);
				// A short error: the report above is the message; a stack adds nothing for an author.
				const error = new Error(`内容校验失败（${issues.length} 处），见上方列表`);
				error.stack = error.message;
				throw error;
			},
		},
	};
}
