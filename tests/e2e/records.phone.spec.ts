import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { liveHandbook } from '../content.ts';
import { downloadOf, fillRepairRegister, indoorCategory, saveForm, storedRecords, waitForAutosave } from './helpers.ts';

test.describe('报修登记表 on a phone', () => {
	test('a draft survives a reload, a wrong value is explained beside its field, and the record saves', async ({
		page,
	}) => {
		await page.goto('/forms/repair-register/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('《报修登记表》');
		await fillRepairRegister(page);
		await waitForAutosave(page, 'repair-register', {
			description: '厨房水槽下水管漏水，已关总阀',
			category: await indoorCategory(),
		});
		await page.reload();
		await expect(page.getByText(/已恢复上次未完成的草稿/)).toBeVisible();
		await expect(page.getByLabel('报修内容', { exact: true })).toHaveValue('厨房水槽下水管漏水，已关总阀');
		await expect(page.getByLabel('报修时间', { exact: true })).toHaveValue('2026-11-26T09:30');

		// Wrong values: each message stands beside its own field.
		await page.getByLabel('联系电话', { exact: true }).fill('12345');
		await page.getByLabel('到场时间', { exact: true }).fill('2026-11-26T09:00');
		await page.getByRole('button', { name: '保存', exact: true }).click();
		const phone = page.locator('[data-field="contact-phone"]');
		await expect(phone.locator('.field__error')).toHaveText(/请填写 11 位手机号/);
		await expect(phone.getByLabel('联系电话', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('[data-field="arrived-at"] .field__error')).toHaveText('到场时间不能早于报修时间');
		await expect(page.getByRole('alert').filter({ hasText: '处需要修改' })).toBeVisible();

		await page.getByLabel('联系电话', { exact: true }).fill('13800000000');
		await page.getByLabel('到场时间', { exact: true }).fill('2026-11-26T09:50');
		await saveForm(page);
		// A saved record is not a draft: the form's plain address starts a new one (a reload keeps
		// ?record= and shows the saved record; forms.phone.spec.ts checks that).
		await page.goto('/forms/repair-register/');
		await expect(page.getByText(/已保存 · 更新于/)).toBeHidden();
		await expect(page.getByLabel('报修内容', { exact: true })).toHaveValue('');

		await page.goto('/records/');
		const item = page.getByRole('listitem').filter({ hasText: 'BX-20261126-001' });
		await expect(item).toContainText('报修登记表 · 已保存');
		await item.getByRole('link', { name: '打开' }).click();
		await expect(page.getByLabel('到场时间', { exact: true })).toHaveValue('2026-11-26T09:50');
	});

	test('JSON and CSV exports carry the data, the manifest, a BOM and neutralised formulas', async ({ page }) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { description: '=1+1', contact: '李四' });
		await saveForm(page);
		await page.goto('/records/');
		await expect(page.getByText('共 1 条')).toBeVisible();

		const json = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
		expect(json.download.suggestedFilename()).toMatch(/^规程通-记录-\d{8}-\d{4}\.json$/);
		const file = JSON.parse(json.bytes.toString('utf8'));
		expect(file.manifest).toMatchObject({
			format: 'guichengtong-records',
			recordCount: 1,
			templates: { 'repair-register': (await liveHandbook()).form('repair-register').version },
		});
		expect(file.manifest.digest.value).toMatch(/^[0-9a-f]{64}$/);
		expect(file.records[0].values).toMatchObject({
			description: '=1+1',
			contact: '李四',
			'reported-at': '2026-11-26T09:30:00+08:00',
		});
		expect(file.records[0]).toMatchObject({
			templateCode: 'RBWY/JL-kf01-06-01',
			procedure: 'kf01-06',
			status: 'saved',
		});

		const csv = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = csv.bytes.toString('utf8').slice(1);
		const [header, row] = text.split('\r\n');
		expect(header).toContain('记录编号,表单编号,表单版本');
		// Field columns carry the field id after the label, so a renamed label still imports.
		expect(header).toContain('报修单号 [repair-no],处理状态 [status],报修时间 [reported-at]');
		expect(row).toContain(",'=1+1,");
		expect(row).toContain(',2026-11-26 09:30:00,');
		expect(text.endsWith('\r\n')).toBe(true);
	});

	test('an export imports into a fresh browser profile with the same records', async ({ page, browser }, testInfo) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-007' });
		await saveForm(page);
		await page.goto('/records/');
		const exported = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
		const path = testInfo.outputPath('export.json');
		await writeFile(path, exported.bytes);

		const fresh = await browser.newContext({
			viewport: { width: 375, height: 812 },
			timezoneId: 'Asia/Shanghai',
			locale: 'zh-CN',
		});
		const other = await fresh.newPage();
		await other.goto('/records/');
		await expect(other.getByText('本机还没有记录')).toBeVisible();
		await other.locator('[data-import-file]').setInputFiles(path);
		await expect(other.getByText('摘要校验通过')).toBeVisible();
		await expect(other.getByText('新增 1 条 · 冲突 0 条')).toBeVisible();
		await other.getByRole('button', { name: /确认导入/ }).click();
		await expect(other.getByText('已导入 1 条记录。')).toBeVisible();
		await expect(other.getByRole('listitem').filter({ hasText: 'BX-20261126-007' })).toBeVisible();
		const again = await downloadOf(other, () => other.getByRole('button', { name: '导出 JSON' }).click());
		expect(JSON.parse(again.bytes.toString('utf8')).records).toEqual(
			JSON.parse(exported.bytes.toString('utf8')).records,
		);

		// Importing the same file again changes nothing.
		await other.locator('[data-import-file]').setInputFiles(path);
		await expect(other.getByText('新增 0 条 · 冲突 0 条 · 已存在且相同 1 条')).toBeVisible();
		await expect(other.getByRole('button', { name: /确认导入/ })).toBeDisabled();
		await fresh.close();
	});

	test('tampered, malformed and wrong-schema files are reported and nothing stored is lost', async ({
		page,
	}, testInfo) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-002', description: '原始内容' });
		await saveForm(page);
		await page.goto('/records/');
		const exported = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
		const file = JSON.parse(exported.bytes.toString('utf8'));

		const tampered = structuredClone(file);
		tampered.records[0].values.description = '被篡改的内容';
		const cases: Array<[string, string, RegExp]> = [
			['malformed.json', '{"manifest": {', /文件不是完整的 JSON：第 1 行第 15 列附近意外结束/],
			['wrong.json', JSON.stringify({ foo: 1 }), /不是规程通导出的记录文件/],
			['empty.json', '', /文件是空的/],
			['notes.txt', 'hello', /无法识别的文件/],
		];
		for (const [name, content, message] of cases) {
			const path = testInfo.outputPath(name);
			await writeFile(path, content);
			await page.locator('[data-import-file]').setInputFiles(path);
			await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
			await expect(page.getByRole('alert').filter({ hasText: '本机已有的记录没有任何改动' })).toBeVisible();
		}

		const path = testInfo.outputPath('tampered.json');
		await writeFile(path, JSON.stringify(tampered));
		await page.locator('[data-import-file]').setInputFiles(path);
		await expect(page.getByRole('alert').filter({ hasText: '摘要不符' })).toBeVisible();
		await expect(page.getByText('冲突 1 条')).toBeVisible();
		const confirm = page.getByRole('button', { name: /确认导入/ });
		await page.getByLabel('用文件中的替换').check();
		await expect(confirm).toBeDisabled();
		await page.getByRole('button', { name: '取消', exact: true }).click();

		// The stored record is still the original.
		await page.getByRole('listitem').filter({ hasText: 'BX-20261126-002' }).getByRole('link', { name: '打开' }).click();
		await expect(page.getByLabel('报修内容', { exact: true })).toHaveValue('原始内容');
	});

	test('a bad row in an import is listed with its row, field and reason', async ({ page }, testInfo) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-003' });
		await saveForm(page);
		await page.goto('/records/');
		const exported = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
		// Break the phone number in the CSV the way a spreadsheet user might.
		const broken = exported.bytes.toString('utf8').replace('13800000000', '138-abc');
		const path = testInfo.outputPath('broken.csv');
		await writeFile(path, broken);
		await page.getByRole('button', { name: '删除所选' }).click(); // nothing selected: no-op
		await page.locator('[data-import-file]').setInputFiles(path);
		await expect(page.getByText('CSV 文件没有摘要')).toBeVisible();
		const problems = page.getByRole('table').filter({ hasText: '原因' });
		await expect(problems.getByRole('row').nth(1)).toContainText('2');
		await expect(problems.getByRole('row').nth(1)).toContainText('values.contact-phone');
		await expect(problems.getByRole('row').nth(1)).toContainText('请填写 11 位手机号');
	});

	test('a CSV with a renamed label imports by field id and lists the cells of a column the form lacks', async ({
		page,
	}, testInfo) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-006' });
		await saveForm(page);
		await page.goto('/records/');
		const exported = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
		// As if exported when 报修单号 was called 单号, from a version with a field 旧备注 since removed.
		const [header = '', row = '', ...rest] = exported.bytes.toString('utf8').split('\r\n');
		const renamed = header.replace('报修单号 [repair-no]', '单号 [repair-no]');
		const path = testInfo.outputPath('renamed.csv');
		await writeFile(path, [`${renamed},旧备注 [old-note]`, `${row},夜间报修`, ...rest].join('\r\n'));
		await page.locator('[data-import-file]').setInputFiles(path);
		await expect(page.getByText('已存在且相同 1 条 · 被拒绝 0 处 · 请注意 1 处')).toBeVisible();
		const notices = page.getByRole('table').filter({ hasText: '旧备注 [old-note]' });
		await expect(notices.getByRole('row').nth(1)).toContainText('当前表单没有这个字段，这一格不会导入：“夜间报修”');
	});

	test('typed markup is shown as text in the list, the print view and the export', async ({ page }) => {
		const payload = '<img src=x onerror="window.__xss=1">';
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-004', description: payload, contact: '张三' });
		await saveForm(page);
		await page.getByRole('button', { name: '打印' }).click();
		await expect(page).toHaveURL(/\/forms\/repair-register\/print\/\?record=/);
		await expect(page.locator('[data-value="description"]')).toHaveText(payload);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await page.goto('/records/');
		await expect(page.getByRole('listitem').filter({ hasText: 'BX-20261126-004' })).toBeVisible();
		const csv = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
		expect(csv.bytes.toString('utf8')).toContain('"<img src=x onerror=""window.__xss=1"">"');
		expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
	});

	test('print media of a filled form shows the paper form without navigation', async ({ page }) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-005' });
		await saveForm(page);
		await page.getByRole('button', { name: '打印' }).click();
		await expect(page.locator('[data-value="repair-no"]')).toHaveText('BX-20261126-005');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
		await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
		await expect(page.locator('[data-value="contact"]')).toHaveText('王小明');
		await expect(page.locator('[data-value="reported-at"]')).toHaveText('2026-11-26 09:30');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
	});

	test('a later save in another tab is not silently overwritten', async ({ page, context }) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-006', description: '第一个标签页' });
		await saveForm(page);
		await page.goto('/records/');
		await page.getByRole('listitem').filter({ hasText: 'BX-20261126-006' }).getByRole('link', { name: '打开' }).click();
		const recordUrl = page.url();

		// Tab two hears nothing from tab one (as when the browser froze it), so it still holds
		// the old revision when its user saves: the store itself must refuse the overwrite.
		const second = await context.newPage();
		await second.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
		await second.goto(recordUrl);
		await expect(second.getByLabel('报修内容', { exact: true })).toHaveValue('第一个标签页');

		await page.getByLabel('报修内容', { exact: true }).fill('第一个标签页的新内容');
		await saveForm(page);
		await second.getByLabel('报修内容', { exact: true }).fill('第二个标签页的修改');
		await second.getByRole('button', { name: '保存', exact: true }).click();
		await expect(second.getByRole('alert').filter({ hasText: '另一个标签页中被修改' })).toBeVisible();
		await page.reload();
		await expect(page.getByLabel('报修内容', { exact: true })).toHaveValue('第一个标签页的新内容');

		// The second tab can keep its text as a new record instead.
		await second.getByRole('button', { name: '把本页内容另存为新记录' }).click();
		await expect(second.getByText(/已另存为新记录/)).toBeVisible();
		await second.goto('/records/');
		await expect(second.getByText('共 2 条')).toBeVisible();
	});

	test('a tab with no unsaved changes shows what another tab saved', async ({ page, context }) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-011', description: '原来的内容' });
		await saveForm(page);
		await page.goto('/records/');
		await page.getByRole('listitem').filter({ hasText: 'BX-20261126-011' }).getByRole('link', { name: '打开' }).click();
		const second = await context.newPage();
		await second.goto(page.url());
		await expect(second.getByLabel('报修内容', { exact: true })).toHaveValue('原来的内容');
		await page.getByLabel('报修内容', { exact: true }).fill('另一个标签页改过的内容');
		await saveForm(page);
		await expect(second.getByLabel('报修内容', { exact: true })).toHaveValue('另一个标签页改过的内容');
		await expect(second.getByText('另一个标签页更新了这条记录，已载入最新内容。')).toBeVisible();
	});

	test('deleting a record can be undone', async ({ page }) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page, { no: 'BX-20261126-008' });
		await saveForm(page);
		await page.goto('/records/');
		const item = page.getByRole('listitem').filter({ hasText: 'BX-20261126-008' });
		await item.getByRole('button', { name: '删除' }).click();
		await expect(page.getByText('已删除 1 条记录。')).toBeVisible();
		await expect(item).toBeHidden();
		await page.getByRole('button', { name: '撤销' }).click();
		await expect(page.getByRole('listitem').filter({ hasText: 'BX-20261126-008' })).toBeVisible();
	});

	test('when the browser refuses storage the user is told and can still export', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
		await page.goto('/forms/repair-register/');
		await expect(page.getByRole('alert').filter({ hasText: '浏览器拒绝在本机保存数据' })).toBeVisible();
		await fillRepairRegister(page, { no: 'BX-20261126-009' });
		const json = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
		expect(JSON.parse(json.bytes.toString('utf8')).records[0].values['repair-no']).toBe('BX-20261126-009');
	});
});

