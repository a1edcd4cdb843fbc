/**
 * Cross-reference checks over the whole content graph: every role, form, clause and
 * related procedure a file names must exist. Pure, so tests can feed it broken fixtures;
 * `handbook.ts` runs it on the real collections and fails the build on any issue.
 */
import type { Checklist } from '../schemas/checklist.ts';
import type { FormTemplate } from '../schemas/form.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Role } from '../schemas/role.ts';
import type { ClauseIndex } from './clause-index.ts';
import type { ContentIssue } from './content-issue.ts';
import { ENVELOPE_COLUMNS } from './records/csv-columns.ts';

export interface SourceEntry<T> {
	id: string;
	file: string;
	data: T;
}

export interface ProcedureSource extends SourceEntry<Procedure> {
	index: ClauseIndex;
}

export interface HandbookSources {
	procedures: ProcedureSource[];
	roles: SourceEntry<Role>[];
	forms: SourceEntry<FormTemplate>[];
	checklists: SourceEntry<Checklist>[];
	quizzes: SourceEntry<Quiz>[];
}

/** The top-level sections every drafted procedure has, in this order. */
export const REQUIRED_SECTIONS = [
	['1', '目的'],
	['2', '适用范围'],
	['3', '职责'],
	['4', '程序要点'],
	['5', '记录'],
] as const;

