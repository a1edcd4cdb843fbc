import { expect, test, type Page } from '@playwright/test';

/** The widget code a procedure page loads only on use (or, for reading progress, on idle). */
const LAZY =
	/\/_astro\/(checklist|quiz|acknowledge|reading-progress|record-session|record-store|training-store|database|draft-probe)\.[\w-]+\.js$/;
/** What a procedure or checklist page may load before the reader does anything: its one small loader. */
const EAGER =
	/\/_astro\/((ProcedureWidgets|_id_)\.astro_astro_type_script_index_0_lang|upgrade|preload-helper)\.[\w-]+\.js$/;

function scriptsRequested(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
	});
	return urls;
}

test('a procedure page loads no store and no widget code until the reader uses it', async ({ page }) => {
	// Hold off idle time, so only what the page needs up front is fetched.
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	const scripts = scriptsRequested(page);
	await page.goto('/procedures/kf01-06/', { waitUntil: 'load' });
	await page.waitForTimeout(1500);
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((url) => !EAGER.test(url))).toEqual([]);

	// On first use, the quiz's code arrives, and nothing of the 阅读确认.
	const quiz = page.locator('gc-quiz');
	await quiz.locator('.quiz__question').first().locator('input').first().check();
	await quiz.getByRole('button', { name: '交卷' }).click();
	await expect(quiz.locator('[data-result]')).toContainText('答对');
	expect(scripts.some((url) => /\/quiz\.[\w-]+\.js$/.test(url))).toBe(true);
	expect(scripts.some((url) => /\/(acknowledge|checklist)\.[\w-]+\.js$/.test(url))).toBe(false);
});

test('the answer key arrives only with the quiz, and a key that cannot be fetched keeps the answers', async ({
	page,
}) => {
	const keys: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('/quiz.json')) keys.push(request.url());
	});
	await page.goto('/procedures/kf01-06/', { waitUntil: 'load' });
	expect(await page.content()).not.toContain('"answer"');
	expect(keys).toEqual([]);

	// Offline at the first answer: the quiz says so, and the chosen answer stays chosen.
	await page.route('**/quiz.json', (route) => route.abort('internetdisconnected'));
	const quiz = page.locator('gc-quiz');
	const first = quiz.locator('.quiz__question').first().locator('input').first();
	await first.check();
	await quiz.getByRole('button', { name: '交卷' }).click();
	await expect(quiz.locator('[data-result]')).toHaveText(/答案未能加载，请检查网络后再交卷/);
	await expect(first).toBeChecked();

	// Back online, the next 交卷 fetches the key and grades.
	await page.unroute('**/quiz.json');
	await quiz.getByRole('button', { name: '交卷' }).click();
	await expect(quiz.locator('[data-result]')).toContainText('答对');
	expect(keys.at(-1)).toMatch(/\/procedures\/kf01-06\/quiz\.json$/);
});

test('a checklist page loads the run and the records store on the first tick', async ({ page }) => {
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
	const scripts = scriptsRequested(page);
	await page.goto('/checklists/repair-case/', { waitUntil: 'load' });
	await page.waitForTimeout(1000);
	expect(scripts.filter((url) => !EAGER.test(url))).toEqual([]);
	await page.getByRole('checkbox').first().check();
	await expect(page.locator('[data-progress]')).toContainText('已完成 1/');
	expect(scripts.some((url) => /\/checklist\.[\w-]+\.js$/.test(url))).toBe(true);
});

test('when the browser is idle, only reading progress loads', async ({ page }) => {
	const scripts = scriptsRequested(page);
	await page.goto('/procedures/kf01-06/');
	await expect(page.getByText(/学习进度：已打开/)).toBeVisible();
	const lazy = scripts.filter((url) => LAZY.test(url)).map((url) => url.replace(/^.*\/|\.[\w-]+\.js$/g, ''));
	expect(lazy).toContain('reading-progress');
	expect(lazy.filter((name) => ['checklist', 'quiz', 'acknowledge', 'record-store'].includes(name))).toEqual([]);
});

/** A slow phone network, with the widget code three seconds slower still; returns how to undo it. */
async function slowNetwork(page: Page): Promise<() => Promise<void>> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 300,
		downloadThroughput: (400 * 1024) / 8,
		uploadThroughput: (400 * 1024) / 8,
	});
	await page.route(LAZY, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 3000));
		await route.continue();
	});
	return async () => {
		await page.unrouteAll({ behavior: 'wait' });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 0,
			downloadThroughput: -1,
			uploadThroughput: -1,
		});
	};
}

test('on a slow network the first tap counts before the widget code has arrived', async ({ page }) => {
	const restore = await slowNetwork(page);
	await page.goto('/procedures/kf01-06/', { waitUntil: 'domcontentloaded' });

	const quiz = page.locator('gc-quiz');
	const firstAnswer = quiz.locator('.quiz__question').first().locator('input').first();
	await firstAnswer.check();
	const ack = page.locator('gc-procedure-training');
	await ack.getByLabel('姓名').fill('陈新');
	await ack.getByLabel('岗位').selectOption('kf-a');
	await ack.getByRole('button', { name: '确认已阅读并理解' }).click();
	const defined = await page.evaluate(() => !!customElements.get('gc-quiz'));
	expect(defined, 'the widget code was still on its way').toBe(false);

	// The code arrives: the answer stays, the 阅读确认 is stored.
	await expect(firstAnswer).toBeChecked();
	await expect(ack.getByText(/陈新 已于 \d{4}-\d{2}-\d{2} 确认阅读并理解本规程/)).toBeVisible({ timeout: 15_000 });
	await quiz.getByRole('button', { name: '交卷' }).click();
	await expect(quiz.locator('[data-result]')).toContainText('答对');

	await restore();
	await page.reload();
	await expect(page.getByText(/学习进度：已打开 · .* · 自测 [\d.]+% 未通过 · 已确认/)).toBeVisible();
	await expect(ack.getByText(/陈新 已于 \d{4}-\d{2}-\d{2} 确认阅读并理解本规程/)).toBeVisible();
});

test("on a slow network a checklist's first tick counts and is saved once the code arrives", async ({ page }) => {
	const restore = await slowNetwork(page);
	await page.goto('/checklists/repair-case/', { waitUntil: 'domcontentloaded' });
	const firstItem = page.getByRole('checkbox').first();
	await firstItem.check();
	expect(await page.evaluate(() => !!customElements.get('gc-checklist')), 'the code was still on its way').toBe(false);
	await expect(page.locator('[data-progress]')).toContainText('已完成 1/', { timeout: 15_000 });
	await expect(page.locator('[data-status]')).toContainText('草稿已自动保存', { timeout: 10_000 });

	await restore();
	await page.reload();
	await expect(firstItem).toBeChecked();
	await expect(page.locator('[data-progress]')).toContainText('进行中 · 已完成 1/');
});