test.describe('checklists on their own pages', () => {
	test('a procedure names its checklists and opens each on its own page', async ({ page }) => {
		await page.goto('/procedures/kf01-06/');
		const card = page.locator('#checklist-repair-audit');
		await card.getByText(/查看全部 \d+ 项/).click();
		await expect(card.getByRole('listitem').first()).toBeVisible();
		await card.getByRole('link', { name: '开始审核' }).click();
		await expect(page).toHaveURL(/\/checklists\/repair-audit\/$/);
		await expect(page.getByRole('heading', { level: 1, name: '报修管理审核清单' })).toBeVisible();
		// Each item's clause opens the procedure at that clause.
		await page.locator('.checklist__item').first().getByRole('link').click();
		await expect(page).toHaveURL(/\/procedures\/kf01-06\/#c[\d.]+$/);
	});

	test('ticks are kept with time and operator across a reload', async ({ page }) => {
		await page.goto('/checklists/repair-case/');
		const list = page.locator('#checklist-repair-case');
		await list.getByLabel('经办人').fill('赵六');
		await list.getByLabel('关联单号或房号').fill('BX-20261126-001');
		const boxes = list.locator('.checklist__tick').getByRole('checkbox');
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await expect(list.getByText(/已完成 2\/\d+ 项/)).toBeVisible();
		await expect
			.poll(async () => {
				const run = (await storedRecords(page)).find((r) => r.template === 'repair-case');
				return Object.keys((run?.values['items'] as object | undefined) ?? {}).length;
			})
			.toBe(2);
		await page.reload();
		await expect(boxes.nth(0)).toBeChecked();
		await expect(boxes.nth(1)).toBeChecked();
		await expect(boxes.nth(2)).not.toBeChecked();
		await expect(list.locator('[data-stamp]').first()).toHaveText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} · 赵六/);
	});

	test('an audit needs evidence for a non-conformity and gives a score', async ({ page }) => {
		await page.goto('/checklists/repair-audit/');
		const audit = page.locator('#checklist-repair-audit');
		await audit.getByLabel('审核人').fill('品质部 孙七');
		const items = audit.locator('.checklist__item');
		await items.nth(0).getByLabel('符合', { exact: true }).check();
		await items.nth(1).getByLabel('不符合', { exact: true }).check();
		await items.nth(2).getByLabel('不适用', { exact: true }).check();
		await expect(audit.getByText(/已审核 3\/\d+ 项 · 符合率 50%/)).toBeVisible();
		await audit.getByRole('button', { name: '完成审核' }).click();
		await expect(items.nth(1).getByText('不符合项必须写明证据')).toBeVisible();
		await items.nth(1).getByLabel('证据与说明').fill('11月急修 BX-20261103-002 到场用时 52 分钟');
		await audit.getByRole('button', { name: '完成审核', exact: true }).click();
		// Items left unreviewed need a reason before the audit finishes.
		await audit.getByLabel(/未审核的原因/).fill('本次只抽查前三项');
		await audit.getByRole('button', { name: '确认完成审核' }).click();
		await expect(audit.getByText(/本次检查已完成并保存/)).toBeVisible();
		await page.goto('/records/?form=repair-audit');
		await expect(page.getByRole('listitem').filter({ hasText: '报修管理审核清单 · 已完成' })).toBeVisible();
	});
});

