/**
 * Puts stored values back into the server-rendered controls, and shows or clears the
 * messages beside fields. Values are written into `value`/`checked` and messages into
 * `textContent`, never as HTML, so whatever a user typed stays text.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { toInput, type FieldValue, type Signature, type TableRow } from '../../lib/records/field-values.ts';
import { isoToLocalInput } from '../../lib/records/time.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function setControl(form: HTMLFormElement, name: string, value: string | string[]): void {
	const controls = [...form.querySelectorAll<Control>(`[name="${CSS.escape(name)}"]`)];
	for (const control of controls) {
		if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
			control.checked = Array.isArray(value) ? value.includes(control.value) : control.value === value;
		} else {
			control.value = Array.isArray(value) ? value.join('') : value;
		}
	}
}

/** Makes the table have exactly `count` rows, cloning its row template as needed. */
export function ensureRows(container: HTMLElement, count: number): void {
	const body = container.querySelector<HTMLElement>('[data-rows]')!;
	const template = container.querySelector<HTMLTemplateElement>('template[data-row-template]')!;
	const rows = () => [...body.querySelectorAll<HTMLElement>('[data-row]')];
	while (rows().length > count && rows().length > 1) rows().at(-1)!.remove();
	while (rows().length < count) addRow(container, body, template);
}

/** Appends an empty row with a fresh index so names never collide. */
export function addRow(
	container: HTMLElement,
	body = container.querySelector<HTMLElement>('[data-rows]')!,
	template = container.querySelector<HTMLTemplateElement>('template[data-row-template]')!,
): HTMLElement {
	const index = Number(container.dataset['nextRow'] ?? body.querySelectorAll('[data-row]').length);
	container.dataset['nextRow'] = String(index + 1);
	const fragment = template.content.cloneNode(true) as DocumentFragment;
	for (const element of fragment.querySelectorAll<HTMLElement>('[name], [id], [for], [aria-describedby]')) {
		for (const attribute of ['name', 'id', 'for', 'aria-describedby']) {
			const value = element.getAttribute(attribute);
			if (value) element.setAttribute(attribute, value.replaceAll('__row__', String(index)));
		}
	}
	const row = fragment.firstElementChild as HTMLElement;
	body.append(fragment);
	return row;
}

export function fillForm(
	form: HTMLFormElement,
	template: Pick<FormTemplate, 'fields'>,
	values: Record<string, unknown>,
): void {
	form.reset();
	for (const field of template.fields) {
		const value = values[field.id] as FieldValue | undefined;
		if (field.type === 'table') {
			const container = form.querySelector<HTMLElement>(`[data-table="${field.id}"]`)!;
			const rows = (Array.isArray(value) ? value : []) as TableRow[];
			ensureRows(container, Math.max(rows.length, 1));
			const names = [...container.querySelectorAll<HTMLElement>('[data-rows] [data-row]')];
			rows.forEach((row, i) => {
				const first = names[i]?.querySelector<Control>('[name]');
				const index = first?.name.split('.')[1] ?? String(i);
				for (const column of field.columns ?? []) {
					setControl(form, `${field.id}.${index}.${column.id}`, toInput(column, row[column.id]));
				}
			});
		} else if (field.type === 'signature') {
			const sig = value as Signature | undefined;
			setControl(form, `${field.id}.name`, sig?.name ?? '');
			setControl(form, `${field.id}.signedAt`, sig?.signedAt ? isoToLocalInput(sig.signedAt) : '');
		} else if (field.type === 'multichoice') {
			setControl(form, field.id, Array.isArray(value) ? (value as string[]) : []);
		} else {
			setControl(form, field.id, toInput(field, value as string | number | boolean | undefined));
		}
	}
}

/**
 * Shows each message beside its field (`materials.0.qty` goes beside the table), marks the
 * control invalid, and returns the control of the first one for focus.
 */
export function showErrors(form: HTMLFormElement, errors: Record<string, string>): HTMLElement | undefined {
	clearErrors(form);
	let first: HTMLElement | undefined;
	for (const [path, message] of Object.entries(errors)) {
		const fieldId = path.split('.')[0]!;
		const slot = form.querySelector<HTMLElement>(`#f-${CSS.escape(fieldId)}-error`);
		if (!slot) continue;
		const cell = path.includes('.') ? path.split('.').slice(1).join('.') : '';
		const rowNote = /^\d+\./.test(cell) ? `第 ${Number(cell.split('.')[0]) + 1} 行：` : '';
		slot.textContent = slot.hidden ? `${rowNote}${message}` : slot.textContent;
		slot.hidden = false;
		const scope = `[data-field="${CSS.escape(fieldId)}"]`;
		// A group (radios, a signature) is marked as a whole; focus goes to its first control.
		form.querySelector(`${scope} [name], ${scope} [role]`)?.setAttribute('aria-invalid', 'true');
		first ??= form.querySelector<HTMLElement>(`${scope} [name]`) ?? slot;
	}
	return first;
}

export function clearErrors(form: HTMLFormElement): void {
	for (const slot of form.querySelectorAll<HTMLElement>('.field__error')) {
		slot.hidden = true;
		slot.textContent = '';
	}
	for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
}

/**
 * Names of the inputs whose text the browser could not read (`validity.badInput`, as for
 * 2026-02-30 in a date input), with a table cell's row given as its position on the page.
 */
export function unreadableControls(form: HTMLFormElement): string[] {
	const names: string[] = [];
	for (const input of form.querySelectorAll<HTMLInputElement>('input[name]')) {
		if (!input.validity.badInput) continue;
		const row = input.closest('[data-row]');
		const [id, , column] = input.name.split('.');
		names.push(row ? `${id}.${[...row.parentElement!.children].indexOf(row)}.${column}` : input.name);
	}
	return names;
}
