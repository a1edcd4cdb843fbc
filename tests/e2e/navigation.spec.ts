import { expect, test } from '@playwright/test';
import { liveHandbook } from '../content.ts';
import { PLANNED_IDS } from './pages.ts';

test('home → procedure → a clause link lands on the clause', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('客服作业规程');
	const index = page.getByRole('table');
	await expect(index.locator('tbody').getByRole('row')).toHaveCount(20);
	await index.getByRole('link', { name: '报修管理作业规程' }).click();

	await expect(page).toHaveURL(/\/procedures\/kf01-06\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('报修管理作业规程');
	await expect(page.getByText('RBWY/W-kf01-06').first()).toBeVisible();

	// The time-limit panel (closed on a phone: open it) links to the clause that sets the limit.
	await page.locator('summary', { hasText: '时限要求' }).click();
	await page
		.locator('#limit-urgent-arrival')
		.getByRole('link', { name: /条款 4\.3\.1/ })
		.click();
	await expect(page).toHaveURL(/#c4\.3\.1$/);
	const clause = page.locator('[id="c4.3.1"]');
	await expect(clause).toBeInViewport();
	await expect(clause).toContainText('急修应在下列时限内到场');
	// The clause's own number is its permalink.
	await expect(clause.getByRole('link', { name: '4.3.1' })).toHaveAttribute('href', '#c4.3.1');
});

test('a shared clause link opens the page at that clause', async ({ page }) => {
	await page.goto('/procedures/kf01-01/#c4.1.4');
	const clause = page.locator('[id="c4.1.4"]');
	await expect(clause).toBeInViewport();
	await expect(clause).toContainText('建立客户详细档案并做好档案保密工作');
});

test('role page → clause', async ({ page }) => {
	await page.goto('/roles/kf-a/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户A岗');
	await page.getByRole('link', { name: /第 4\.2 条/ }).click();
	await expect(page).toHaveURL(/\/procedures\/kf01-01\/#c4\.2$/);
	await expect(page.locator('[id="c4.2"]')).toBeInViewport();
	await expect(page.locator('[id="c4.2"]')).toContainText('客户A岗岗位职责');
});

test('the flowchart is HTML, readable without scrolling sideways, and its jumps work', async ({ page }) => {
	await page.goto('/procedures/kf01-06/');
	await page.locator('summary', { hasText: '主流程图' }).click();
	const flow = page.getByRole('figure');
	await expect(flow.getByRole('listitem').first()).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const jump = flow.getByRole('link', { name: /^转第/ }).first();
	const target = (await jump.getAttribute('href'))!;
	await jump.click();
	await expect(page.locator(target)).toBeInViewport();
});

test('drafted text is marked as draft inside a controlled procedure', async ({ page }) => {
	await page.goto('/procedures/kf01-01/');
	await expect(page.getByText('受控原文', { exact: true }).first()).toBeVisible();
	const draft = page.getByRole('group', { name: '草案内容' }).first();
	await expect(draft).toContainText('草案·待批准');
	await expect(draft.locator('[id="c4.2.2"]')).toBeVisible();
	// The controlled original clause is outside every draft block.
	await expect(page.getByRole('group', { name: '草案内容' }).locator('[id="c4.1.1"]')).toHaveCount(0);
});

test('a procedure not yet drafted says so', async ({ page }) => {
	const id = PLANNED_IDS[0];
	test.skip(!id, 'every procedure is drafted');
	await page.goto(`/procedures/${id}/`);
	const { title } = (await liveHandbook()).procedure(id!).data;
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('heading', { name: '正文尚未起草' })).toBeVisible();
	await expect(page.getByText('未起草').first()).toBeVisible();
});

test('print media hides navigation and keeps the document-control header', async ({ page }) => {
	await page.goto('/procedures/kf01-06/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: '本页目录' })).toBeHidden();
	await expect(page.getByRole('region', { name: '文件控制信息' })).toBeVisible();
	await expect(page.locator('[id="c4.1.1"]')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('clicking a clause number copies its full address', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	await page.goto('/procedures/kf01-06/');
	await page.locator('[id="c4.3.1"]').getByRole('link', { name: '4.3.1' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已复制条款 4.3.1 的链接' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/procedures/kf01-06/#c4.3.1`);
});
