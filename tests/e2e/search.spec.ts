import { expect, test } from '@playwright/test';
import { blockingAxeFindings, watchRequests } from './page-checks.ts';

test.describe('search', () => {
	test('an everyday question finds its clause, and the first result opens it', async ({ page, baseURL }) => {
		const { foreign } = watchRequests(page, baseURL!);
		await page.goto('/');
		// The header box is a plain form: it works from any page, with no script on that page.
		await page.getByRole('searchbox', { name: '搜索规程、条款和表单' }).fill('楼上往下渗水怎么办');
		await page.getByRole('searchbox', { name: '搜索规程、条款和表单' }).press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=/);
		const results = page.locator('[data-results] li');
		await expect(results.first()).toBeVisible();
		// Water from upstairs is a 报修 when someone is home, a 求助 when nobody answers the door.
		const first = results.first().getByRole('link');
		const href = (await first.getAttribute('href'))!;
		expect(href).toMatch(/^\/procedures\/kf01-(06|17)\/#c[\d.]+$/);
		await first.click();
		await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`)).toBeInViewport();
		expect(foreign).toEqual([]);
	});

	test('a clause code jumps straight to the clause', async ({ page }) => {
		await page.goto('/search/');
		await page.getByLabel('说说遇到了什么，或输入条款号、表单编号').fill('6-4.3.1');
		const quick = page.locator('[data-quick-results] li').first().getByRole('link');
		await expect(quick).toHaveText('报修管理作业规程 4.3.1');
		await quick.click();
		await expect(page).toHaveURL(/\/procedures\/kf01-06\/#c4\.3\.1$/);
	});

	test('a form name jumps to the form', async ({ page }) => {
		await page.goto('/search/?q=报修登记表');
		await expect(page.locator('[data-quick-results] li').first().getByRole('link')).toHaveText('《报修登记表》');
	});

	test('nonsense finds nothing and the page says where to look instead', async ({ page }) => {
		await page.goto('/search/?q=龘靐齉');
		await expect(page.getByRole('status')).toHaveText(/没有找到“龘靐齉”/);
		await expect(page.getByRole('heading', { name: '也可以从这里找' })).toBeVisible();
		await expect(page.locator('[data-empty] li')).toHaveCount(20);
	});

	test('works from the keyboard alone and passes axe with results shown', async ({ page }) => {
		await page.goto('/search/');
		await expect(page.getByLabel('说说遇到了什么，或输入条款号、表单编号')).toBeFocused();
		await page.keyboard.type('钥匙丢了怎么办');
		await expect(page.locator('[data-results] li').first()).toBeVisible();
		await expect(page.locator('[data-results]')).toContainText('钥匙管理作业规程');
		expect(await blockingAxeFindings(page)).toEqual([]);
		// Tab to the first result and open it with Enter.
		const first = page.locator('[data-results] li a').first();
		const href = (await first.getAttribute('href'))!;
		for (let i = 0; i < 40 && !(await first.evaluate((a) => a === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href.replace(/[.?]/g, '\\$&')}$`));
	});

	test('/ and Ctrl-K go to the search box from any page', async ({ page }) => {
		await page.goto('/procedures/kf01-06/');
		await page.keyboard.press('/');
		await expect(page.getByRole('searchbox', { name: '搜索规程、条款和表单' })).toBeFocused();
		await page.locator('main').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('Control+k');
		await expect(page.getByRole('searchbox', { name: '搜索规程、条款和表单' })).toBeFocused();
		// Typing a slash in a box types it.
		await page.keyboard.type('6/4');
		await expect(page.getByRole('searchbox', { name: '搜索规程、条款和表单' })).toHaveValue('6/4');
		// On the search page the keys go to its own box.
		await page.goto('/search/');
		await page.locator('main h1').click();
		await page.keyboard.press('/');
		await expect(page.getByLabel('说说遇到了什么，或输入条款号、表单编号')).toBeFocused();
	});

	test('words no record holds all together still find the clause, and the page says so', async ({ page }) => {
		await page.goto('/search/?q=电话响几声必须接');
		await expect(page.getByRole('status')).toHaveText(/没有同时包含全部词语的条款，下面按相关程度列出/);
		const links = page.locator('[data-results] li > a');
		await expect(links.first()).toBeVisible();
		const firstThree = await links.evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
		expect(firstThree.some((href) => href!.startsWith('/procedures/kf01-01/'))).toBe(true);
	});

	test('显示更多 adds the next results and moves focus to the first new one', async ({ page }) => {
		await page.goto('/search/?q=押金');
		const items = page.locator('[data-results] li');
		await expect(items).toHaveCount(10);
		const more = page.getByRole('button', { name: /^显示更多（还有 \d+ 条）$/ });
		await more.click();
		await expect(items).toHaveCount(20);
		await expect(items.nth(10).getByRole('link')).toBeFocused();
	});

	test('the role filter keeps only the clauses that role owns', async ({ page }) => {
		await page.goto('/search/?q=押金');
		const status = page.getByRole('status');
		await expect(status).toHaveText(/^找到 \d+ 条/);
		const all = Number((await status.textContent())!.match(/找到 (\d+) 条/)![1]);
		await page.getByLabel('岗位', { exact: true }).selectOption('财务收费员');
		await expect(status).not.toHaveText(`找到 ${all} 条，显示前 10 条。`);
		await expect(status).toHaveText(/^找到 \d+ 条/);
		const some = Number((await status.textContent())!.match(/找到 (\d+) 条/)![1]);
		expect(some).toBeGreaterThan(0);
		expect(some).toBeLessThan(all);
		await expect(page.locator('[data-results] li small').first()).toContainText('条款');
	});
});
