import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';
import { blockingAxeFindings, horizontalOverflow, watchRequests } from './page-checks.ts';

for (const { name, path, interactive } of PAGE_TYPES) {
	test.describe(name, () => {
		test(`has no serious or critical accessibility findings`, async ({ page }) => {
			await page.goto(path);
			expect(await blockingAxeFindings(page)).toEqual([]);
		});

		test(`ships ${interactive ? 'only its widget script' : 'no JavaScript'}, asks no other origin and fits the screen`, async ({
			page,
			baseURL,
		}, testInfo) => {
			const { foreign, scripts } = watchRequests(page, baseURL!);
			await page.goto(path, { waitUntil: 'networkidle' });
			expect(foreign).toEqual([]);
			if (interactive) {
				expect(scripts.length).toBeGreaterThan(0);
			} else {
				expect(scripts).toEqual([]);
				// The one inline script every page has: `/` and Ctrl-K to the search box, a few hundred bytes.
				expect(await page.locator('script:not([type="application/json"]):not([data-search-shortcut])').count()).toBe(0);
				const shortcut = await page.locator('script[data-search-shortcut]').textContent();
				expect(shortcut!.length).toBeLessThan(600);
			}
			expect(await horizontalOverflow(page)).toBe(0);
			await testInfo.attach(`${name}-${testInfo.project.name}.png`, {
				body: await page.screenshot({ fullPage: true }),
				contentType: 'image/png',
			});
		});
	});
}

test('an unknown address shows the 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});
