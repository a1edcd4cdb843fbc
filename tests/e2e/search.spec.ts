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
});
