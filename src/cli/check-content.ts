/**
 * `npm run content:check`: validates the handbook with the loader the build uses, without
 * building the site, and prints a summary or every problem. Exit code 1 on any problem.
 * Run as `node src/cli/check-content.ts [folder]` (Node ≥ 22.18 runs TypeScript directly).
 */
import { errorReport, warningReport } from '../lib/content-issue.ts';
import { handbookSummary, readHandbook } from '../lib/content/load-handbook.ts';

const root = process.argv[2] ?? 'content';
const { handbook, issues, warnings } = await readHandbook(root);
if (warnings.length) console.warn(warningReport(warnings));
if (!handbook) {
	console.error(errorReport(issues));
	process.exit(1);
}
console.log(`内容校验通过：${handbookSummary(handbook)}`);
