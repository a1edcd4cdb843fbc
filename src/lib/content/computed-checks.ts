/**
 * A form whose results are computed (`computed:` in its template) names the forms it reads:
 * they must exist and carry every field the computation uses, so renaming one fails the build
 * here, naming the file and the field, instead of leaving a report that computes nothing.
 */
import type { ContentIssue } from '../content-issue.ts';
import type { HandbookSources } from '../handbook-validation.ts';
import { CONTRACT, scoredItems } from '../records/satisfaction-rate.ts';

export function checkComputedForms(sources: HandbookSources): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const forms = new Map(sources.forms.map((f) => [f.id, f]));
	for (const { id, file, data } of sources.forms) {
		if (!data.computed) continue;
		const lacking = (formId: string, fields: readonly string[]) => {
			const form = forms.get(formId)!;
			const ids = new Set(form.data.fields.map((f) => f.id));
			return fields.filter((f) => !ids.has(f));
		};
		for (const key of ['surveys', 'plan'] as const) {
			const formId = data.computed[key];
			if (!forms.has(formId)) {
				issues.push({ file, field: `computed.${key}`, message: `没有 id 为 ${formId} 的表单`, value: formId });
				continue;
			}
			const missing = lacking(formId, key === 'surveys' ? CONTRACT.survey : CONTRACT.plan);
			if (missing.length)
				issues.push({
					file,
					field: `computed.${key}`,
					message: `表单 ${formId} 缺少计算要用的字段：${missing.join('、')}（字段 id 不可改名）`,
				});
		}
		const missing = lacking(id, CONTRACT.report);
		if (missing.length)
			issues.push({ file, field: 'fields', message: `计算结果要写入的字段缺少：${missing.join('、')}` });
		const surveys = forms.get(data.computed.surveys);
		if (surveys && scoredItems(surveys.data).length === 0)
			issues.push({
				file,
				field: 'computed.surveys',
				message: `表单 ${surveys.id} 没有评价项目：评价项目是选项含“满意、较满意、一般、不满意”的单选字段`,
			});
	}
	return issues;
}
