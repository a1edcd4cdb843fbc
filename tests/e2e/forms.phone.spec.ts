/**
 * Filling in a form on a phone, in a hurry: the focused field stays in sight above the
 * sticky 保存 bar, a failed save says so where the user looks, the address names the saved
 * record, an impossible date is not dropped, numbered fields show their format and offer the
 * next number, and a printed form leaves its signature boxes for a pen.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillRepairRegister, saveForm, storedRecords, waitForAutosave } from './helpers.ts';

/** Today in the zone the tests pin (Asia/Shanghai), as the 8 digits of a 单号. */
function today(offsetDays = 0): string {
	const date = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date).replaceAll('-', '');
}

/** Waits until the form's script has taken over the server-rendered form. */
async function formReady(page: Page): Promise<void> {
	await expect(page.locator('[data-record-info]')).not.toHaveText(/请开启 JavaScript/);
}

/** Puts records straight into the browser store, as if saved earlier on this device. */
async function storeRecords(page: Page, template: string, field: string, numbers: string[]): Promise<void> {
	await page.evaluate(
		async ({ template, field, numbers }) => {
			const request = indexedDB.open('guichengtong');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			const tx = db.transaction('records', 'readwrite');
			numbers.forEach((number, i) =>
				tx.objectStore('records').put({
					id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
					kind: 'form',
					template,
					templateCode: 'RBWY/JL-kf01-06-01',
					templateVersion: 'A/01',
					procedure: 'kf01-06',
					procedureVersion: 'A/02',
					status: 'saved',
					title: number,
					createdAt: '2026-01-01T09:00:00+08:00',
					updatedAt: '2026-01-01T09:30:00+08:00',
					revision: 1,
					values: { [field]: number },
				}),
			);
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ template, field, numbers },
	);
}

test('no focus stop on the 报修登记表 ends up under the sticky 保存 bar', async ({ page }) => {
	await page.goto('/forms/repair-register/');
	await formReady(page);
	// A date-time input takes several Tab presses (year, month, day …): each is checked, and
	// the control is counted once. The walk ends when focus comes round to the first stop again.
	const hidden = new Set<string>();
	const controls = new Set<string>();
	for (let i = 0; i < 400; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return undefined;
			element.dataset['tabStop'] ??= String(document.querySelectorAll('[data-tab-stop]').length);
			const bar = document.querySelector('.form-actions')!.getBoundingClientRect();
			const box = element.getBoundingClientRect();
			const under = !element.closest('.form-actions') && box.bottom > bar.top && box.top < bar.bottom;
			const name = element.id || element.getAttribute('name') || element.textContent?.trim().slice(0, 12) || '';
			return { key: `${element.dataset['tabStop']} ${name}`, under };
		});
		if (!stop || (controls.size > 0 && stop.key.startsWith('0 '))) break;
		controls.add(stop.key);
		if (stop.under) hidden.add(stop.key);
	}
	expect(controls.size).toBeGreaterThan(30);
	expect([...hidden], `${hidden.size} of ${controls.size} focus stops under the bar`).toEqual([]);
});