test('records kept by the first version of the store survive the upgrade to the current one', async ({ page }) => {
	// A page without script, so nothing opens the database before the test has made it at version 1.
	await page.goto('/glossary/');
	await page.evaluate(async () => {
		const request = indexedDB.open('guichengtong', 1);
		request.onupgradeneeded = () => {
			const records = request.result.createObjectStore('records', { keyPath: 'id' });
			records.createIndex('by-template', 'template');
			records.createIndex('by-updated', 'updatedAt');
		};
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('records', 'readwrite');
		tx.objectStore('records').put({
			id: '0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c',
			kind: 'form',
			template: 'repair-register',
			templateCode: 'RBWY/JL-kf01-06-01',
			templateVersion: 'A/01',
			procedure: 'kf01-06',
			procedureVersion: 'A/02',
			status: 'saved',
			title: 'BX-20260101-001',
			createdAt: '2026-01-01T09:00:00+08:00',
			updatedAt: '2026-01-01T09:30:00+08:00',
			revision: 2,
			values: { 'repair-no': 'BX-20260101-001' },
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.goto('/records/');
	await expect(page.getByRole('listitem').filter({ hasText: 'BX-20260101-001' })).toContainText('报修登记表 · 已保存');
	// The upgrade added the training store: a procedure page records the visit.
	await page.goto('/procedures/kf01-06/');
	await expect(page.getByText(/学习进度：已打开/)).toBeVisible();
	expect(
		await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'guichengtong')?.version),
	).toBe(2);
});

test('a damaged record in the store is reported, not shown, and does not break the list', async ({ page }) => {
	await page.goto('/forms/repair-register/');
	await fillRepairRegister(page, { no: 'BX-20261126-010' });
	await saveForm(page);
	await page.evaluate(async () => {
		const request = indexedDB.open('guichengtong');
		const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
		const tx = db.transaction('records', 'readwrite');
		tx.objectStore('records').put({ id: 'broken', kind: 'form', values: 'not an object' });
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.goto('/records/');
	await expect(page.getByText('有 1 条本机记录已损坏，无法读取；它们未被删除，也不会被导出。')).toBeVisible();
	await expect(page.getByText('共 1 条')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'BX-20261126-010' })).toBeVisible();
});

test('what is typed before the page script has loaded is kept', async ({ page }) => {
	// A weak signal: the page's script arrives a second and a half after the form.
	await page.route('**/_astro/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/forms/repair-register/', { waitUntil: 'commit' });
	await page.getByLabel('报修单号', { exact: true }).fill('BX-20261126-012');
	await expect(page.getByText('新记录：开始填写后自动保存草稿。')).toBeVisible({ timeout: 10_000 });
	await expect(page.getByLabel('报修单号', { exact: true })).toHaveValue('BX-20261126-012');
});
