/**
 * One broken content file per rule and per kind of cross-reference, in
 * `tests/fixtures/broken/<case>/`: each folder holds the file that replaces its namesake in
 * the valid fixture handbook, and `expected.json` says what the author must be told: the
 * file, the line, the field and the words of the fix. Each must fail the load, located.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content-issue.ts';
import { loadFixture } from './helpers/fixture-handbook.ts';

const BROKEN = join(import.meta.dirname, '../fixtures/broken');

interface Expected {
	file: string;
	field: string;
	message: string;
	line?: number;
}

/** The replacement files of one case, keyed by their path in the fixture handbook. */
async function caseFiles(dir: string): Promise<Record<string, string>> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files: Record<string, string> = {};
	for (const entry of entries) {
		if (!entry.isFile() || entry.name === 'expected.json') continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(dir, path).replaceAll('\\', '/')] = await readFile(path, 'utf8');
	}
	return files;
}

const cases = (await readdir(BROKEN)).sort();

describe('broken content fixtures', () => {
	it('cover at least 20 rules and reference kinds', () => expect(cases.length).toBeGreaterThanOrEqual(20));

	it.each(cases)('%s fails with its file, line, field and fix', async (name) => {
		const dir = join(BROKEN, name);
		const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as Expected;
		const { handbook, issues } = await loadFixture({}, await caseFiles(dir));
		expect(handbook).toBeUndefined();
		const issue = issues.find((i) => i.file === expected.file && i.field === expected.field);
		expect(issue, `issues were:\n${issues.map(formatIssue).join('\n')}`).toBeDefined();
		expect(issue!.message).toContain(expected.message);
		expect(issue!.line).toBe(expected.line);
		const where = expected.line === undefined ? expected.file : `${expected.file}:${expected.line}`;
		expect(formatIssue(issue!)).toContain(`${where} › ${expected.field}：`);
	});
});
