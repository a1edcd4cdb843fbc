/**
 * Screenshots of built pages at phone (375 px) and desktop (1280 px) width, for looking at
 * what changed: `node tests/tools/screenshots.ts http://127.0.0.1:4321 /procedures/kf01-06/ …`.
 * Writes tests/.output/screens/<page>-<width>.png (full page). Needs a running preview.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.ts';

const [base, ...paths] = process.argv.slice(2);
if (!base || paths.length === 0) {
	console.error('usage: node tests/tools/screenshots.ts <base-url> <path> [path …]');
	process.exit(2);
}
const out = 'tests/.output/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const width of [375, 1280]) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	for (const path of paths) {
		await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
		const name =
			encodeURIComponent(path)
				.replace(/[^a-z0-9-]+/gi, '_')
				.replace(/^_|_$/g, '') || 'home';
		await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
		console.log(`${out}/${name}-${width}.png`);
	}
	await page.close();
}
await browser.close();
