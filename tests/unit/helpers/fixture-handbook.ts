/**
 * Loads a fixture handbook from `tests/fixtures/handbook` the way Astro does (YAML
 * frontmatter, the real schemas, the real clause index), with optional text edits applied
 * first, so a test can break one thing and read the issues the build would report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { mdxToMdast } from 'satteri';
import type { z } from 'astro/zod';
import { indexClauses, type MdNode } from '../../../src/lib/clause-index.ts';
import type { ContentIssue } from '../../../src/lib/content-issue.ts';
import { validateHandbook, type HandbookSources } from '../../../src/lib/handbook-validation.ts';
import { checklistSchema } from '../../../src/schemas/checklist.ts';
import { formSchema } from '../../../src/schemas/form.ts';
import { procedureSchema } from '../../../src/schemas/procedure.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';
import { roleSchema } from '../../../src/schemas/role.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/handbook');

/** Edits keyed by fixture file (relative to the fixture root): [search, replacement] pairs. */
export type Edits = Record<string, Array<[string, string]>>;

function read(file: string, edits: Edits): string {
	let text = readFileSync(join(ROOT, file), 'utf8');
	for (const [search, replacement] of edits[file] ?? []) {
		if (!text.includes(search)) throw new Error(`fixture ${file} has no ${JSON.stringify(search)}`);
		text = text.replace(search, replacement);
	}
	return text;
}

function parse<S extends z.ZodType>(
	schema: S,
	value: unknown,
	file: string,
	issues: ContentIssue[],
): z.infer<S> | undefined {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		issues.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
	}
	return undefined;
}

export function loadFixtureHandbook(edits: Edits = {}): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const sources: HandbookSources = { procedures: [], roles: [], forms: [], checklists: [], quizzes: [] };
	for (const name of readdirSync(join(ROOT, 'procedures'))) {
		const file = `procedures/${name}`;
		const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(read(file, edits)) ?? [];
		const data = parse(procedureSchema, loadYaml(front), file, issues);
		const index = indexClauses(mdxToMdast(body) as unknown as MdNode, front.split('\n').length + 2);
		if (data) sources.procedures.push({ id: name.replace(/\.mdx$/, ''), file, data, index });
	}
	for (const name of readdirSync(join(ROOT, 'forms'))) {
		const file = `forms/${name}`;
		const data = parse(formSchema, loadYaml(read(file, edits)), file, issues);
		if (data) sources.forms.push({ id: name.replace(/\.yaml$/, ''), file, data });
	}
	for (const name of readdirSync(join(ROOT, 'checklists'))) {
		const file = `checklists/${name}`;
		const data = parse(checklistSchema, loadYaml(read(file, edits)), file, issues);
		if (data) sources.checklists.push({ id: name.replace(/\.yaml$/, ''), file, data });
	}
	for (const name of readdirSync(join(ROOT, 'quizzes'))) {
		const file = `quizzes/${name}`;
		const data = parse(quizSchema, loadYaml(read(file, edits)), file, issues);
		if (data) sources.quizzes.push({ id: name.replace(/\.yaml$/, ''), file, data });
	}
	for (const raw of loadYaml(read('roles.yaml', edits)) as unknown[]) {
		const data = parse(roleSchema, raw, 'roles.yaml', issues);
		if (data) sources.roles.push({ id: data.id, file: 'roles.yaml', data });
	}
	sources.procedures.sort((a, b) => a.data.order - b.data.order);
	return [...issues, ...validateHandbook(sources)];
}
