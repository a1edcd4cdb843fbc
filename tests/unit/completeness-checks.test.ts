import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, loadFixture } from './helpers/fixture-handbook.ts';

const P6 = 'procedures/kf01-06.mdx';
const fixtureText = await readFile(join(FIXTURE_ROOT, P6), 'utf8');
/** The fixture's whole `flow:` block, to take it out. */
const FLOW = /^flow:\n(?: {2}- .*\n)+/m.exec(fixtureText)![0];
const FEWER_ALIASES: [string, string] = ['水管爆了, 马桶堵了, ', ''];
const CONTROLLED: [string, string] = [
	'status: draft',
	'status: controlled\neffective: 2026-11-26\nreviewed: { by: 甲, date: 2026-11-26 }\napproved: { by: 乙, date: 2026-11-26 }',
];

describe('a written procedure carries its flowchart, checklists, quiz and everyday words', () => {
	it('the valid fixture has all of them', async () => {
		const { issues, warnings } = await loadFixture();
		expect(issues).toEqual([]);
		expect(warnings.filter((w) => w.file === P6)).toEqual([]);
	});

	it('a draft without an audit checklist fails, saying what to add', async () => {
		const { issues } = await loadFixture({ [P6]: [['<Checklist id="repair-audit" />', '']] }, {}, [
			'checklists/repair-audit.yaml',
		]);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: P6, field: 'checklists', message: expect.stringContaining('缺少审核清单') }),
		);
	});

	it('a draft without a quiz fails', async () => {
		const { issues } = await loadFixture({}, {}, ['quizzes/kf01-06.yaml']);
		expect(issues).toContainEqual(
			expect.objectContaining({ file: P6, field: 'quiz', message: expect.stringContaining('quizzes/kf01-06.yaml') }),
		);
	});

	it('a draft without a flowchart fails', async () => {
		const { issues } = await loadFixture({ [P6]: [[FLOW, '']] });
		expect(issues).toContainEqual(
			expect.objectContaining({ file: P6, field: 'flow', message: expect.stringContaining('主流程') }),
		);
	});

	it('a draft with fewer than 12 everyday aliases fails', async () => {
		const { issues } = await loadFixture({ [P6]: [FEWER_ALIASES] });
		expect(issues).toContainEqual(
			expect.objectContaining({ file: P6, field: 'aliases', message: expect.stringContaining('至少需要 12 条') }),
		);
	});

	it('a controlled procedure lacking them is warned about, not stopped', async () => {
		const { handbook, warnings } = await loadFixture({ [P6]: [CONTROLLED, FEWER_ALIASES] });
		expect(handbook).toBeDefined();
		expect(warnings).toContainEqual(expect.objectContaining({ file: P6, field: 'aliases', severity: 'warning' }));
	});
});