test.describe('a save the browser refuses', () => {
	test('replaces the autosave note beside 保存 with an error that stays until a save succeeds', async ({ page }) => {
		await page.goto('/forms/repair-register/');
		await fillRepairRegister(page);
		await waitForAutosave(page, 'repair-register', { description: '厨房水槽下水管漏水，已关总阀' });
		const bar = page.locator('.form-actions');
		await expect(bar.getByRole('status')).toHaveText(/草稿已自动保存/);

		// The store starts refusing writes, as when the phone's storage is full.
		await page.evaluate(() => {
			const put = IDBObjectStore.prototype.put;
			Object.assign(window, { restorePut: () => (IDBObjectStore.prototype.put = put) });
			IDBObjectStore.prototype.put = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		});
		await page.getByLabel('备注', { exact: true }).fill('改约到明天上午');
		const problem = bar.getByRole('alert');
		await expect(problem).toHaveText(/未保存.*存储空间已满/);
		await expect(bar.getByText(/草稿已自动保存/)).toBeHidden();

		await page.getByRole('button', { name: '保存', exact: true }).click();
		await expect(problem).toHaveText(/未保存.*存储空间已满/);
		await expect(page.getByText(/^已保存（/)).toBeHidden();
		// Another change autosaves, fails again, and the error is still what the bar says.
		await page.getByLabel('备注', { exact: true }).fill('改约到明天下午');
		await page.waitForTimeout(1000);
		await expect(problem).toBeVisible();
		await expect(bar.getByText(/草稿已自动保存/)).toBeHidden();

		await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
		await saveForm(page);
		await expect(bar.getByRole('alert')).toBeHidden();
		expect((await storedRecords(page)).find((r) => r.template === 'repair-register')?.values['remarks']).toBe(
			'改约到明天下午',
		);
	});

	test('with no store at all, 保存 says beside itself that nothing was saved', async ({ page }) => {
		await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
		await page.goto('/forms/repair-register/');
		await expect(page.getByRole('alert').filter({ hasText: '浏览器拒绝在本机保存数据' })).toBeVisible();
		await fillRepairRegister(page);
		await page.getByRole('button', { name: '保存', exact: true }).click();
		const bar = page.locator('.form-actions');
		await expect(bar.getByRole('alert')).toHaveText(/未保存/);
		await expect(bar.getByRole('status')).toBeHidden();
	});
});

test('the address names the record once it is saved, so a reload shows it', async ({ page }) => {
	await page.goto('/forms/repair-register/');
	await fillRepairRegister(page, { no: 'BX-20261126-021' });
	await waitForAutosave(page, 'repair-register', { 'repair-no': 'BX-20261126-021' });
	await expect(page).toHaveURL(/\/forms\/repair-register\/\?record=[0-9a-f-]{36}$/);
	const draftUrl = page.url();
	await saveForm(page);
	expect(page.url()).toBe(draftUrl);
	await page.reload();
	await expect(page.getByText(/已保存 · 更新于/)).toBeVisible();
	await expect(page.getByLabel('报修单号', { exact: true })).toHaveValue('BX-20261126-021');
	await expect(page.getByLabel('报修内容', { exact: true })).toHaveValue('厨房水槽下水管漏水，已关总阀');

	// 新建一份 starts an empty form, and its own first save names it.
	await page.getByRole('button', { name: '新建一份' }).click();
	await expect(page.getByLabel('报修单号', { exact: true })).toHaveValue('');
	await page.getByLabel('联系人', { exact: true }).fill('李四');
	await waitForAutosave(page, 'repair-register', { contact: '李四' });
	await expect(page).toHaveURL(/\?record=[0-9a-f-]{36}$/);
	expect(page.url()).not.toBe(draftUrl);
});

test('an impossible date typed into an optional date field is explained beside it and blocks the save', async ({
	page,
}) => {
	await page.goto('/forms/corrective-action/');
	await formReady(page);
	await page.getByLabel('报告编号', { exact: true }).fill('JZ-20261126-001');
	await page.getByRole('radiogroup', { name: /状态/ }).getByLabel('待批准').check();
	await page
		.getByRole('radiogroup', { name: /问题来源/ })
		.getByLabel('品质检查或内审')
		.check();
	await page.getByLabel('责任部门', { exact: true }).fill('客服中心');
	for (const label of ['不合格描述', '应对和纠正', '原因分析', '纠正措施（消除原因）']) {
		await page.getByLabel(label, { exact: true }).fill('同一单元三次报修电梯困人未回访');
	}
	await page.getByLabel('责任人', { exact: true }).fill('王主管');
	await page.getByLabel('完成期限', { exact: true }).fill('2026-12-31');
	await page.getByLabel('填报人', { exact: true }).fill('李客服');
	await page.getByLabel('填报日期', { exact: true }).fill('2026-11-26');

	// 批准日期 is optional; 2026-02-30 does not exist. Typed key by key into the date input,
	// whose segments follow Chromium's own locale here (月/日/年), not the page's.
	const approved = page.getByLabel('批准日期', { exact: true });
	await approved.focus();
	await page.keyboard.type('02/30/2026');
	expect(await approved.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
	await page.getByRole('button', { name: '保存', exact: true }).click();
	const message = page.locator('[data-field="approved-on"] .field__error');
	await expect(message).toHaveText('批准日期不是有效的日期，请重新填写，如 2026-11-26');
	await expect(approved).toHaveAttribute('aria-invalid', 'true');
	await expect(approved).toBeFocused();
	await expect(page.getByText(/^已保存（/)).toBeHidden();
	expect((await storedRecords(page)).some((r) => r.status === 'saved')).toBe(false);

	await approved.fill('2026-11-27');
	await saveForm(page);
	await expect(message).toBeHidden();
});

test('保存 with a choice left empty takes focus to that choice, not to the 保存 bar', async ({ page }) => {
	await page.goto('/forms/repair-register/');
	await fillRepairRegister(page);
	// A radio cannot be unticked by hand; clear 紧急程度 as if it had never been chosen.
	await page.evaluate(() => {
		for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="urgency"]')) radio.checked = false;
	});
	await page.getByRole('button', { name: '保存', exact: true }).click();
	const urgency = page.getByRole('radiogroup', { name: /紧急程度/ });
	await expect(urgency).toHaveAttribute('aria-invalid', 'true');
	await expect(urgency.getByLabel('急修')).toBeFocused();
	await expect(page.locator('.form-actions').getByRole('alert')).toHaveText(/未保存：有 1 处需要修改/);
});

