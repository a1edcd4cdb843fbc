/**
 * The validated content graph every page reads: procedures with their clause index,
 * roles, forms, glossary and settings. Loaded once per build; any broken field or
 * cross-reference throws a ContentError that names the file, the field and the fix.
 */
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { mdxToMdast } from 'satteri';
import type { Checklist } from '../schemas/checklist.ts';
import type { FormTemplate } from '../schemas/form.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Role } from '../schemas/role.ts';
import type { Settings } from '../schemas/settings.ts';
import { indexClauses, nodeText, type Clause, type MdNode } from './clause-index.ts';
import { ContentError, type ContentIssue } from './content-issue.ts';
import { validateHandbook, type ProcedureSource } from './handbook-validation.ts';
import { readingMinutes } from './training/reading-time.ts';

export interface ProcedureEntry {
	id: string;
	file: string;
	data: Procedure;
	clauses: Clause[];
	/** Estimated minutes to read the whole text; 0 when not drafted. */
	readingMinutes: number;
	quiz: Quiz | undefined;
}

export interface Handbook {
	settings: Settings;
	/** In table-of-contents order. */
	procedures: ProcedureEntry[];
	roles: Role[];
	forms: Array<FormTemplate & { id: string }>;
	checklists: Array<Checklist & { id: string }>;
	glossary: GlossaryEntry[];
	procedure(id: string): ProcedureEntry;
	role(id: string): Role;
	form(id: string): FormTemplate & { id: string };
	checklist(id: string): Checklist & { id: string };
	clause(procedureId: string, number: string): Clause;
}

let cached: Promise<Handbook> | undefined;

/** The handbook, loaded and validated once per build. */
export function loadHandbook(): Promise<Handbook> {
	cached ??= buildHandbook();
	return cached;
}

/** Repository-relative path of an entry, for error messages. */
function relativeFile(filePath: string | undefined, fallback: string): string {
	return filePath?.replace(/^\.\//, '') ?? fallback;
}

/** Lines before the body, so body line numbers in errors match the file the author edits. */
async function frontmatterLines(file: string, body: string): Promise<number> {
	const raw = await readFile(file, 'utf8').catch(() => '');
	const start = raw.indexOf(body);
	return start > 0 ? raw.slice(0, start).split('\n').length - 1 : 0;
}

async function buildHandbook(): Promise<Handbook> {
	const [procedureEntries, roleEntries, formEntries, checklistEntries, quizEntries, glossaryEntries, settingsEntries] =
		await Promise.all([
			getCollection('procedures'),
			getCollection('roles'),
			getCollection('forms'),
			getCollection('checklists'),
			getCollection('quizzes'),
			getCollection('glossary'),
			getCollection('settings'),
		]);

	const issues: ContentIssue[] = [];
	const minutes = new Map<string, number>();
	const procedures: ProcedureSource[] = await Promise.all(
		procedureEntries.map(async (entry) => {
			const file = relativeFile(entry.filePath, `content/procedures/${entry.id}.mdx`);
			const body = entry.body ?? '';
			let index;
			try {
				const root = mdxToMdast(body) as unknown as MdNode;
				index = indexClauses(root, await frontmatterLines(file, body));
				minutes.set(entry.id, readingMinutes([nodeText(root)]));
			} catch (error) {
				issues.push({ file, field: '正文', message: `MDX 无法解析：${(error as Error).message}` });
				index = { clauses: [], refs: [], checklists: [], issues: [] };
			}
			return { id: entry.id, file, data: entry.data, index };
		}),
	);
	procedures.sort((a, b) => a.data.order - b.data.order);
	const roles = roleEntries.map((e) => ({ id: e.id, file: 'content/roles.yaml', data: e.data }));
	const forms = formEntries.map((e) => ({
		id: e.id,
		file: relativeFile(e.filePath, `content/forms/${e.id}.yaml`),
		data: e.data,
	}));

	const checklists = checklistEntries.map((e) => ({
		id: e.id,
		file: relativeFile(e.filePath, `content/checklists/${e.id}.yaml`),
		data: e.data,
	}));
	const quizzes = quizEntries.map((e) => ({
		id: e.id,
		file: relativeFile(e.filePath, `content/quizzes/${e.id}.yaml`),
		data: e.data,
	}));
	issues.push(...validateHandbook({ procedures, roles, forms, checklists, quizzes }));
	const settings = settingsEntries[0]?.data;
	if (!settings || settingsEntries.length !== 1) {
		issues.push({ file: 'content/settings.yaml', field: 'id', message: '必须有且只有一条 id 为 site 的设置' });
	}
	if (issues.length || !settings) throw new ContentError(issues);

	const entries: ProcedureEntry[] = procedures.map(({ id, file, data, index }) => ({
		id,
		file,
		data,
		clauses: index.clauses,
		readingMinutes: minutes.get(id) ?? 0,
		quiz: quizEntries.find((q) => q.id === id)?.data,
	}));
	const byId = new Map(entries.map((p) => [p.id, p]));
	const roleById = new Map(roleEntries.map((r) => [r.id, r.data]));
	const formList = formEntries.map((f) => ({ ...f.data, id: f.id }));
	const formById = new Map(formList.map((f) => [f.id, f]));
	const checklistList = checklistEntries.map((c) => ({ ...c.data, id: c.id }));
	const checklistById = new Map(checklistList.map((c) => [c.id, c]));
	const must = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`内部错误：找不到 ${what}`);
		return value;
	};
	return {
		settings,
		procedures: entries,
		roles: roleEntries.map((r) => r.data),
		forms: formList,
		checklists: checklistList,
		glossary: glossaryEntries.map((g) => g.data),
		procedure: (id) => must(byId.get(id), `规程 ${id}`),
		role: (id) => must(roleById.get(id), `岗位 ${id}`),
		form: (id) => must(formById.get(id), `表单 ${id}`),
		checklist: (id) => must(checklistById.get(id), `清单 ${id}`),
		clause: (procedureId, number) =>
			must(
				byId.get(procedureId)?.clauses.find((c) => c.number === number),
				`条款 ${procedureId} ${number}`,
			),
	};
}
