import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/tools/chromium.ts';

/**
 * E2E tests run against the built site served by `astro preview`, in real Chromium at
 * phone and desktop widths. Playwright cannot download its own browser on our machines,
 * so Debian's Chromium is used where it exists.
 */
// E2E_PORT lets several checkouts on one machine test at once without sharing a server.
const PORT = Number(process.env.E2E_PORT ?? 4321);

const shared = {
	baseURL: `http://127.0.0.1:${PORT}`,
	locale: 'zh-CN',
	timezoneId: 'Asia/Shanghai',
	launchOptions,
	trace: 'retain-on-failure' as const,
};

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	// Two workers on every machine: the e2e suite (about 350 tests) then fits well inside CI's time on
	// two cores, and a local run is as fast as CI's.
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	projects: [
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], ...shared, viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 },
		},
		{
			name: 'desktop',
			// Record-keeping flows are specified for the phone; desktop runs the page-level tests.
			testIgnore: /\.phone\.spec\.ts$/,
			use: { ...devices['Desktop Chrome'], ...shared, viewport: { width: 1280, height: 900 } },
		},
	],
	webServer: {
		command: `npx astro preview --force --host 127.0.0.1 --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		// astro preview detaches when it detects an automated agent; keep it in the foreground.
		env: { ASTRO_PREVIEW_BACKGROUND: '0' },
		timeout: 60_000,
	},
});
