import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

for (const { name, path, interactive } of PAGE_TYPES) {
	test.describe(name, () => {
		test(`has no serious or critical accessibility findings`, async ({ page }) => {
			await page.goto(path);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
				[],
			);
		});

		test(`ships ${interactive ? 'only its widget script' : 'no JavaScript'}, asks no other origin and fits the screen`, async ({
			page,
			baseURL,
		}, testInfo) => {
			const foreign: string[] = [];
			const scripts: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
				if (request.resourceType() === 'script') scripts.push(request.url());
			});
			await page.goto(path, { waitUntil: 'networkidle' });
			expect(foreign).toEqual([]);
			if (interactive) {
				expect(scripts.length).toBeGreaterThan(0);
			} else {
				expect(scripts).toEqual([]);
				expect(await page.locator('script:not([type="application/json"])').count()).toBe(0);
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
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
