/**
 * Importing and auditing on a phone, in a hurry: a conflict shows what differs, a broken
 * file says where it breaks, an audit cannot pass as complete with items nobody looked at,
 * an operational item can be marked 不适用, and CSV times are ones a spreadsheet reads.
 */
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { digestOf } from '../../src/lib/records/export-json.ts';
import { downloadOf, fillRepairRegister, saveForm, storedRecords } from './helpers.ts';

/** Saves a 报修登记表 and returns the JSON export of it from 我的记录. */
async function savedAndExported(page: Page, no: string, description = '厨房水槽下水管漏水，已关总阀') {
	await page.goto('/forms/repair-register/');
	await fillRepairRegister(page, { no, description });
	await saveForm(page);
	await page.goto('/records/');
	await expect(page.getByText('共 1 条')).toBeVisible();
	const json = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
	return JSON.parse(json.bytes.toString('utf8'));
}

/** What axe finds serious or critical on the page as it is now (after the interaction that built it). */
async function seriousFindings(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Line and column (1-based, in characters) just past the last character of `text` that is not whitespace. */
function endOf(text: string): { line: number; column: number } {
	const body = text.trimEnd();
	const lines = body.split('\n');
	return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

test.describe('import', () => {
	test('a conflict lists the fields that differ, side by side, with local times', async ({ page }, testInfo) => {
		const file = await savedAndExported(page, 'BX-20261202-001');
		// The same record, changed on another phone: same id, same revision, other content.
		const record = file.records[0];
		record.values.description = '另一台手机上改过的报修内容';
		record.values.contact = '李四';
		record.updatedAt = '2026-12-02T09:15:00+00:00';
		file.manifest.digest.value = await digestOf(file.records);
		const path = testInfo.outputPath('other-phone.json');
		await writeFile(path, JSON.stringify(file, null, 2));

		await page.locator('[data-import-file]').setInputFiles(path);
		await expect(page.getByText('新增 0 条 · 冲突 1 条')).toBeVisible();
		const conflict = page.getByRole('group', { name: /BX-20261202-001/ });
		// No raw ISO time anywhere in the conflict.
		await expect(conflict).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
		const diff = conflict.getByRole('table');
		await expect(diff.getByRole('columnheader')).toHaveText(['字段', '本机', '文件']);
		const row = (label: string) => diff.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
		await expect(row('报修内容').getByRole('cell')).toHaveText([
			'厨房水槽下水管漏水，已关总阀',
			'另一台手机上改过的报修内容',
		]);
		await expect(row('联系人').getByRole('cell')).toHaveText(['王小明', '李四']);
		await expect(row('更新时间').getByRole('cell').nth(1)).toHaveText('2026-12-02 17:15');
		// Only what differs: an unchanged field is not listed.
		await expect(row('房号')).toHaveCount(0);
		await expect(diff.getByRole('row')).toHaveCount(4);

		// Keeping what is stored writes nothing: the button is disabled and looks it.
		const confirm = page.getByRole('button', { name: /确认导入/ });
		await expect(confirm).toBeDisabled();
		const look = () =>
			confirm.evaluate((b) => {
				const s = getComputedStyle(b);
				return { background: s.backgroundColor, color: s.color, cursor: s.cursor };
			});
		const disabled = await look();
		expect(disabled.cursor).toBe('not-allowed');
		await conflict.getByLabel('用文件中的替换').check();
		await expect(confirm).toBeEnabled();
		const enabled = await look();
		expect(disabled.background).not.toBe(enabled.background);
		expect(disabled.color).not.toBe(enabled.color);
		expect(await seriousFindings(page)).toEqual([]);
		await page.screenshot({ path: testInfo.outputPath('conflict.png'), fullPage: true });

		await confirm.click();
		await expect(page.getByText('已导入 1 条记录。')).toBeVisible();
		const stored = (await storedRecords(page)).find((r) => r.template === 'repair-register');
		expect(stored?.values['description']).toBe('另一台手机上改过的报修内容');
	});

	test('a truncated JSON file is explained in Chinese with its line and column, and nothing stored changes', async ({
		page,
	}, testInfo) => {
		await savedAndExported(page, 'BX-20261202-002');
		const before = await storedRecords(page);
		const json = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
		const text = json.bytes.toString('utf8');
		// Cut off inside the description, as an interrupted download or a full phone leaves it.
		const truncated = text.slice(0, text.indexOf('厨房水槽') + 2);
		const path = testInfo.outputPath('truncated.json');
		await writeFile(path, truncated);
		await page.locator('[data-import-file]').setInputFiles(path);

		const { line, column } = endOf(truncated);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			`文件不是完整的 JSON：第 ${line} 行第 ${column} 列附近意外结束（文件可能被截断）`,
		);
		await expect(alert).toContainText('本机已有的记录没有任何改动');
		await expect(alert).not.toContainText(/JSON at position|Unterminated|Unexpected/);
		expect(await storedRecords(page)).toEqual(before);
		await expect(page.getByRole('listitem').filter({ hasText: 'BX-20261202-002' })).toBeVisible();
	});
});

test.describe('audit checklist', () => {
	test('finishing with unreviewed items lists them and needs a reason, which the record keeps', async ({ page }) => {
		await page.goto('/checklists/repair-audit/');
		const audit = page.locator('#checklist-repair-audit');
		await audit.getByLabel('审核人').fill('品质部 孙七');
		const items = audit.locator('.checklist__item');
		const total = await items.count();
		expect(total).toBeGreaterThan(4);
		for (const i of [0, 1, 2]) await items.nth(i).getByLabel('符合', { exact: true }).check();
		await expect(audit.getByText(`已审核 3/${total} 项`)).toBeVisible();

		await audit.getByRole('button', { name: '完成审核', exact: true }).click();
		const open = audit.getByRole('group', { name: `还有 ${total - 3} 项未审核` });
		await expect(open).toBeVisible();
		const links = open.getByRole('link');
		await expect(links).toHaveCount(total - 3);
		const fourth = (await items.nth(3).locator('legend').innerText()).replace(/（[\d.]+）\s*$/, '').trim();
		await expect(links.first()).toHaveText(`第 4 项：${fourth}`);
		await expect(links.last()).toContainText(`第 ${total} 项：`);
		await expect(audit.getByText(/已完成/)).toHaveCount(0);

		// The link leads to the item, ready to be answered.
		await links.first().click();
		await expect(items.nth(3).getByLabel('符合', { exact: true })).toBeFocused();

		// No reason: not finished, and the message stands beside the reason.
		await audit.getByRole('button', { name: '完成审核', exact: true }).click();
		await open.getByRole('button', { name: '确认完成审核' }).click();
		const reason = open.getByRole('textbox', { name: /未审核的原因/ });
		await expect(reason).toHaveAttribute('aria-invalid', 'true');
		await expect(open.getByText('请写明这些项未审核的原因')).toBeVisible();
		expect((await storedRecords(page)).find((r) => r.template === 'repair-audit')?.status).not.toBe('finished');
		expect(await seriousFindings(page)).toEqual([]);

		await reason.fill('本月只抽查受理环节');
		await open.getByRole('button', { name: '确认完成审核' }).click();
		const summary = `已完成（3/${total} 项已审核，未审核 ${total - 3} 项：本月只抽查受理环节）`;
		await expect(audit.locator('[data-progress]')).toContainText(summary);
		const run = (await storedRecords(page)).find((r) => r.template === 'repair-audit')!;
		expect(run.status).toBe('finished');
		const unreviewed = run.values['unreviewed'] as { reason: string; items: string[] };
		expect(unreviewed.reason).toBe('本月只抽查受理环节');
		expect(unreviewed.items).toHaveLength(total - 3);

		await page.goto('/records/?form=repair-audit');
		await expect(page.getByRole('listitem').filter({ hasText: summary })).toBeVisible();
		const json = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
		expect(JSON.parse(json.bytes.toString('utf8')).records[0].values.unreviewed).toEqual(unreviewed);
	});
});

test.describe('operational checklist', () => {
	test('an item can be marked 不适用 with time and operator, and counts as handled', async ({ page }) => {
		await page.goto('/checklists/repair-case/');
		const list = page.locator('#checklist-repair-case');
		await list.getByLabel('经办人').fill('赵六');
		const items = list.locator('.checklist__item');
		const total = await items.count();
		const done = (i: number) => items.nth(i).locator('input[name^="done."]');
		const notApplicable = (i: number) => items.nth(i).getByRole('checkbox', { name: /不适用/ });
		for (const i of [0, 1, 2]) await done(i).check();
		await notApplicable(9).check();
		await notApplicable(10).check();
		await expect(list.locator('[data-progress]')).toContainText(`已完成 5/${total} 项 · 不适用 2 项`);
		await expect(items.nth(9).locator('[data-stamp]')).toHaveText(/^不适用 · \d{4}-\d{2}-\d{2} \d{2}:\d{2} · 赵六$/);
		// Each toggle names its item for a screen reader.
		await expect(notApplicable(9)).toHaveAccessibleName('第 10 项 不适用');
		expect(await seriousFindings(page)).toEqual([]);

		// A tick and 不适用 exclude each other.
		await done(9).check();
		await expect(notApplicable(9)).not.toBeChecked();
		await expect(list.locator('[data-progress]')).toContainText(`已完成 5/${total} 项 · 不适用 1 项`);
		await notApplicable(9).check();
		await expect(done(9)).not.toBeChecked();

		await expect
			.poll(async () => {
				const run = (await storedRecords(page)).find((r) => r.template === 'repair-case');
				return (run?.values['items'] as Record<string, { notApplicable?: boolean; by: string }> | undefined)?.[
					'quote-before-work'
				];
			})
			.toMatchObject({ done: false, notApplicable: true, by: '赵六' });
		await page.reload();
		await expect(notApplicable(9)).toBeChecked();
		await expect(notApplicable(10)).toBeChecked();
		await expect(done(9)).not.toBeChecked();
		await expect(list.locator('[data-progress]')).toContainText(`已完成 5/${total} 项 · 不适用 2 项`);

		await list.getByRole('button', { name: '完成本次' }).click();
		await expect(list.getByText(/本次检查已完成并保存/)).toBeVisible();
		const json = await downloadOf(page, () => list.getByRole('button', { name: '导出 JSON' }).click());
		const exported = JSON.parse(json.bytes.toString('utf8')).records[0].values.items;
		const tenth = (await items.nth(9).getAttribute('data-item'))!;
		expect(exported[tenth]).toMatchObject({ done: false, notApplicable: true, by: '赵六' });
		await page.goto('/records/?form=repair-case');
		await expect(page.getByRole('listitem').filter({ hasText: `已完成 5/${total} 项 · 不适用 2 项` })).toBeVisible();
	});
});

test.describe('CSV times', () => {
	const ZONE = '（北京时间 UTC+08:00）';

	test('record CSV writes local date-times under a zone header and reads both forms back', async ({
		page,
	}, testInfo) => {
		await savedAndExported(page, 'BX-20261202-003');
		const csv = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
		const text = csv.bytes.toString('utf8').slice(1);
		const [header = '', row = ''] = text.split('\r\n');
		const headers = header.split(',');
		expect(headers).toContain(`记录创建时间${ZONE}`);
		expect(headers).toContain(`记录更新时间${ZONE}`);
		expect(headers).toContain(`报修时间 [reported-at]${ZONE}`);
		const cells = row.split(',');
		expect(cells[headers.indexOf(`报修时间 [reported-at]${ZONE}`)]).toBe('2026-11-26 09:30:00');
		expect(cells[headers.indexOf(`记录更新时间${ZONE}`)]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
		expect(row).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);

		const path = testInfo.outputPath('records.csv');
		await writeFile(path, csv.bytes);
		await page.locator('[data-import-file]').setInputFiles(path);
		await expect(page.getByText('新增 0 条 · 冲突 0 条 · 已存在且相同 1 条 · 被拒绝 0 处')).toBeVisible();

		// A file from before: ISO time and a header without the zone.
		const old = csv.bytes
			.toString('utf8')
			.replace(`报修时间 [reported-at]${ZONE}`, '报修时间 [reported-at]')
			.replace(',2026-11-26 09:30:00,', ',2026-11-26T09:30:00+08:00,');
		const oldPath = testInfo.outputPath('old.csv');
		await writeFile(oldPath, old);
		await page.locator('[data-import-file]').setInputFiles(oldPath);
		await expect(page.getByText('新增 0 条 · 冲突 0 条 · 已存在且相同 1 条 · 被拒绝 0 处')).toBeVisible();
	});

	test('the training record CSV follows the same rule', async ({ page }) => {
		await page.goto('/training/');
		await expect(page.getByRole('button', { name: '导出 CSV' })).toBeVisible();
		await page.evaluate(async () => {
			const request = indexedDB.open('guichengtong');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			const tx = db.transaction('training', 'readwrite');
			tx.objectStore('training').put({
				kind: 'quiz',
				id: 'quiz:kf01-06:1',
				procedure: 'kf01-06',
				procedureVersion: 'A/01',
				at: '2026-12-02T09:15:00+00:00',
				correct: 5,
				total: 5,
				score: 100,
				passed: true,
				answers: {},
			});
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		});
		await page.reload();
		const csv = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
		const [header = '', ...rows] = csv.bytes.toString('utf8').slice(1).split('\r\n');
		expect(header.split(',')).toContain(`日期${ZONE}`);
		expect(rows.find((r) => r.includes(',自测,'))).toContain(',2026-12-02 17:15:00,');
	});
});
