/**
 * `npm run content:check`: validates the handbook with the loader the build uses, without
 * building the site, and prints a summary or every problem. Exit code 1 on any problem.
 * Run as `node src/cli/check-content.ts [folder]` (Node ≥ 22.18 runs TypeScript directly).
 */
import { formatIssue } from '../lib/content-issue.ts';
import { readHandbook } from '../lib/content/load-handbook.ts';

const root = process.argv[2] ?? 'content';
const { handbook, issues, warnings } = await readHandbook(root);
if (warnings.length) console.warn(`内容提醒 ${warnings.length} 条：\n${warnings.map(formatIssue).join('\n')}`);
if (!handbook) {
	console.error(`内容校验失败，共 ${issues.length} 处问题：\n${issues.map(formatIssue).join('\n')}`);
	process.exit(1);
}
const drafted = handbook.procedures.filter((p) => p.data.status !== 'planned');
const clauses = handbook.procedures.reduce((sum, p) => sum + p.clauses.length, 0);
console.log(
	`内容校验通过：${handbook.procedures.length} 个规程（已起草 ${drafted.length}）、${clauses} 个条款、` +
		`${handbook.forms.length} 张表单、${handbook.checklists.length} 份清单、${handbook.quizzes.length} 套自测题、` +
		`${handbook.roles.length} 个岗位、${handbook.glossary.length} 条术语`,
);
