/**
 * The 使用下一个编号 button of a field whose template declares a `sequence` (报修单号,
 * 派工单号 …): it offers the day's next number after those stored on this device, and only
 * while the field is empty.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import type { StoredRecord } from '../../lib/records/record.ts';
import { nextSequenceNumber, sequenceDay } from '../../lib/records/sequence-number.ts';

const inputOf = (form: HTMLFormElement, button: HTMLElement) =>
	form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(button.dataset['nextNumber']!)}"]`);

/** Works out each offer from `records` (the other records of this form on the device). */
export function offerNextNumbers(
	form: HTMLFormElement,
	template: Pick<FormTemplate, 'fields'>,
	records: readonly StoredRecord[],
	today = new Date(),
): void {
	for (const field of template.fields) {
		const button = form.querySelector<HTMLElement>(`[data-next-number="${CSS.escape(field.id)}"]`);
		if (!field.sequence || !button) continue;
		const number = nextSequenceNumber(
			field.sequence,
			sequenceDay(today),
			records.map((r) => r.values[field.id]),
		);
		if (!number) continue;
		button.dataset['number'] = number;
		button.textContent = `使用下一个编号 ${number}`;
	}
	updateNextNumbers(form);
}

/** Shows each offer while its field is empty. */
export function updateNextNumbers(form: HTMLFormElement): void {
	for (const button of form.querySelectorAll<HTMLElement>('[data-next-number]')) {
		button.hidden = !button.dataset['number'] || (inputOf(form, button)?.value.trim() ?? '') !== '';
	}
}

/** Puts the offered number into its field as if typed, and moves focus there (the button goes away). */
export function useNextNumber(form: HTMLFormElement, button: HTMLElement): void {
	const input = inputOf(form, button);
	if (!input || !button.dataset['number']) return;
	input.value = button.dataset['number'];
	input.focus();
	input.dispatchEvent(new Event('input', { bubbles: true }));
}
