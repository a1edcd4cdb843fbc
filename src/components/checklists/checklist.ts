/**
 * <gc-checklist>: a checklist run saved on this device. Operational: each tick, or 不适用,
 * records the time and the operator. Audit: 符合 / 不符合 / 不适用 with evidence, and a score.
 * The run autosaves through RecordSession; "完成" validates (a 不符合 needs evidence; an audit
 * with items open lists them and asks why) and marks the run finished. `checklist-widgets.ts`
 * loads this on first use (`../upgrade.ts`); the id, kind, items and origin come from the
 * server-rendered HTML.
 */
import {
	finishRun,
	runSummary,
	unreviewedItems,
	type AuditRun,
	type AuditResult,
	type ChecklistRunValues,
	type ChecklistShape,
	type OperationalRun,
} from '../../lib/records/checklist-run.ts';
import { shortId, type RecordOrigin, type StoredRecord } from '../../lib/records/record.ts';
import { formatDateTime, nowIso, toOffsetIso } from '../../lib/records/time.ts';
import { checklistHref } from '../../lib/links.ts';
import { bannerIn } from '../banner.ts';
import { RecordSession } from '../record-session.ts';
import { showUnreviewed, typedReason, unreviewedBox } from './unreviewed-list.ts';

class ChecklistElement extends HTMLElement {
	/** Its id, kind and items, read from the server-rendered HTML. */
	private checklist!: ChecklistShape & { id: string; title: string; items: Array<{ id: string; text: string }> };
	private form!: HTMLFormElement;
	private session!: RecordSession;
	/** The run's values; ticks keep their first time and operator, so they live here, not only in the DOM. */
	private values: ChecklistRunValues = { items: {} };

	connectedCallback(): void {
		const data = this.dataset as Record<string, string>;
		this.checklist = {
			id: data['template']!,
			kind: data['kind'] === 'audit' ? 'audit' : 'operational',
			title: this.querySelector('.checklist__title')!.textContent!,
			items: [...this.querySelectorAll<HTMLElement>('[data-item]')].map((li) => {
				// An id to link to from the list of unreviewed items (`--`: no slug makes it, so none clashes).
				li.id ||= `cl-${data['template']}--item-${li.dataset['item']}`;
				const label = li.querySelector('legend, .checklist__tick > span')?.firstChild?.textContent ?? '';
				return { id: li.dataset['item']!, text: label.trim() };
			}),
		};
		const origin: RecordOrigin = {
			kind: 'checklist',
			template: this.checklist.id,
			templateCode: data['templateCode']!,
			templateVersion: data['templateVersion']!,
			procedure: data['procedure']!,
			procedureVersion: data['procedureVersion']!,
		};
		this.form = this.querySelector('form')!;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		const isAudit = this.checklist.kind === 'audit';
		this.session = new RecordSession(origin, {
			read: () => this.values as unknown as Record<string, unknown>,
			title: (values) =>
				isAudit ? ((values as unknown as AuditRun).scope ?? '') : ((values as unknown as OperationalRun).caseRef ?? ''),
			show: (record) => this.show(record),
			status: (message) => this.say(message),
			saved: (record) => this.showProgress(record),
			problem: bannerIn(this),
		});
		this.adoptPage();
		this.form.addEventListener('change', (event) => this.onChange(event.target as HTMLInputElement));
		this.form.addEventListener('input', (event) => {
			if ((event.target as HTMLElement).matches('textarea, input[type="text"]'))
				this.onChange(event.target as HTMLInputElement);
		});
		this.form.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('click', (event) => void this.onClick(event));
		const params = new URLSearchParams(location.search);
		// ?run= and ?new= in the address belong to the checklist named in the hash; others on the page start normally.
		const mine = location.hash === `#checklist-${this.checklist.id}`;
		void this.session.start(mine ? params.get('run') : null, mine && params.has('new'));
	}

	/** Takes what was ticked and typed before this code arrived (the first tap loads it) as the run's values. */
	private adoptPage(): void {
		const controls = [...this.form.querySelectorAll<HTMLInputElement>('input, textarea')];
		const touched = (c: HTMLInputElement) => (c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value !== '');
		// Meta fields first, so a tick adopted below is stamped with the operator already typed.
		// Checked again one by one: a tick clears the same item's 不适用 (and the reverse), the first one wins.
		for (const control of controls.sort((a, b) => Number(a.name.includes('.')) - Number(b.name.includes('.'))))
			if (touched(control)) this.onChange(control, control.dataset['changedAt']);
	}

