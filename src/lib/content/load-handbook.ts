/**
 * The one handbook loader. Reads a content folder (procedures as MDX, everything else as
 * YAML), validates every file with the zod schemas and the whole graph with the
 * cross-reference checks, and returns the typed handbook or every problem at once.
 *
 * It depends on nothing from Astro at run time: the site build (`src/lib/handbook.ts` and
 * the content-check integration), the unit tests and command-line tools (`node
 * tests/tools/…`, the coming search-index builder and audit CLI) all call it the same way.
 * MDX bodies are parsed with Sätteri, the processor the site renders with, so the clause
 * list is the one the page shows.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { checklistSchema, type Checklist } from '../../schemas/checklist.ts';
import { formSchema, type FormTemplate } from '../../schemas/form.ts';
import { glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { searchSynonymSchema, type SearchSynonym } from '../../schemas/search-synonym.ts';
import { procedureSchema, type Procedure } from '../../schemas/procedure.ts';
import { quizSchema, type Quiz } from '../../schemas/quiz.ts';
import { roleSchema, type Role } from '../../schemas/role.ts';
import { settingsSchema, type Settings } from '../../schemas/settings.ts';
import { indexClauses, nodeText, type Clause, type ClauseIndex, type MdNode } from '../clause-index.ts';
import { ContentError, type ContentIssue } from '../content-issue.ts';
import { validateHandbook, type HandbookSources, type ProcedureSource, type SourceEntry } from '../handbook-validation.ts';
import { readingMinutes } from '../training/reading-time.ts';
import { checkConsistency } from './consistency-checks.ts';
import { checkCompleteness } from './completeness-checks.ts';
import { checkComputedForms } from './computed-checks.ts';
import { checkSynonyms } from './synonym-checks.ts';
import { placeholderWarnings } from './placeholders.ts';
import { CHINESE_ERRORS, schemaIssues } from './schema-issues.ts';
import { parseFieldPath, parseYaml, splitFrontmatter, type FieldPath } from './yaml-source.ts';

export interface ProcedureEntry {
	id: string;
	/** Path as the author knows it, e.g. `content/procedures/kf01-06.mdx`. */
	file: string;
	data: Procedure;
	/** The MDX body, as written. */
	body: string;
	clauses: Clause[];
	/** Estimated minutes to read the whole text; 0 when not drafted. */
	readingMinutes: number;
	quiz: Quiz | undefined;
}

export type FormEntry = FormTemplate & { id: string };
export type ChecklistEntry = Checklist & { id: string };

export interface Handbook {
	settings: Settings;
	/** In table-of-contents order. */
	procedures: ProcedureEntry[];
	roles: Role[];
	forms: FormEntry[];
	checklists: ChecklistEntry[];
	quizzes: Quiz[];
	glossary: GlossaryEntry[];
	/** Everyday words search maps to the handbook's words. */
	synonyms: SearchSynonym[];
	procedure(id: string): ProcedureEntry;
	role(id: string): Role;
	form(id: string): FormEntry;
	checklist(id: string): ChecklistEntry;
	clause(procedureId: string, number: string): Clause;
}

export interface HandbookLoad {
	/** Undefined when any error was found. */
	handbook: Handbook | undefined;
	/** Errors: each stops the build. */
	issues: ContentIssue[];
	/** Reported, but the handbook is usable. */
	warnings: ContentIssue[];
}

export interface LoadOptions {
	/** How paths are shown in messages; defaults to the folder relative to the working directory ('' for none). */
	label?: string;
}

/** A parsed file: its value, and how to find a field's line in it. */
interface Parsed<T> extends SourceEntry<T> {
	lineOf(path: FieldPath): number | undefined;
}