test.describe('a numbered field', () => {
	test('shows its format from the start and offers the next number of the day', async ({ page }) => {
		await page.goto('/forms/repair-register/');
		await formReady(page);
		const number = page.getByLabel('报修单号', { exact: true });
		await expect(number).toHaveAccessibleDescription(/格式：BX-报修日期-当日三位序号，如 BX-20260301-001/);
		await page.getByRole('button', { name: `使用下一个编号 BX-${today()}-001` }).click();
		await expect(number).toHaveValue(`BX-${today()}-001`);

		// Numbers already on this device: the next one follows the highest of today, past gaps,
		// and ignores other days and malformed numbers.
		await storeRecords(page, 'repair-register', 'repair-no', [
			`BX-${today()}-001`,
			`BX-${today()}-004`,
			`BX-${today(-1)}-009`,
			`BX-${today()}-17`,
			`TS-${today()}-008`,
		]);
		await page.goto('/forms/repair-register/?new=1');
		await formReady(page);
		const next = page.getByRole('button', { name: `使用下一个编号 BX-${today()}-005` });
		await next.click();
		await expect(number).toHaveValue(`BX-${today()}-005`);
		await expect(next).toBeHidden();
		await waitForAutosave(page, 'repair-register', { 'repair-no': `BX-${today()}-005` });
	});

	test('on the 派工单, the number the form issues gets the offer and a copied 报修单号 only its format', async ({
		page,
	}) => {
		await page.goto('/forms/work-order/');
		await formReady(page);
		await expect(page.getByLabel('派工单号', { exact: true })).toHaveAccessibleDescription(/格式：PG-/);
		await expect(page.getByRole('button', { name: `使用下一个编号 PG-${today()}-001` })).toBeVisible();
		await expect(page.getByLabel('报修单号', { exact: true })).toHaveAccessibleDescription(/格式：BX-/);
		await expect(page.getByRole('button', { name: /使用下一个编号 BX-/ })).toHaveCount(0);
	});
});

test('a printed record leaves the signature box empty for a pen and fills the other values', async ({ page }) => {
	await page.goto('/forms/repair-register/');
	await fillRepairRegister(page, { no: 'BX-20261126-031' });
	const signature = page.locator('[data-field="owner-signature"]');
	await signature.getByLabel('签字人').fill('赵业主');
	await signature.getByLabel('签字时间').fill('2026-11-26T11:00');
	await saveForm(page);
	await page.getByRole('button', { name: '打印' }).click();
	await expect(page).toHaveURL(/\/forms\/repair-register\/print\/\?record=/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-value="repair-no"]')).toHaveText('BX-20261126-031');
	await expect(page.locator('[data-value="contact"]')).toHaveText('王小明');
	const box = page.locator('[data-value="owner-signature"]');
	await expect(box).toBeVisible();
	await expect(box).not.toContainText('赵业主');
	await expect(box).not.toContainText('2026-11-26 11:00');
	await expect(box).toHaveText('签字：＿＿＿＿＿＿＿＿ 日期：＿＿＿＿年＿＿月＿＿日');
});
