/**
 * Inputs the browser could not read: a date input holding 2026-02-30 reports
 * `validity.badInput` and hands FormData an empty value, so without this an optional date
 * typed wrong would vanish without a word. The form element lists such controls by name;
 * this turns them into messages beside their fields, the same for required and optional ones.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import type { FieldErrors } from './record-schema.ts';

const WHAT: Record<string, string> = {
	date: '日期，请重新填写，如 2026-11-26',
	time: '时间，请重新填写，如 09:30',
	datetime: '日期和时间，请重新填写，如 2026-11-26 09:30',
};

/**
 * Messages keyed like validation errors (`approved-on`, `materials.0.due`) for the named
 * controls: `id`, `id.signedAt` (a signature's time) or `id.<row>.<column>`, where row is
 * the row's position on the page. Names the template does not know are ignored.
 */
export function unreadableInputErrors(template: Pick<FormTemplate, 'fields'>, names: readonly string[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const name of names) {
		const [id, row, columnId] = name.split('.');
		const field = template.fields.find((f) => f.id === id);
		if (!field) continue;
		if (field.type === 'signature' && row === 'signedAt') {
			errors[field.id] ??= `${field.label}的签字时间不是有效的${WHAT['datetime']}`;
		} else if (field.type === 'table') {
			const column = field.columns?.find((c) => c.id === columnId);
			if (column && WHAT[column.type]) errors[name] ??= `${column.label}不是有效的${WHAT[column.type]}`;
		} else if (row === undefined && WHAT[field.type]) {
			errors[field.id] ??= `${field.label}不是有效的${WHAT[field.type]}`;
		}
	}
	return errors;
}