/** Loads and validates the handbook in `root`; reports every issue instead of throwing. */
export async function readHandbook(root: string, options: LoadOptions = {}): Promise<HandbookLoad> {
	const label = options.label ?? (relative(process.cwd(), root).replaceAll('\\', '/') || '.');
	const issues: ContentIssue[] = [];
	const lineFinders = new Map<string, (path: FieldPath) => number | undefined>();
	// Ids of entries that failed their schema: references to them are not reported again.
	const failed = new Set<string>();
	const shown = (name: string) => (label ? `${label}/${name}` : name);

	/** Validates one value with a schema, collecting located Chinese issues. */
	const validate = <S extends z.ZodType>(
		schema: S,
		value: unknown,
		file: string,
		lineOf: (path: FieldPath) => number | undefined,
		prefix: FieldPath = [],
	): z.infer<S> | undefined => {
		const result = schema.safeParse(value, CHINESE_ERRORS);
		if (result.success) return result.data;
		issues.push(...schemaIssues(result.error, value, file, lineOf, prefix));
		return undefined;
	};

	/** Every `*.yaml` in a folder, one entry each, id from the file name. */
	const readFolder = async <S extends z.ZodType>(folder: string, schema: S): Promise<Parsed<z.infer<S>>[]> => {
		const names = await yamlNames(join(root, folder));
		const entries = await Promise.all(
			names.map(async (name) => {
				const file = shown(`${folder}/${name}`);
				const source = parseYaml(await readFile(join(root, folder, name), 'utf8'), file);
				issues.push(...source.issues);
				lineFinders.set(file, source.lineOf);
				const data = source.issues.length ? undefined : validate(schema, source.value, file, source.lineOf);
				if (data === undefined) failed.add(name.replace(/\.yaml$/, ''));
				return data === undefined
					? undefined
					: { id: name.replace(/\.yaml$/, ''), file, data, lineOf: source.lineOf };
			}),
		);
		return entries.filter((e) => e !== undefined);
	};

	/** A YAML file holding a list of entries with an `id` each (roles, glossary, settings). */
	const readList = async <S extends z.ZodType>(name: string, schema: S): Promise<Parsed<z.infer<S>>[]> => {
		const file = shown(name);
		const text = await readFile(join(root, name), 'utf8').catch(() => undefined);
		if (text === undefined) {
			issues.push({ file, field: '（文件）', message: '文件不存在' });
			return [];
		}
		const source = parseYaml(text, file);
		issues.push(...source.issues);
		// Cross-reference messages name a list entry by its id (`kf-a.learningPath[1]`).
		const indexOfId = new Map(
			(Array.isArray(source.value) ? source.value : []).map((raw: { id?: unknown }, i: number) => [raw?.id, i]),
		);
		lineFinders.set(file, (path) =>
			source.lineOf(indexOfId.has(path[0]) ? [indexOfId.get(path[0])!, ...path.slice(1)] : path),
		);
		if (source.issues.length) return [];
		if (!Array.isArray(source.value)) {
			issues.push({ file, field: '（整个文件）', line: 1, message: '应是一个列表，每项以「- id: …」开头' });
			return [];
		}
		const entries: Parsed<z.infer<S>>[] = [];
		source.value.forEach((raw: unknown, i) => {
			const data = validate(schema, raw, file, source.lineOf, [i]);
			if (data === undefined) {
				const rawId = (raw as { id?: unknown } | null)?.id;
				if (typeof rawId === 'string') failed.add(rawId);
				return;
			}
			const id = (data as { id: string }).id;
			if (entries.some((e) => e.id === id)) {
				issues.push({ file, field: `[${i}].id`, line: source.lineOf([i, 'id']), value: id, message: 'id 重复' });
			}
			entries.push({ id, file, data, lineOf: (path) => source.lineOf([i, ...path]) });
		});
		return entries;
	};

	const readProcedures = async (): Promise<Array<ProcedureSource & { body: string; minutes: number }>> => {
		const names = (await readdir(join(root, 'procedures'))).filter((n) => n.endsWith('.mdx')).sort();
		const entries = await Promise.all(
			names.map(async (name) => {
				const file = shown(`procedures/${name}`);
				const raw = await readFile(join(root, 'procedures', name), 'utf8');
				const parts = splitFrontmatter(raw);
				if (!parts) {
					issues.push({ file, field: '第 1 行', line: 1, message: '文件应以 --- 开头的 frontmatter 起始，并以 --- 结束' });
					return undefined;
				}
				// The frontmatter starts on line 2, after the opening fence.
				const source = parseYaml(parts.frontmatter, file, 1);
				issues.push(...source.issues);
				lineFinders.set(file, source.lineOf);
				const data = source.issues.length ? undefined : validate(procedureSchema, source.value, file, source.lineOf);
				let index: ClauseIndex;
				let minutes = 0;
				try {
					const tree = mdxToMdast(parts.body) as unknown as MdNode;
					index = indexClauses(tree, parts.bodyLine);
					minutes = readingMinutes([nodeText(tree)]);
				} catch (error) {
					issues.push({ file, field: '正文', message: `MDX 无法解析：${(error as Error).message}` });
					return undefined;
				}
				if (data === undefined) {
					failed.add(name.replace(/\.mdx$/, ''));
					return undefined;
				}
				return { id: name.replace(/\.mdx$/, ''), file, data, index, body: parts.body, minutes };
			}),
		);
		return entries.filter((e) => e !== undefined).sort((a, b) => a.data.order - b.data.order);
	};

	const [procedures, forms, checklists, quizzes, roles, glossary, settingsList, synonyms] = await Promise.all([
		readProcedures(),
		readFolder('forms', formSchema),
		readFolder('checklists', checklistSchema),
		readFolder('quizzes', quizSchema),
		readList('roles.yaml', roleSchema),
		readList('glossary.yaml', glossarySchema),
		readList('settings.yaml', settingsSchema),
		readList('search-synonyms.yaml', searchSynonymSchema),
	]);
	// Cross-references are checked over every file that parsed, so one run reports all. A
	// reference to a file that failed its schema is not reported again as unknown.
	const sources: HandbookSources = { procedures, roles, forms, checklists, quizzes };
	const mentionsFailed = (issue: ContentIssue) =>
		[...failed].some((id) => issue.value === id || issue.message.includes(id));
	issues.push(
		...[
			...validateHandbook(sources),
			...checkConsistency(sources, glossary),
			...checkCompleteness(sources),
			...checkComputedForms(sources),
			...checkSynonyms(sources, synonyms),
			...settingsList.flatMap((s) => placeholderWarnings(s.file, s.id, s.data)),
		]
			.filter((issue) => !mentionsFailed(issue))
			.map((issue) => locate(issue, lineFinders)),
	);
	const warnings = sortIssues(issues.filter((issue) => issue.severity === 'warning'));
	issues.splice(0, issues.length, ...issues.filter((issue) => issue.severity !== 'warning'));
	const settings = settingsList[0]?.data;
	if (issues.length === 0 && settingsList.length !== 1) {
		issues.push({ file: shown('settings.yaml'), field: 'id', message: '必须有且只有一条 id 为 site 的设置' });
	}
	if (issues.length || !settings) return { handbook: undefined, issues: sortIssues(issues), warnings };

	const entries: ProcedureEntry[] = procedures.map(({ id, file, data, index, body, minutes }) => ({
		id,
		file,
		data,
		body,
		clauses: index.clauses,
		readingMinutes: minutes,
		quiz: quizzes.find((q) => q.id === id)?.data,
	}));
	return {
		handbook: assemble({
			settings,
			procedures: entries,
			roles: roles.map((r) => r.data),
			forms: forms.map((f) => ({ ...f.data, id: f.id })),
			checklists: checklists.map((c) => ({ ...c.data, id: c.id })),
			quizzes: quizzes.map((q) => q.data),
			glossary: glossary.map((g) => g.data),
			synonyms: synonyms.map((s) => s.data),
		}),
		issues: [],
		warnings,
	};
}

