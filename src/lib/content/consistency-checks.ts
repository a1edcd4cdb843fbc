/**
 * Checks that no single schema can make, because they compare values inside one file or
 * across files: rule values against a field's options, unique codes, options, terms and
 * aliases, ranges, a flowchart with one start and no unreachable step, links written by
 * hand in a body. Learning paths through procedures not yet drafted are warnings: the
 * build goes on, and the document controller sees them.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { FormField, FormTemplate } from '../../schemas/form.ts';
import type { FlowStep } from '../../schemas/procedure.ts';
import type { ContentIssue } from '../content-issue.ts';
import type { HandbookSources, SourceEntry } from '../handbook-validation.ts';
import { checkBodyLink } from './body-links.ts';

export function checkConsistency(sources: HandbookSources, glossary: readonly SourceEntry<GlossaryEntry>[]) {
	const issues: ContentIssue[] = [];
	const codes = new Map<string, string>();
	for (const { file, data } of sources.forms) {
		const owner = codes.get(data.code);
		if (owner) issues.push({ file, field: 'code', value: data.code, message: `表单编号与 ${owner} 重复` });
		codes.set(data.code, file);
		const codeProcedure = /kf01-\d{2}/.exec(data.code)?.[0];
		if (codeProcedure && !data.serves.some((s) => s.procedure === codeProcedure)) {
			issues.push({
				file,
				field: 'code',
				value: data.code,
				message: `编号中的规程 ${codeProcedure} 不在 serves 中；表单编号取其主要规程的编号`,
				choices: data.serves.map((s) => s.procedure),
			});
		}
		issues.push(...checkFields(file, data));
	}
	for (const { file, data, index } of sources.procedures) {
		duplicates(data.aliases).forEach(([alias, i]) =>
			issues.push({ file, field: `aliases[${i}]`, value: alias, message: '别名重复' }),
		);
		if (data.flow.length) issues.push(...checkFlow(file, data.flow));
		for (const link of index.links) {
			const problem = checkBodyLink(link.url, sources);
			if (problem) {
				issues.push({
					file,
					field: `第 ${link.line ?? '?'} 行`,
					line: link.line,
					value: link.url,
					message: problem,
				});
			}
		}
	}
	const planned = new Set(sources.procedures.filter((p) => p.data.status === 'planned').map((p) => p.id));
	for (const { file, data } of sources.roles) {
		const empty = data.learningPath.filter((id) => planned.has(id));
		if (empty.length) {
			issues.push({
				file,
				field: `${data.id}.learningPath`,
				severity: 'warning',
				message: `学习路径中的 ${empty.join('、')} 尚未起草，新员工会看到「未起草」`,
			});
		}
	}
	issues.push(...checkGlossary(glossary));
	return issues;
}

/** [value, index] of every value that already appeared earlier in the list. */
function duplicates(values: readonly string[]): Array<[string, number]> {
	return values.flatMap((value, i) => (values.indexOf(value) !== i ? [[value, i] as [string, number]] : []));
}

function checkFields(file: string, form: FormTemplate): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const range = (field: string, item: Pick<FormField, 'min' | 'max' | 'options'>) => {
		if (item.min !== undefined && item.max !== undefined && item.min > item.max) {
			issues.push({ file, field: `${field}.min`, value: String(item.min), message: `min 不能大于 max（${item.max}）` });
		}
		duplicates(item.options ?? []).forEach(([option, i]) =>
			issues.push({ file, field: `${field}.options[${i}]`, value: option, message: '选项重复' }),
		);
	};
	form.fields.forEach((field, i) => {
		const at = `fields[${i}]`;
		range(at, field);
		field.columns?.forEach((column, j) => range(`${at}.columns[${j}]`, column));
		if (field.minRows !== undefined && field.maxRows !== undefined && field.minRows > field.maxRows) {
			issues.push({
				file,
				field: `${at}.minRows`,
				value: String(field.minRows),
				message: `minRows 不能大于 maxRows（${field.maxRows}）`,
			});
		}
		if (field.type !== 'table' && (field.minRows !== undefined || field.maxRows !== undefined)) {
			issues.push({ file, field: `${at}.minRows`, message: 'minRows / maxRows 只用于 table 字段' });
		}
	});
	const byId = new Map(form.fields.map((f) => [f.id, f]));
	form.rules.forEach((rule, i) => {
		if (rule.kind !== 'requiredWhen') return;
		const when = byId.get(rule.when.field);
		if (!when) return; // reported as an unknown field by the reference checks
		if (rule.when.field === rule.field) {
			issues.push({ file, field: `rules[${i}].when.field`, value: rule.field, message: '条件字段不能是被要求的字段本身' });
		}
		rule.when.equals.forEach((value, j) => {
			const field = `rules[${i}].when.equals[${j}]`;
			if (when.type === 'yesno') {
				if (typeof value !== 'boolean') {
					issues.push({ file, field, value: String(value), message: `${when.id} 是是/否字段，条件值应为 true 或 false` });
				}
			} else if (when.type === 'choice' || when.type === 'multichoice') {
				if (!when.options?.includes(String(value))) {
					issues.push({ file, field, value: String(value), message: `不是 ${when.id} 的选项`, choices: when.options ?? [] });
				}
			} else {
				issues.push({
					file,
					field: `rules[${i}].when.field`,
					value: when.id,
					message: `条件字段应为 choice、multichoice 或 yesno，此字段是 ${when.type}`,
				});
			}
		});
	});
	return issues;
}

/** One start, and every step reachable from it by the edges the flowchart draws. */
function checkFlow(file: string, flow: readonly FlowStep[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const starts = flow.flatMap((step, i) => (step.kind === 'start' ? [i] : []));
	if (starts.length !== 1) {
		issues.push({
			file,
			field: 'flow',
			message: `流程图必须有且只有一个开始步骤（kind: start），现有 ${starts.length} 个`,
		});
		return issues;
	}
	const successors = (i: number): string[] => {
		const step = flow[i]!;
		if (step.next) return step.next.map((edge) => edge.to);
		return step.kind === 'end' || i + 1 >= flow.length ? [] : [flow[i + 1]!.id];
	};
	const position = new Map(flow.map((step, i) => [step.id, i]));
	const reached = new Set<number>();
	const queue = [starts[0]!];
	while (queue.length) {
		const i = queue.pop()!;
		if (reached.has(i)) continue;
		reached.add(i);
		for (const to of successors(i)) {
			const j = position.get(to);
			if (j !== undefined) queue.push(j);
		}
	}
	flow.forEach((step, i) => {
		if (!reached.has(i)) {
			issues.push({
				file,
				field: `flow[${i}]`,
				value: step.id,
				message: '从开始步骤走不到这一步：检查上一步的 next，或上一步是否为 end',
			});
		}
	});
	return issues;
}

/** A term or alias names one entry only, or search and the glossary would be ambiguous. */
function checkGlossary(glossary: readonly SourceEntry<GlossaryEntry>[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const owner = new Map<string, string>();
	glossary.forEach(({ file, data }, i) => {
		const words: Array<[string, string]> = [
			[data.term, `[${i}].term`],
			...data.aliases.map((alias, j): [string, string] => [alias, `[${i}].aliases[${j}]`]),
		];
		for (const [word, field] of words) {
			const first = owner.get(word);
			if (first !== undefined) {
				issues.push({
					file,
					field,
					value: word,
					message: first === data.id ? '同一术语中重复' : `与术语 ${first} 的名称或别名重复`,
				});
			} else owner.set(word, data.id);
		}
	});
	return issues;
}
