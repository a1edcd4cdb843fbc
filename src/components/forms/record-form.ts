/**
 * <gc-record-form>: upgrades a server-rendered form template into a fillable record.
 * Autosave, restore and two-tab safety come from RecordSession; this element reads and
 * shows the fields, validates on save with messages beside them, and exports and prints.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { collectValues } from '../../lib/records/collect-values.ts';
import { displayValue, type FieldValue } from '../../lib/records/field-values.ts';
import { validateValues } from '../../lib/records/record-schema.ts';
import { shortId, type RecordOrigin, type StoredRecord } from '../../lib/records/record.ts';
import { formatDateTime, toOffsetIso } from '../../lib/records/time.ts';
import { bannerIn, renderBanner } from '../banner.ts';
import { RecordSession } from '../record-session.ts';
import { formRecordHref, formRecordPrintHref, newFormRecordHref } from '../../lib/links.ts';
import { addRow, clearErrors, fillForm, showErrors } from './fill-form.ts';

interface FormPageData {
	template: FormTemplate & { id: string };
	origin: RecordOrigin;
}

class RecordFormElement extends HTMLElement {
	private data!: FormPageData;
	private form!: HTMLFormElement;
	private session!: RecordSession;

	connectedCallback(): void {
		this.data = JSON.parse(this.querySelector('script[data-form-page]')!.textContent!) as FormPageData;
		this.form = this.querySelector('form')!;
		for (const hidden of this.querySelectorAll<HTMLElement>(
			'[data-now], [data-add-row], [data-remove-row], [data-js-only]',
		)) {
			hidden.hidden = false;
		}
		const template = this.data.template;
		const titleSpec = template.fields.find((f) => f.id === template.titleField);
		this.session = new RecordSession(this.data.origin, {
			read: () => collectValues(template, new FormData(this.form)),
			title: (values) => (titleSpec ? displayValue(titleSpec, values[titleSpec.id] as FieldValue | undefined) : ''),
			show: (record) => {
				if (this.session.isStored) fillForm(this.form, template, record.values);
				this.showRecordInfo(record);
			},
			status: (message) => this.say(message),
			saved: (record) => this.showRecordInfo(record),
			problem: bannerIn(this),
		});
		this.form.addEventListener('input', () => this.session.changed());
		this.form.addEventListener('change', () => this.session.changed());
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.save();
		});
		this.addEventListener('click', (event) => void this.onClick(event));
		const params = new URLSearchParams(location.search);
		void this.session.start(params.get('record'), params.has('new')).then(() => {
			if (!this.session.store) this.say('本页内容不会保存在本机；请用“导出”保存为文件。');
		});
	}

	private async save(): Promise<void> {
		const values = collectValues(this.data.template, new FormData(this.form));
		const result = validateValues(this.data.template, values);
		if (!result.ok) {
			const first = showErrors(this.form, result.errors);
			this.say(`有 ${Object.keys(result.errors).length} 处需要修改，请查看标红的字段。`, true);
			first?.focus();
			return;
		}
		clearErrors(this.form);
		this.say('', true);
		if (!this.session.store) {
			renderBanner(
				this.querySelector<HTMLElement>('[data-banner]')!,
				'浏览器不允许在本机保存。请用“导出”把本页内容保存为文件。',
				'error',
			);
			return;
		}
		if (await this.session.write('saved')) {
			const { record } = this.session;
			this.say(`已保存（${formatDateTime(record.updatedAt)}）。记录编号 ${shortId(record.id)}。`);
		}
	}

	private async onClick(event: Event): Promise<void> {
		const target = (event.target as HTMLElement).closest<HTMLElement>('button');
		if (!target) return;
		if (target.dataset['now']) {
			const input = this.form.querySelector<HTMLInputElement>(`[name="${CSS.escape(target.dataset['now'])}"]`);
			if (input) input.value = toOffsetIso(new Date()).slice(0, 16);
			this.session.changed();
		} else if ('addRow' in target.dataset) {
			addRow(target.closest<HTMLElement>('[data-table]')!).querySelector<HTMLElement>('[name]')?.focus();
		} else if ('removeRow' in target.dataset) {
			target.closest('[data-row]')?.remove();
			this.session.changed();
		} else if (target.dataset['action']) {
			await this.action(target.dataset['action']);
		}
	}

	private async action(action: string): Promise<void> {
		const { session } = this;
		const current = (): StoredRecord => ({
			...session.record,
			values: collectValues(this.data.template, new FormData(this.form)),
		});
		switch (action) {
			case 'export-json': {
				await session.flush();
				const { exportJson } = await import('../export/record-export.ts');
				await exportJson([current()], this.data.template.title);
				break;
			}
			case 'export-csv': {
				await session.flush();
				const { exportCsv } = await import('../export/record-export.ts');
				exportCsv([this.data.template], [current()]);
				break;
			}
			case 'print':
				await session.flush();
				if (session.isStored) location.href = formRecordPrintHref(this.data.origin.template, session.record.id);
				else window.print();
				break;
			case 'new':
				await session.flush();
				location.href = newFormRecordHref(this.data.origin.template);
				break;
			case 'reload-latest':
				location.href = formRecordHref(this.data.origin.template, session.record.id);
				break;
			case 'save-as-new':
				this.querySelector<HTMLElement>('[data-banner]')!.hidden = true;
				await session.saveAsNew();
				break;
		}
	}

	private showRecordInfo(record: StoredRecord): void {
		const info = this.querySelector<HTMLElement>('[data-record-info]')!;
		info.textContent = this.session.isStored
			? `记录编号 ${shortId(record.id)} · ${record.status === 'saved' ? '已保存' : '草稿'} · 更新于 ${formatDateTime(record.updatedAt)}`
			: '新记录：开始填写后自动保存草稿。';
	}

	private say(message: string, alert = false): void {
		this.querySelector<HTMLElement>(alert ? '[data-alert]' : '[data-status]')!.textContent = message;
	}
}

customElements.define('gc-record-form', RecordFormElement);