	private operator(): string {
		return (this.form.elements.namedItem('operator') as HTMLInputElement | null)?.value.trim() ?? '';
	}

	private onChange(target: HTMLInputElement | HTMLTextAreaElement, changedAt?: string): void {
		// The reason for unreviewed items is read when the audit is finished.
		if (target.closest('[data-open]')) return;
		const name = target.name;
		const now = toOffsetIso(changedAt ? new Date(changedAt) : new Date());
		if (this.checklist.kind === 'operational') {
			const run = this.values as OperationalRun;
			if (name === 'caseRef') run.caseRef = target.value;
			const [kind, id] = name.split('.') as [string, string];
			if (kind === 'done' || kind === 'na') {
				const checked = (target as HTMLInputElement).checked;
				const other = this.form.elements.namedItem(
					`${kind === 'done' ? 'na' : 'done'}.${id}`,
				) as HTMLInputElement | null;
				// Done and 不适用 exclude each other.
				if (checked && other) other.checked = false;
				if (!checked) delete run.items[id];
				else if (kind === 'done') run.items[id] = { done: true, at: now, by: this.operator() };
				else run.items[id] = { done: false, notApplicable: true, at: now, by: this.operator() };
				this.stamp(id);
			}
		} else {
			const run = this.values as AuditRun;
			if (name === 'auditor' || name === 'scope') run[name] = target.value;
			const [kind, id] = name.split('.') as [string, string];
			if (kind === 'result' || kind === 'evidence') {
				const result = this.form.querySelector<HTMLInputElement>(`[name="result.${CSS.escape(id)}"]:checked`)?.value as
					AuditResult | undefined;
				// Evidence typed before a verdict waits in its textarea until the verdict is chosen.
				if (!result) return;
				const evidence = (this.form.elements.namedItem(`evidence.${id}`) as HTMLTextAreaElement).value;
				run.items[id] = evidence ? { result, evidence, at: now } : { result, at: now };
				this.stamp(id);
				this.refreshOpen();
			}
		}
		// Before the store has opened there is no record yet; start() shows the progress then.
		if (this.session.record) this.showProgress(this.session.record);
		this.session.changed();
	}

	private show(record: StoredRecord): void {
		// A new run keeps whatever was ticked while the store was opening.
		if (!this.session.isStored) return this.showProgress(record);
		this.values = structuredClone(record.values) as unknown as ChecklistRunValues;
		this.values.items ??= {};
		this.form.reset();
		const set = (name: string, value: string) => {
			const control = this.form.elements.namedItem(name) as HTMLInputElement | null;
			if (control) control.value = value;
		};
		if (this.checklist.kind === 'operational') {
			const run = this.values as OperationalRun;
			set('caseRef', run.caseRef ?? '');
			const lastBy = Object.values(run.items).at(-1)?.by;
			if (lastBy) set('operator', lastBy);
			for (const [id, mark] of Object.entries(run.items)) {
				const box = this.form.querySelector<HTMLInputElement>(`[name="done.${CSS.escape(id)}"]`);
				if (box) box.checked = mark.done;
				const na = this.form.querySelector<HTMLInputElement>(`[name="na.${CSS.escape(id)}"]`);
				if (na) na.checked = !mark.done && mark.notApplicable === true;
			}
		} else {
			const run = this.values as AuditRun;
			set('auditor', run.auditor ?? '');
			set('scope', run.scope ?? '');
			for (const [id, mark] of Object.entries(run.items)) {
				for (const radio of this.form.querySelectorAll<HTMLInputElement>(`[name="result.${CSS.escape(id)}"]`))
					radio.checked = radio.value === mark.result;
				set(`evidence.${id}`, mark.evidence ?? '');
			}
		}
		for (const item of this.checklist.items) this.stamp(item.id);
		this.showProgress(record);
	}

	private stamp(id: string): void {
		const slot = this.querySelector<HTMLElement>(`[data-stamp="${CSS.escape(id)}"]`);
		if (!slot) return;
		const mark = this.values.items[id as keyof typeof this.values.items] as
			{ at: string; by?: string; notApplicable?: boolean } | undefined;
		slot.textContent = mark
			? `${mark.notApplicable ? '不适用 · ' : ''}${formatDateTime(mark.at)}${mark.by ? ` · ${mark.by}` : ''}`
			: '';
	}

	private showProgress(record: StoredRecord): void {
		const finished = record.status === 'finished';
		const state = finished ? '已完成' : this.session.isStored ? '进行中' : '未开始';
		this.querySelector<HTMLElement>('[data-progress]')!.textContent =
			`${runSummary(this.checklist, this.values, state, finished)}${this.session.isStored ? ` · 记录 ${shortId(record.id)}` : ''}`;
	}

