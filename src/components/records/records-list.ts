/**
 * <gc-records>: "my records". Lists what is stored on this device, filters it, opens,
 * prints, exports and deletes (with undo), and imports files with a preview. Everything a
 * user typed is rendered with textContent. Import code is loaded only when a file is chosen.
 */
import { el } from '../dom.ts';
import { checklistHref, formRecordHref, formRecordPrintHref, templateCatalogHref } from '../../lib/links.ts';
import { runSummary, type ChecklistRunValues } from '../../lib/records/checklist-run.ts';
import type { TemplateCatalog } from '../../lib/records/import-plan.ts';
import type { RecordListCatalog } from '../../lib/records/catalog.ts';
import { STATUS_LABEL, shortId, type StoredRecord } from '../../lib/records/record.ts';
import { EMPTY_FILTER, filterRecords, templateTitle, type RecordFilter } from '../../lib/records/record-filter.ts';
import { RecordStore, onRecordsChanged } from '../../lib/records/record-store.ts';
import { StoreError, storeMessage } from '../../lib/storage/database.ts';
import { formatDateTime, toOffsetIso } from '../../lib/records/time.ts';

class RecordsElement extends HTMLElement {
	private catalog!: RecordListCatalog;
	private fullCatalog: Promise<TemplateCatalog> | undefined;
	private store: RecordStore | undefined;
	private records: StoredRecord[] = [];
	private selected = new Set<string>();
	private filter: RecordFilter = { ...EMPTY_FILTER };

	connectedCallback(): void {
		this.catalog = JSON.parse(this.querySelector('script[data-catalog]')!.textContent!) as RecordListCatalog;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		this.querySelector('[data-no-js]')?.remove();
		const form = this.querySelector<HTMLFormElement>('form[data-filter]')!;
		const params = new URLSearchParams(location.search);
		for (const key of Object.keys(EMPTY_FILTER) as Array<keyof RecordFilter>) {
			const value = params.get(key === 'template' ? 'form' : key) ?? '';
			const control = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
			if (control && value) control.value = value;
		}
		form.addEventListener('input', () => this.readFilter(form));
		form.addEventListener('submit', (event) => event.preventDefault());
		this.readFilter(form, false);
		this.addEventListener('click', (event) => void this.onClick(event));
		this.addEventListener('change', (event) => this.onChange(event));
		onRecordsChanged(() => void this.load());
		void this.start();
	}

	private async start(): Promise<void> {
		try {
			this.store = await RecordStore.open();
		} catch (error) {
			this.notice(storeMessage(error), 'error');
		}
		await this.load();
	}

	private async load(): Promise<void> {
		if (!this.store) return this.render();
		try {
			const { records, damaged } = await this.store.list();
			this.records = records;
			if (damaged) this.notice(`有 ${damaged} 条本机记录已损坏，无法读取；它们未被删除，也不会被导出。`, 'warning');
		} catch (error) {
			this.notice(storeMessage(error), 'error');
		}
		this.render();
	}

	private readFilter(form: HTMLFormElement, render = true): void {
		const data = new FormData(form);
		this.filter = Object.fromEntries(
			Object.keys(EMPTY_FILTER).map((k) => [k, String(data.get(k) ?? '')]),
		) as unknown as RecordFilter;
		if (render) this.render();
	}

	private visible(): StoredRecord[] {
		return filterRecords(this.records, this.filter);
	}

	private render(): void {
		const list = this.querySelector<HTMLElement>('[data-list]')!;
		const shown = this.visible();
		for (const id of this.selected) if (!shown.some((r) => r.id === id)) this.selected.delete(id);
		this.querySelector<HTMLElement>('[data-count]')!.textContent =
			`共 ${shown.length} 条${this.selected.size ? `，已选 ${this.selected.size} 条` : ''}`;
		if (shown.length === 0) {
			list.replaceChildren(
				el(
					'p',
					{ className: 'records__empty' },
					this.records.length ? '没有符合筛选条件的记录。' : '本机还没有记录。到“表单”填写一份，或导入导出的文件。',
				),
			);
			return;
		}
		list.replaceChildren(el('ul', { className: 'records__list' }, ...shown.map((record) => this.row(record))));
	}

	private row(record: StoredRecord): HTMLElement {
		const title = record.title || '（未命名）';
		const checkbox = el('input', { type: 'checkbox', checked: this.selected.has(record.id) });
		checkbox.dataset['select'] = record.id;
		checkbox.setAttribute('aria-label', `选择 ${title}`);
		const open =
			record.kind === 'form'
				? el('a', { href: formRecordHref(record.template, record.id), className: 'button button--small' }, '打开')
				: el(
						'a',
						{
							href: checklistHref(record.template, { run: record.id }),
							className: 'button button--small',
						},
						'打开',
					);
		const actions = el('div', { className: 'records__actions' }, open);
		if (record.kind === 'form')
			actions.append(
				el('a', { href: formRecordPrintHref(record.template, record.id), className: 'button button--small' }, '打印'),
			);
		const action = el(
			'button',
			{ type: 'button', className: 'button button--small button--danger' },
			record.deletedAt ? '恢复' : '删除',
		);
		action.dataset['action'] = record.deletedAt ? 'restore' : 'delete';
		action.dataset['id'] = record.id;
		actions.append(action);
		return el(
			'li',
			{ className: 'records__item' },
			el('label', { className: 'records__check' }, checkbox),
			el(
				'div',
				{ className: 'records__body' },
				el('p', { className: 'records__title' }, title),
				el(
					'p',
					{ className: 'records__meta' },
					`${templateTitle(this.catalog, record)} · ${this.state(record)}${record.deletedAt ? '（已删除）' : ''} · ${formatDateTime(record.updatedAt)} · ${shortId(record.id)}`,
				),
				actions,
			),
		);
	}

