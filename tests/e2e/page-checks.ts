/**
 * The checks every page must pass, shared by the page-type tests and the every-page sweep:
 * no serious accessibility finding, no request to another origin, nothing wider than the screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe findings against WCAG 2.2 AA, one line each. */
export async function blockingAxeFindings(page: Page): Promise<string[]> {
	// A form's 保存 bar sticks to the bottom of the screen and covers whatever passes under it, so
	// which radio axe finds "obscured" depends on where the page happens to be scrolled. A reader
	// brings a control into view before tapping it (the page's scroll-padding keeps it clear of the
	// bar), so axe looks with the bar resting where it belongs, at the end of the form.
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Starts recording requests; the returned lists fill as the page loads. */
export function watchRequests(page: Page, baseURL: string): { foreign: string[]; scripts: string[] } {
	const foreign: string[] = [];
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) foreign.push(request.url());
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	return { foreign, scripts };
}

/** Pixels the page is wider than the viewport (0 when it fits). */
export const horizontalOverflow = (page: Page): Promise<number> =>
	page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