	/**
	 * Finishes the run, or says what stands in the way: a 不符合 without evidence beside its item;
	 * audit items still open in a list (each linked to its item) with a required reason. With
	 * `withReason` the reason typed there is used. True when the values are ready to save as finished.
	 */
	private finish(withReason: boolean): boolean {
		const result = finishRun(this.checklist, this.values, withReason ? typedReason(this) : '', nowIso());
		if (result.ok) {
			unreviewedBox(this)?.remove();
			this.values = result.values;
			return true;
		}
		for (const slot of this.querySelectorAll<HTMLElement>('.checklist__item .field__error')) slot.hidden = true;
		const itemErrors = Object.entries(result.errors).filter(([path]) => path.startsWith('items.'));
		for (const [path, message] of itemErrors) {
			const slot = this.querySelector<HTMLElement>(
				`#cl-${CSS.escape(this.checklist.id)}-${CSS.escape(path.replace(/^items\./, ''))}-error`,
			);
			if (slot) {
				slot.textContent = message;
				slot.hidden = false;
			}
		}
		if (itemErrors.length) {
			this.say('有不符合项还没有写证据，请补充后再完成。');
			return false;
		}
		this.showOpen(result.unreviewed, withReason ? result.errors['unreviewed.reason'] : undefined);
		return false;
	}

	/** Brings an open list of unreviewed items up to date after a conclusion changed. */
	private refreshOpen(): void {
		const box = unreviewedBox(this);
		if (!box) return;
		const open = unreviewedItems(this.checklist, this.values as AuditRun);
		if (open.length) this.showOpen(open, undefined);
		else box.remove();
	}

	/** The audit items without a conclusion, linked to them, and the reason to finish anyway. */
	private showOpen(open: string[], error: string | undefined): void {
		const prefix = `cl-${this.checklist.id}`;
		const items = open.map((id) => {
			const at = this.checklist.items.findIndex((i) => i.id === id);
			return { id, number: at + 1, text: this.checklist.items[at]?.text ?? id };
		});
		showUnreviewed(this, this.querySelector('.checklist__actions')!, items, {
			reason: (this.values as AuditRun).unreviewed?.reason ?? '',
			error,
			hrefOf: (id) => `#${prefix}--item-${id}`,
			// A double hyphen: no item id (a slug) can make `${prefix}-<id>-error` this.
			errorId: `${prefix}--reason-error`,
		});
	}

	/** Moves to an item from the list of unreviewed ones, ready for its conclusion. */
	private goTo(id: string): void {
		const item = this.querySelector<HTMLElement>(`[data-item="${CSS.escape(id)}"]`);
		item?.scrollIntoView({ block: 'center' });
		item?.querySelector<HTMLInputElement>('input')?.focus({ preventScroll: true });
	}

	private async onClick(event: Event): Promise<void> {
		const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-goto]');
		if (link) {
			event.preventDefault();
			return this.goTo(link.dataset['goto']!);
		}
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const { session } = this;
		switch (button.dataset['action']) {
			case 'keep-reviewing': {
				const box = unreviewedBox(this);
				const first = box?.querySelector<HTMLElement>('a[data-goto]')?.dataset['goto'];
				box?.remove();
				if (first) this.goTo(first);
				break;
			}
			case 'finish':
			case 'finish-open': {
				if (!this.finish(button.dataset['action'] === 'finish-open')) return;
				session.changed();
				if (await session.write('finished'))
					this.say(`本次检查已完成并保存（${formatDateTime(session.record.updatedAt)}）。`);
				break;
			}
			case 'new':
				await session.flush();
				location.href = checklistHref(this.checklist.id, { fresh: Date.now() }, location.pathname);
				break;
			case 'export-json': {
				await session.flush();
				const { exportJson } = await import('../export/record-export.ts');
				await exportJson(
					[{ ...session.record, values: this.values as unknown as Record<string, unknown> }],
					this.checklist.title,
				);
				break;
			}
			case 'reload-latest':
				location.href = checklistHref(this.checklist.id, { run: session.record.id }, location.pathname);
				break;
			case 'save-as-new':
				this.querySelector<HTMLElement>('[data-banner]')!.hidden = true;
				await session.saveAsNew();
				break;
		}
	}

	private say(message: string): void {
		this.querySelector<HTMLElement>('[data-status]')!.textContent = message;
	}
}

customElements.define('gc-checklist', ChecklistElement);
