/** Steps shared by the records tests: fill the 报修登记表 the way a person does, read downloads. */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import { liveHandbook } from '../content.ts';

export interface RepairInput {
	no?: string;
	description?: string;
	contact?: string;
}

/** The 报修类别 the tests choose: the first 户内 option of the real form, so renamed options follow the content. */
export async function indoorCategory(): Promise<string> {
	const category = (await liveHandbook()).form('repair-register').fields.find((f) => f.id === 'category');
	const option = category?.options?.find((o) => o.startsWith('户内'));
	if (!option) throw new Error('报修登记表的“报修类别”没有户内选项');
	return option;
}

export async function fillRepairRegister(page: Page, input: RepairInput = {}): Promise<void> {
	await page.getByLabel('报修单号', { exact: true }).fill(input.no ?? 'BX-20261126-001');
	await page
		.getByRole('radiogroup', { name: /处理状态/ })
		.getByLabel('待派工')
		.check();
	await page.getByLabel('报修时间', { exact: true }).fill('2026-11-26T09:30');
	await page.getByLabel('报修渠道', { exact: true }).selectOption('服务电话');
	await page.getByLabel('房号', { exact: true }).fill('3-2-1502');
	await page.getByLabel('联系人', { exact: true }).fill(input.contact ?? '王小明');
	await page.getByLabel('联系电话', { exact: true }).fill('13800000000');
	await page.getByLabel('报修内容', { exact: true }).fill(input.description ?? '厨房水槽下水管漏水，已关总阀');
	await page
		.getByRole('radiogroup', { name: /紧急程度/ })
		.getByLabel('急修')
		.check();
	await page.getByLabel('报修类别', { exact: true }).selectOption(await indoorCategory());
}

/** Every record in the browser store, read straight from IndexedDB. */
export async function storedRecords(
	page: Page,
): Promise<Array<{ template: string; status: string; values: Record<string, unknown> }>> {
	return page.evaluate(async () => {
		const request = indexedDB.open('guichengtong');
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all: unknown[] = await new Promise((resolve) => {
			const get = db.transaction('records').objectStore('records').getAll();
			get.onsuccess = () => resolve(get.result);
		});
		db.close();
		return all as Array<{ template: string; status: string; values: Record<string, unknown> }>;
	});
}

/** Waits until the autosaved draft of `template` holds `values` (autosave is debounced). */
export async function waitForAutosave(page: Page, template: string, values: Record<string, unknown>): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: '草稿已自动保存' })).toBeVisible();
	await expect
		.poll(async () =>
			(await storedRecords(page)).some(
				(r) =>
					r.template === template &&
					Object.entries(values).every(([k, v]) => JSON.stringify(r.values[k]) === JSON.stringify(v)),
			),
		)
		.toBe(true);
}

export async function saveForm(page: Page): Promise<void> {
	await page.getByRole('button', { name: '保存', exact: true }).click();
	await expect(page.getByText(/^已保存（/)).toBeVisible();
}

export async function downloadOf(
	page: Page,
	action: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), action()]);
	const bytes = await readFile((await download.path())!);
	return { download, bytes };
}