export function validateHandbook(sources: HandbookSources): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const roleIds = sources.roles.map((r) => r.id);
	const formIds = sources.forms.map((f) => f.id);
	const procedureIds = sources.procedures.map((p) => p.id);
	const clausesOf = new Map(sources.procedures.map((p) => [p.id, p.index.clauses.map((c) => c.number)]));

	const checks = referenceChecks(issues, clausesOf);
	const { checkClause, checkIn } = checks;

	const orders = new Map<number, string>();
	for (const { id, file, data, index } of sources.procedures) {
		const expectedCode = `RBWY/W-${id}`;
		if (data.code !== expectedCode) {
			issues.push({ file, field: 'code', value: data.code, message: `编号必须与文件名一致，应为 ${expectedCode}` });
		}
		const expectedOrder = Number(id.slice(-2));
		if (data.order !== expectedOrder) {
			issues.push({
				file,
				field: 'order',
				value: String(data.order),
				message: `序号必须与编号末两位一致，应为 ${expectedOrder}`,
			});
		}
		const clash = orders.get(data.order);
		if (clash) issues.push({ file, field: 'order', value: String(data.order), message: `序号与 ${clash} 重复` });
		orders.set(data.order, id);

		for (const problem of index.issues) {
			issues.push({
				file,
				field: problem.line ? `第 ${problem.line} 行` : `条款 ${problem.clause}`,
				message: problem.message,
			});
		}
		if (data.status !== 'planned') {
			for (const [number, title] of REQUIRED_SECTIONS) {
				const section = index.clauses.find((c) => c.number === number);
				if (!section || !section.text.startsWith(title)) {
					issues.push({
						file,
						field: `正文 ${number}`,
						message: `已起草的规程必须有一级标题「## ${number} ${title}」`,
					});
				}
			}
		}

		data.roles.forEach((duty, i) => {
			checkIn(file, `roles[${i}].role`, duty.role, roleIds, '岗位');
			duty.clauses.forEach((clause, j) => checkClause(file, `roles[${i}].clauses[${j}]`, id, clause));
		});
		data.forms.forEach((form, i) => {
			if (!checkIn(file, `forms[${i}]`, form, formIds, '表单')) return;
			const meta = sources.forms.find((f) => f.id === form)!;
			if (!meta.data.serves.some((s) => s.procedure === id)) {
				issues.push({
					file,
					field: `forms[${i}]`,
					value: form,
					message: `表单 ${meta.file} 的 serves 中没有列出本规程 ${id}，两边须一致`,
				});
			}
		});
		const limitIds = new Set<string>();
		data.timeLimits.forEach((limit, i) => {
			if (limitIds.has(limit.id))
				issues.push({ file, field: `timeLimits[${i}].id`, value: limit.id, message: '时限 id 重复' });
			limitIds.add(limit.id);
			checkClause(file, `timeLimits[${i}].clause`, id, limit.clause);
		});
		validateFlow(file, id, data, roleIds, issues, checks);
		data.related.forEach((rel, i) => {
			if (!checkIn(file, `related[${i}].procedure`, rel.procedure, procedureIds, '规程')) return;
			if (rel.procedure === id)
				issues.push({ file, field: `related[${i}].procedure`, value: id, message: '不能把自己列为相关规程' });
			if (rel.clause) checkClause(file, `related[${i}].clause`, rel.procedure, rel.clause);
		});
		data.lawUpdates.forEach((update, i) => {
			if (update.clause) checkClause(file, `lawUpdates[${i}].clause`, id, update.clause);
		});
		const placed = new Set<string>();
		for (const use of index.checklists) {
			const field = `<Checklist id="${use.id}">${use.line ? `（第 ${use.line} 行）` : ''}`;
			const checklist = sources.checklists.find((c) => c.id === use.id);
			if (!checklist) {
				issues.push({
					file,
					field,
					value: use.id,
					message: '未知的清单',
					choices: sources.checklists.map((c) => c.id),
				});
			} else if (checklist.data.procedure !== id) {
				issues.push({
					file,
					field,
					value: use.id,
					message: `清单 ${checklist.file} 属于规程 ${checklist.data.procedure}，不能放在 ${id}`,
				});
			} else if (placed.has(use.id)) {
				issues.push({ file, field, value: use.id, message: '同一清单在一页中只能放一次' });
			}
			placed.add(use.id);
		}
		for (const ref of index.refs) {
			const field = `<ClauseRef to="${ref.to}">${ref.line ? `（第 ${ref.line} 行）` : ''}`;
			const [procedure = '', clause] = ref.to.split(':');
			if (!checkIn(file, field, procedure, procedureIds, '规程（写法：kf01-07 或 kf01-07:4.2）')) continue;
			if (clause) checkClause(file, field, procedure, clause);
		}
	}

	for (const { id, file, data } of sources.quizzes) {
		if (data.procedure !== id) {
			issues.push({
				file,
				field: 'procedure',
				value: data.procedure,
				message: `自测题文件名须与规程编号一致，应为 ${data.procedure}.yaml 或 procedure: ${id}`,
			});
		}
		if (!checkIn(file, 'procedure', data.procedure, procedureIds, '规程')) continue;
		const seen = new Set<string>();
		data.questions.forEach((question, i) => {
			if (seen.has(question.id))
				issues.push({ file, field: `questions[${i}].id`, value: question.id, message: '题目 id 重复' });
			seen.add(question.id);
			checkClause(file, `questions[${i}].clause`, data.procedure, question.clause);
		});
	}
	for (const { file, data } of sources.roles) {
		data.learningPath.forEach((procedure, i) =>
			checkIn(file, `${data.id}.learningPath[${i}]`, procedure, procedureIds, '规程'),
		);
		if (new Set(data.learningPath).size !== data.learningPath.length) {
			issues.push({ file, field: `${data.id}.learningPath`, message: '学习路径中有重复的规程' });
		}
		if (data.definedIn && checkIn(file, 'definedIn.procedure', data.definedIn.procedure, procedureIds, '规程')) {
			checkClause(file, 'definedIn.clause', data.definedIn.procedure, data.definedIn.clause);
		}
	}
	for (const { file, data } of sources.checklists) {
		if (!checkIn(file, 'procedure', data.procedure, procedureIds, '规程')) continue;
		const seen = new Set<string>();
		data.items.forEach((item, i) => {
			if (seen.has(item.id))
				issues.push({ file, field: `items[${i}].id`, value: item.id, message: '清单项 id 重复，每项的 id 必须唯一' });
			seen.add(item.id);
			checkClause(file, `items[${i}].clause`, data.procedure, item.clause);
		});
		if (data.kind === 'audit' && data.items.some((item) => !item.evidence)) {
			const i = data.items.findIndex((item) => !item.evidence);
			issues.push({ file, field: `items[${i}].evidence`, message: '审核清单的每一项都要写明去哪里找证据（evidence）' });
		}
	}
	for (const { id, file, data } of sources.forms) {
		validateFormFields(file, data, issues);
		data.serves.forEach((serve, i) => {
			if (!checkIn(file, `serves[${i}].procedure`, serve.procedure, procedureIds, '规程')) return;
			if (serve.clause) checkClause(file, `serves[${i}].clause`, serve.procedure, serve.clause);
			const procedure = sources.procedures.find((p) => p.id === serve.procedure)!;
			if (!procedure.data.forms.includes(id)) {
				issues.push({
					file,
					field: `serves[${i}].procedure`,
					value: serve.procedure,
					message: `规程 ${serve.procedure} 的 forms 中没有列出本表单 ${id}，两边须一致`,
				});
			}
		});
	}
	return issues;
}

/** The two reference checks every field uses; they record an issue and say whether the value was valid. */
function referenceChecks(issues: ContentIssue[], clausesOf: ReadonlyMap<string, readonly string[]>) {
	return {
		checkClause(file: string, field: string, procedure: string, clause: string): boolean {
			const clauses = clausesOf.get(procedure) ?? [];
			if (clauses.includes(clause)) return true;
			issues.push({
				file,
				field,
				value: clause,
				message: clauses.length ? `规程 ${procedure} 中没有这个条款号` : `规程 ${procedure} 尚未起草，没有可引用的条款`,
				choices: clauses,
			});
			return false;
		},
		checkIn(file: string, field: string, value: string, choices: readonly string[], what: string): boolean {
			if (choices.includes(value)) return true;
			issues.push({ file, field, value, message: `未知的${what}`, choices });
			return false;
		},
	};
}

