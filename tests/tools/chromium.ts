/**
 * How every tool here starts Chromium: Debian's build where it is installed (Playwright cannot
 * download its own on our machines), else Playwright's; the flags keep it from calling home, so
 * a measurement or a test sees only the site's own requests.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const launchOptions = {
	...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
};
