/**
 * <gc-print-fill>: on a paper form page, fills the value cells from the stored record
 * named by ?record=<id>. Every value is written as text (textContent), so whatever was
 * typed prints as typed and never becomes markup. Signature boxes are left blank for a pen.
 */
import type { FormField } from '../../schemas/form.ts';
import { displayValue, type FieldValue, type TableRow } from '../../lib/records/field-values.ts';
import { shortId } from '../../lib/records/record.ts';
import { RecordStore } from '../../lib/records/record-store.ts';
import { StoreError } from '../../lib/storage/database.ts';
import { formatDateTime } from '../../lib/records/time.ts';

class PrintFillElement extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-print]')!;
		button.hidden = false;
		button.addEventListener('click', () => window.print());
		void this.fill();
	}

	private async fill(): Promise<void> {
		const id = new URLSearchParams(location.search).get('record');
		if (!id) return;
		const info = document.querySelector<HTMLElement>('[data-print-info]')!;
		const { fields } = JSON.parse(this.querySelector('script[data-print-page]')!.textContent!) as {
			fields: FormField[];
		};
		try {
			const store = await RecordStore.open();
			const record = await store.get(id);
			if (!record) {
				info.textContent = `找不到记录 ${shortId(id)}，下面是空白表。`;
				return;
			}
			const paper = document.querySelector<HTMLElement>('[data-paper]')!;
			paper.querySelector<HTMLElement>('[data-value="__id"]')!.textContent = shortId(record.id);
			for (const field of fields) {
				// A signature box stays empty to be signed by hand: a typed name is no signature on paper.
				if (field.type === 'signature') continue;
				const value = record.values[field.id] as FieldValue | undefined;
				if (field.type === 'table') {
					fillRows(
						paper.querySelector<HTMLTableElement>(`[data-rows-for="${CSS.escape(field.id)}"]`)!,
						field,
						(value ?? []) as TableRow[],
					);
					continue;
				}
				const cell = paper.querySelector<HTMLElement>(`[data-value="${CSS.escape(field.id)}"]`);
				if (cell) cell.textContent = displayValue(field, value);
			}
			info.textContent = `已填写的记录 ${shortId(record.id)}（${record.status === 'saved' ? '已保存' : '草稿'}，更新于 ${formatDateTime(record.updatedAt)}）。`;
		} catch (error) {
			info.textContent = error instanceof StoreError ? error.message : '读取记录失败，下面是空白表。';
		}
	}
}

function fillRows(table: HTMLTableElement, field: FormField, rows: TableRow[]): void {
	const body = table.tBodies[0]!;
	body.replaceChildren();
	const count = Math.max(rows.length, 2);
	for (let i = 0; i < count; i++) {
		const tr = body.insertRow();
		tr.insertCell().textContent = String(i + 1);
		for (const column of field.columns ?? []) {
			tr.insertCell().textContent = rows[i] ? displayValue(column, rows[i]![column.id]) : '';
		}
	}
}

customElements.define('gc-print-fill', PrintFillElement);
