/**
 * <gc-record-form>: upgrades a server-rendered form template into a fillable record.
 * Autosave, restore and two-tab safety come from RecordSession; this element reads and
 * shows the fields, validates on save with messages beside them (a date the browser could
 * not read included), says beside 保存 whether the save went through (`save-bar.ts`), keeps
 * the stored record's id in the address, and offers numbered fields their next number.
 * Export and print are in `record-actions.ts`.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { collectValues } from '../../lib/records/collect-values.ts';
import { displayValue, type FieldValue } from '../../lib/records/field-values.ts';
import { validateValues } from '../../lib/records/record-schema.ts';
import { unreadableInputErrors } from '../../lib/records/unreadable-inputs.ts';
import { StoreError } from '../../lib/storage/database.ts';
import { shortId, type RecordOrigin, type StoredRecord } from '../../lib/records/record.ts';
import { formatDateTime, toOffsetIso } from '../../lib/records/time.ts';
import { bannerIn, renderBanner } from '../banner.ts';
import { RecordSession, unsavedMessage } from '../record-session.ts';
import { formRecordHref } from '../../lib/links.ts';
import { addRow, clearErrors, fillForm, showErrors, unreadableControls } from './fill-form.ts';
import { offerNextNumbers, updateNextNumbers, useNextNumber } from './next-number.ts';
import { runAction } from './record-actions.ts';
import type { ComputeSource } from './compute-results.ts';
import { SaveBar } from './save-bar.ts';

interface FormPageData {
	template: FormTemplate & { id: string };
	origin: RecordOrigin;
	compute?: ComputeSource;
}

class RecordFormElement extends HTMLElement {
	private data!: FormPageData;
	private form!: HTMLFormElement;
	private session!: RecordSession;
	private bar!: SaveBar;

	connectedCallback(): void {
		this.data = JSON.parse(this.querySelector('script[data-form-page]')!.textContent!) as FormPageData;
		this.form = this.querySelector('form')!;
		for (const hidden of this.querySelectorAll<HTMLElement>(
			'[data-now], [data-add-row], [data-remove-row], [data-js-only]',
		)) {
			hidden.hidden = false;
		}
		this.bar = new SaveBar(
			this.querySelector<HTMLElement>('[data-status]')!,
			this.querySelector<HTMLElement>('[data-problem]')!,
		);
		const template = this.data.template;
		const titleSpec = template.fields.find((f) => f.id === template.titleField);
		this.session = new RecordSession(this.data.origin, {
			read: () => collectValues(template, new FormData(this.form)),
			title: (values) => (titleSpec ? displayValue(titleSpec, values[titleSpec.id] as FieldValue | undefined) : ''),
			show: (record) => {
				if (this.session.isStored) fillForm(this.form, template, record.values);
				this.showRecordInfo(record);
				updateNextNumbers(this.form);
			},
			status: (message) => this.bar.say(message),
			saved: (record) => {
				this.showRecordInfo(record);
				this.bar.clear('store');
			},
			failed: (message) => this.bar.fail(message, 'store'),
			problem: bannerIn(this),
		});
		this.form.addEventListener('input', () => {
			this.session.changed();
			updateNextNumbers(this.form);
		});
		this.form.addEventListener('change', () => this.session.changed());
		// Focus scrolls a textarea only as far as its caret: bring the whole control above the 保存 bar
		// (the page's scroll-padding keeps the bar's height free).
		this.form.addEventListener('focusin', (event) => {
			const target = event.target as HTMLElement;
			if (target.closest('.form-section')) target.scrollIntoView({ block: 'nearest' });
		});
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.save();
		});
		this.addEventListener('click', (event) => void this.onClick(event));
		const params = new URLSearchParams(location.search);
		const requested = params.get('record');
		void this.session.start(requested, params.has('new')).then(async () => {
			const { record, store } = this.session;
			if (!store) this.bar.fail(unsavedMessage(new StoreError('unavailable')), 'store');
			else if (requested && this.session.isStored && record.status === 'draft') {
				this.bar.say(`已恢复上次未完成的草稿（${formatDateTime(record.updatedAt)}）。`);
			}
			const others = await store?.list(template.id).catch(() => undefined);
			if (others)
				offerNextNumbers(
					this.form,
					template,
					others.records.filter((r) => r.id !== record.id),
				);
		});
	}

	private async save(): Promise<void> {
		const { template } = this.data;
		const result = validateValues(template, collectValues(template, new FormData(this.form)));
		// A date the browser could not read reaches FormData empty: say so, required or not.
		const errors = {
			...(result.ok ? {} : result.errors),
			...unreadableInputErrors(template, unreadableControls(this.form)),
		};
		if (Object.keys(errors).length) {
			const first = showErrors(this.form, errors);
			this.bar.fail(`未保存：有 ${Object.keys(errors).length} 处需要修改，请查看标红的字段。`, 'invalid');
			first?.focus();
			return;
		}
		clearErrors(this.form);
		this.bar.clear('invalid');
		if (!this.session.store) {
			renderBanner(
				this.querySelector<HTMLElement>('[data-banner]')!,
				'浏览器不允许在本机保存。请用“导出”把本页内容保存为文件。',
				'error',
			);
			this.bar.fail(unsavedMessage(new StoreError('unavailable')), 'store');
			return;
		}
		if (await this.session.write('saved')) {
			const { record } = this.session;
			this.bar.say(`已保存（${formatDateTime(record.updatedAt)}）。记录编号 ${shortId(record.id)}。`);
		}
	}

	private async onClick(event: Event): Promise<void> {
		const target = (event.target as HTMLElement).closest<HTMLElement>('button');
		if (!target) return;
		if (target.dataset['now']) {
			const input = this.form.querySelector<HTMLInputElement>(`[name="${CSS.escape(target.dataset['now'])}"]`);
			if (input) input.value = toOffsetIso(new Date()).slice(0, 16);
			this.session.changed();
		} else if (target.dataset['nextNumber']) {
			useNextNumber(this.form, target);
		} else if ('addRow' in target.dataset) {
			addRow(target.closest<HTMLElement>('[data-table]')!).querySelector<HTMLElement>('[name]')?.focus();
		} else if ('removeRow' in target.dataset) {
			target.closest('[data-row]')?.remove();
			this.session.changed();
		} else if (target.dataset['action']) {
			await runAction(target.dataset['action'], this, this.form, this.data.template, this.session, this.data.compute);
		}
	}

	/** Shows who the record is; once it is stored, the address names it, so a reload or a link on this device opens it. */
	private showRecordInfo(record: StoredRecord): void {
		const info = this.querySelector<HTMLElement>('[data-record-info]')!;
		info.textContent = this.session.isStored
			? `记录编号 ${shortId(record.id)} · ${record.status === 'saved' ? '已保存' : '草稿'} · 更新于 ${formatDateTime(record.updatedAt)}`
			: '新记录：开始填写后自动保存草稿。';
		const href = formRecordHref(this.data.template.id, record.id);
		if (this.session.isStored && `${location.pathname}${location.search}` !== href) {
			history.replaceState(history.state, '', `${href}${location.hash}`);
		}
	}
}

customElements.define('gc-record-form', RecordFormElement);