type ReferenceChecks = ReturnType<typeof referenceChecks>;

function validateFlow(
	file: string,
	procedureId: string,
	data: Procedure,
	roleIds: string[],
	issues: ContentIssue[],
	{ checkClause, checkIn }: ReferenceChecks,
): void {
	const stepIds = data.flow.map((s) => s.id);
	const seen = new Set<string>();
	data.flow.forEach((step, i) => {
		const field = `flow[${i}]`;
		if (seen.has(step.id)) issues.push({ file, field: `${field}.id`, value: step.id, message: '流程步骤 id 重复' });
		seen.add(step.id);
		if (step.role) checkIn(file, `${field}.role`, step.role, roleIds, '岗位');
		if (step.clause) checkClause(file, `${field}.clause`, procedureId, step.clause);
		step.next?.forEach((edge, j) => checkIn(file, `${field}.next[${j}].to`, edge.to, stepIds, '流程步骤'));
		if (step.kind === 'decision' && (step.next?.length ?? 0) < 2) {
			issues.push({
				file,
				field: `${field}.next`,
				message: '判断步骤（decision）至少要有两个分支，并写明 label（是/否）',
			});
		}
		if (step.kind === 'end' && step.next?.length) {
			issues.push({ file, field: `${field}.next`, message: '结束步骤（end）不能再有后续步骤' });
		}
	});
}

const ORDERED_TYPES = new Set(['date', 'time', 'datetime']);

/** Field ids unique, rules and titleField naming real fields of a fitting type. */
function validateFormFields(file: string, form: FormTemplate, issues: ContentIssue[]): void {
	const ids = form.fields.map((f) => f.id);
	const reserved: readonly string[] = ENVELOPE_COLUMNS.map(([header]) => header);
	// A CSV header without a field id (exports from before ids were written) is matched by label
	// or former label, so each of those must name one field only, and no envelope column.
	// Current labels claim their name first, so a clash is reported on the former label.
	const owner = new Map<string, number>();
	const claim = (name: string, i: number) => {
		if (!owner.has(name)) owner.set(name, i);
	};
	form.fields.forEach((field, i) => claim(field.label, i));
	form.fields.forEach((field, i) => field.formerLabels?.forEach((name) => claim(name, i)));
	form.fields.forEach((field, i) => {
		if (ids.indexOf(field.id) !== i)
			issues.push({ file, field: `fields[${i}].id`, value: field.id, message: '字段 id 重复' });
		const names: Array<[string, string]> = [
			[`fields[${i}].label`, field.label],
			...(field.formerLabels ?? []).map((name, k): [string, string] => [`fields[${i}].formerLabels[${k}]`, name]),
		];
		for (const [path, name] of names) {
			if (owner.get(name) !== i)
				issues.push({ file, field: path, value: name, message: '与另一个字段的名称或旧名称相同，CSV 无法区分' });
			if (reserved.includes(name)) {
				issues.push({
					file,
					field: path,
					value: name,
					message: `与 CSV 的记录列同名，请换一个名称（保留的列名：${reserved.join('、')}）`,
				});
			}
		}
		const columnIds = (field.columns ?? []).map((c) => c.id);
		columnIds.forEach((columnId, j) => {
			if (columnIds.indexOf(columnId) !== j) {
				issues.push({ file, field: `fields[${i}].columns[${j}].id`, value: columnId, message: '表格列 id 重复' });
			}
		});
	});
	const typeOf = new Map(form.fields.map((f) => [f.id, f.type]));
	if (form.titleField && !typeOf.has(form.titleField)) {
		issues.push({ file, field: 'titleField', value: form.titleField, message: '未知的字段', choices: ids });
	}
	form.rules.forEach((rule, i) => {
		const named =
			rule.kind === 'notBefore'
				? [
						['field', rule.field],
						['reference', rule.reference],
					]
				: [
						['field', rule.field],
						['when.field', rule.when.field],
					];
		for (const [key, value] of named as Array<[string, string]>) {
			const type = typeOf.get(value);
			if (!type) {
				issues.push({ file, field: `rules[${i}].${key}`, value, message: '未知的字段', choices: ids });
			} else if (rule.kind === 'notBefore' && !ORDERED_TYPES.has(type)) {
				issues.push({
					file,
					field: `rules[${i}].${key}`,
					value,
					message: `notBefore 只能比较日期、时间或日期时间字段，此字段是 ${type}`,
				});
			}
		}
		if (rule.kind === 'notBefore' && typeOf.get(rule.field) !== typeOf.get(rule.reference)) {
			issues.push({ file, field: `rules[${i}]`, message: 'notBefore 比较的两个字段类型必须相同' });
		}
	});
}
