/**
 * Cross-reference checks over the whole content graph: every role, form, clause and
 * related procedure a file names must exist. Pure, so tests can feed it broken fixtures;
 * `handbook.ts` runs it on the real collections and fails the build on any issue.
 */
import type { FormMeta } from '../schemas/form.ts';
import type { Procedure } from '../schemas/procedure.ts';
import type { Role } from '../schemas/role.ts';
import type { ClauseIndex } from './clause-index.ts';
import type { ContentIssue } from './content-issue.ts';

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
	forms: SourceEntry<FormMeta>[];
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
			issues.push({ file, field: 'order', value: String(data.order), message: `序号必须与编号末两位一致，应为 ${expectedOrder}` });
		}
		const clash = orders.get(data.order);
		if (clash) issues.push({ file, field: 'order', value: String(data.order), message: `序号与 ${clash} 重复` });
		orders.set(data.order, id);

		for (const problem of index.issues) {
			issues.push({ file, field: problem.line ? `第 ${problem.line} 行` : `条款 ${problem.clause}`, message: problem.message });
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
			if (limitIds.has(limit.id)) issues.push({ file, field: `timeLimits[${i}].id`, value: limit.id, message: '时限 id 重复' });
			limitIds.add(limit.id);
			checkClause(file, `timeLimits[${i}].clause`, id, limit.clause);
		});
		validateFlow(file, id, data, roleIds, issues, checks);
		data.related.forEach((rel, i) => {
			if (!checkIn(file, `related[${i}].procedure`, rel.procedure, procedureIds, '规程')) return;
			if (rel.procedure === id) issues.push({ file, field: `related[${i}].procedure`, value: id, message: '不能把自己列为相关规程' });
			if (rel.clause) checkClause(file, `related[${i}].clause`, rel.procedure, rel.clause);
		});
		data.lawUpdates.forEach((update, i) => {
			if (update.clause) checkClause(file, `lawUpdates[${i}].clause`, id, update.clause);
		});
		for (const ref of index.refs) {
			const field = `<ClauseRef to="${ref.to}">${ref.line ? `（第 ${ref.line} 行）` : ''}`;
			const [procedure = '', clause] = ref.to.split(':');
			if (!checkIn(file, field, procedure, procedureIds, '规程（写法：kf01-07 或 kf01-07:4.2）')) continue;
			if (clause) checkClause(file, field, procedure, clause);
		}
	}

	for (const { file, data } of sources.roles) {
		if (data.definedIn && checkIn(file, 'definedIn.procedure', data.definedIn.procedure, procedureIds, '规程')) {
			checkClause(file, 'definedIn.clause', data.definedIn.procedure, data.definedIn.clause);
		}
	}
	for (const { id, file, data } of sources.forms) {
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
			issues.push({ file, field: `${field}.next`, message: '判断步骤（decision）至少要有两个分支，并写明 label（是/否）' });
		}
		if (step.kind === 'end' && step.next?.length) {
			issues.push({ file, field: `${field}.next`, message: '结束步骤（end）不能再有后续步骤' });
		}
	});
}
