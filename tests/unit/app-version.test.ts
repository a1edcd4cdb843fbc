import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { APP_VERSION } from '../../src/lib/app-version.ts';

it('exports carry the version in package.json', () => {
	const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
		version: string;
	};
	expect(APP_VERSION).toBe(version);
});
