/**
 * Every written procedure, every form (to fill and to print) and every checklist page, not one
 * per type: each is checked with axe, for requests to another origin and for fitting the screen,
 * at phone width, where a page breaks first (the page-type tests in quality.spec.ts cover the
 * desktop too). One width keeps the sweep of 130-odd pages to a few minutes. The list comes
 * from the live handbook, so a new procedure or form is covered the moment it is added.
 */
import { expect, test } from '@playwright/test';
import { liveHandbook } from '../content.ts';
import { checklistPageHref, formHref, formPrintHref, procedureHref } from '../../src/lib/links.ts';
import { blockingAxeFindings, horizontalOverflow, watchRequests } from './page-checks.ts';

const handbook = await liveHandbook();
const paths = [
	...handbook.procedures.filter((p) => p.data.status !== 'planned').map((p) => procedureHref(p.id)),
	...handbook.forms.flatMap((f) => [formHref(f.id), formPrintHref(f.id)]),
	...handbook.checklists.map((c) => checklistPageHref(c.id)),
];

// axe over a long page takes a while on a busy machine.
test.describe.configure({ timeout: 60_000 });

for (const path of paths) {
	test(`${path} is accessible, stays on this site and fits the screen`, async ({ page, baseURL }) => {
		const { foreign } = watchRequests(page, baseURL!);
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		expect(await horizontalOverflow(page)).toBe(0);
		expect(await blockingAxeFindings(page)).toEqual([]);
	});
}
