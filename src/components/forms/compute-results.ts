/**
 * 从征询表计算统计结果: fills a computed form's results from the records on this device (see
 * `lib/records/satisfaction-rate.ts`), over whatever those fields held, and says what it counted.
 * Loaded on the first press, with the records store, so the report page stays light until then.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { collectValues } from '../../lib/records/collect-values.ts';
import { CONTRACT, satisfactionSummary, type ScoredItem } from '../../lib/records/satisfaction-rate.ts';
import { formatDateTime } from '../../lib/records/time.ts';
import type { RecordSession } from '../record-session.ts';
import { fillForm } from './fill-form.ts';

export interface ComputeSource {
	/** The scored items of the counted form, in its order, and the forms' titles for messages. */
	items: ScoredItem[];
	surveysTitle: string;
	planTitle: string;
	/** The first result field: the 计算 button stands before its section. */
	firstResult: string | undefined;
}

export async function computeResults(
	form: HTMLFormElement,
	template: FormTemplate,
	session: RecordSession,
	source: ComputeSource,
	say: (message: string) => void,
): Promise<void> {
	const computed = template.computed!;
	const current = collectValues(template, new FormData(form));
	const planNo = typeof current['plan-no'] === 'string' ? current['plan-no'].trim() : '';
	if (!planNo) {
		say('请先填写调查计划编号，再计算。');
		form.querySelector<HTMLElement>('[name="plan-no"]')?.focus();
		return;
	}
	if (!session.store) {
		say('浏览器不允许读取本机记录，无法计算。');
		return;
	}
	const [plans, surveys] = await Promise.all([session.store.list(computed.plan), session.store.list(computed.surveys)]);
	const result = satisfactionSummary({
		report: current,
		// Only saved records count: a questionnaire still being entered is a draft.
		plans: plans.records.filter((r) => r.status === 'saved').map((r) => r.values),
		surveys: surveys.records.filter((r) => r.status === 'saved').map((r) => r.values),
		items: source.items,
		targets: computed.targets,
	});
	// Results of an earlier run that no longer hold (a rate with no ratings) must not linger; without
	// a stored plan, the period and counts the report holds are read back by the computation.
	const kept = Object.fromEntries(
		Object.entries(current).filter(([id]) => id === 'plan-no' || !(CONTRACT.report as readonly string[]).includes(id)),
	);
	fillForm(form, template, { ...kept, ...result.values });
	form.dispatchEvent(new Event('change', { bubbles: true }));
	const planNote = result.planFound
		? ''
		: `本机没有编号为 ${planNo} 的《${source.planTitle}》，调查期、发放份数和服务等级按本表已填的计算。`;
	say(
		`${planNote}已按本机已保存的 ${result.total} 份《${source.surveysTitle}》计算：统计范围内 ${result.values['received-count']} 份，有效 ${result.values['valid-count']} 份（${formatDateTime(String(result.values['computed-at']))}）。请核对后保存。`,
	);
}