/** One line saying what a valid handbook holds, for the build log and the CLI. */
export function handbookSummary(handbook: Handbook): string {
	const drafted = handbook.procedures.filter((p) => p.data.status !== 'planned').length;
	const clauses = handbook.procedures.reduce((sum, p) => sum + p.clauses.length, 0);
	return (
		`${handbook.procedures.length} 个规程（已起草 ${drafted}）、${clauses} 个条款、${handbook.forms.length} 张表单、` +
		`${handbook.checklists.length} 份清单、${handbook.quizzes.length} 套自测题、${handbook.roles.length} 个岗位、` +
		`${handbook.glossary.length} 条术语`
	);
}

/** Loads the handbook in `root`, or throws a ContentError listing every issue. */
export async function loadHandbookFrom(root: string, options: LoadOptions = {}): Promise<Handbook> {
	const { handbook, issues } = await readHandbook(root, options);
	if (!handbook) throw new ContentError(issues);
	return handbook;
}

/** Adds the line of a cross-reference issue whose field is a path in its file. */
function locate(issue: ContentIssue, lineFinders: ReadonlyMap<string, (path: FieldPath) => number | undefined>) {
	if (issue.line !== undefined) return issue;
	// Body issues name their line in the field: `第 45 行`, `<Checklist id="x">（第 51 行）`.
	const written = /第 (\d+) 行/.exec(issue.field)?.[1];
	if (written) return { ...issue, line: Number(written) };
	const path = parseFieldPath(issue.field);
	const line = path ? lineFinders.get(issue.file)?.(path) : undefined;
	return line === undefined ? issue : { ...issue, line };
}

/** By file, then line, so a report reads top to bottom like the files. */
function sortIssues(issues: ContentIssue[]): ContentIssue[] {
	return issues
		.map((issue, order) => ({ issue, order }))
		.sort(
			(a, b) =>
				a.issue.file.localeCompare(b.issue.file) ||
				(a.issue.line ?? Infinity) - (b.issue.line ?? Infinity) ||
				a.order - b.order,
		)
		.map(({ issue }) => issue);
}

async function yamlNames(folder: string): Promise<string[]> {
	const names = await readdir(folder).catch(() => [] as string[]);
	return names.filter((n) => n.endsWith('.yaml')).sort();
}

export type HandbookData = Omit<Handbook, 'procedure' | 'role' | 'form' | 'checklist' | 'clause'>;

/** Adds the lookups; each throws on an id the validated content does not have (a code bug). */
export function assemble(data: HandbookData): Handbook {
	const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
	const procedures = byId(data.procedures);
	const roles = byId(data.roles);
	const forms = byId(data.forms);
	const checklists = byId(data.checklists);
	const must = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`内部错误：找不到 ${what}`);
		return value;
	};
	return {
		...data,
		procedure: (id) => must(procedures.get(id), `规程 ${id}`),
		role: (id) => must(roles.get(id), `岗位 ${id}`),
		form: (id) => must(forms.get(id), `表单 ${id}`),
		checklist: (id) => must(checklists.get(id), `清单 ${id}`),
		clause: (procedureId, number) =>
			must(
				procedures.get(procedureId)?.clauses.find((c) => c.number === number),
				`条款 ${procedureId} ${number}`,
			),
	};
}