	/** 已保存, or for a checklist run how far it got: 已完成（3/13 项已审核，未审核 10 项：原因）…. */
	private state(record: StoredRecord): string {
		const label = STATUS_LABEL[record.status];
		const checklist = record.kind === 'checklist' && this.catalog.checklists.find((c) => c.id === record.template);
		if (!checklist) return label;
		const values = record.values as unknown as ChecklistRunValues;
		return runSummary(checklist, values, label, record.status === 'finished');
	}

	private onChange(event: Event): void {
		const target = event.target as HTMLInputElement;
		if (target.dataset['select']) {
			if (target.checked) this.selected.add(target.dataset['select']);
			else this.selected.delete(target.dataset['select']);
			this.render();
		} else if (target.matches('[data-import-file]')) {
			const file = target.files?.[0];
			target.value = '';
			if (file) void this.importFile(file);
		}
	}

	/** Selected records, or every shown record when nothing is selected. */
	private chosen(): StoredRecord[] {
		const shown = this.visible();
		return this.selected.size ? shown.filter((r) => this.selected.has(r.id)) : shown;
	}

	private async onClick(event: Event): Promise<void> {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const { action, id } = button.dataset;
		switch (action) {
			case 'select-all':
				for (const r of this.visible()) this.selected.add(r.id);
				this.render();
				break;
			case 'select-none':
				this.selected.clear();
				this.render();
				break;
			case 'export-json': {
				const records = this.chosen();
				if (!records.length) return this.notice('没有可导出的记录。', 'warning');
				const { exportJson } = await import('../export/record-export.ts');
				await exportJson(records);
				this.notice(`已导出 ${records.length} 条记录（JSON）。`, 'ok');
				break;
			}
			case 'export-csv': {
				const records = this.chosen();
				const { exportCsv } = await import('../export/record-export.ts');
				const catalog = await this.templates();
				if (!catalog) return;
				const files = exportCsv(catalog.forms, records);
				this.notice(
					files ? `已导出 ${files} 个 CSV 文件（每种表单一个）。` : '所选记录中没有表单记录；清单记录请导出 JSON。',
					files ? 'ok' : 'warning',
				);
				break;
			}
			case 'delete':
			case 'restore':
				if (id) await this.setDeleted([id], action === 'delete');
				break;
			case 'delete-selected':
				await this.setDeleted([...this.selected], true);
				break;
			case 'undo':
				await this.setDeleted((button.dataset['ids'] ?? '').split(',').filter(Boolean), false);
				break;
		}
	}

	private async setDeleted(ids: string[], deleted: boolean): Promise<void> {
		if (!this.store || !ids.length) return;
		const now = toOffsetIso(new Date());
		const changed = this.records
			.filter((r) => ids.includes(r.id))
			.map((r) => {
				const { deletedAt: _drop, ...rest } = r;
				return deleted ? { ...rest, deletedAt: now, revision: r.revision + 1 } : { ...rest, revision: r.revision + 1 };
			});
		try {
			await this.store.putAll(changed);
		} catch (error) {
			return this.notice(storeMessage(error), 'error');
		}
		this.selected.clear();
		await this.load();
		if (deleted)
			this.notice(`已删除 ${changed.length} 条记录。`, 'ok', { label: '撤销', ids: changed.map((r) => r.id) });
		else this.notice(`已恢复 ${changed.length} 条记录。`, 'ok');
	}

	private async importFile(file: File): Promise<void> {
		const { showImportPreview } = await import('./import-preview.ts');
		const catalog = await this.templates();
		if (!catalog) return;
		const panel = this.querySelector<HTMLElement>('[data-import]')!;
		await showImportPreview(panel, file, this.records, catalog, async (writes) => {
			if (!this.store) throw new StoreError('unavailable');
			await this.store.putAll(writes);
			await this.load();
		});
	}

	/** Every template's fields and rules, fetched once when export or import first needs them. */
	private async templates(): Promise<TemplateCatalog | undefined> {
		this.fullCatalog ??= fetch(templateCatalogHref).then((response) => {
			if (!response.ok) throw new Error(String(response.status));
			return response.json() as Promise<TemplateCatalog>;
		});
		try {
			return await this.fullCatalog;
		} catch {
			this.fullCatalog = undefined;
			this.notice('表单目录没有载入（网络或站点问题），请稍后重试；本机记录没有改动。', 'error');
			return undefined;
		}
	}

	private notice(message: string, tone: 'ok' | 'warning' | 'error', undo?: { label: string; ids: string[] }): void {
		const box = this.querySelector<HTMLElement>('[data-notice]')!;
		box.className = `banner banner--${tone}`;
		box.replaceChildren(el('p', {}, message));
		if (undo) {
			const button = el('button', { type: 'button', className: 'button button--small' }, undo.label);
			button.dataset['action'] = 'undo';
			button.dataset['ids'] = undo.ids.join(',');
			box.append(button);
		}
		box.hidden = false;
	}
}

customElements.define('gc-records', RecordsElement);
