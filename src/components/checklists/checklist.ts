/**
 * <gc-checklist>: a checklist run saved on this device. Operational: each tick records
 * the time and the operator. Audit: 符合 / 不符合 / 不适用 with evidence, and a score.
 * The run autosaves through RecordSession; "完成" validates (a 不符合 needs evidence) and
 * marks the run finished. `checklist-widgets.ts` loads this on first use (`../upgrade.ts`);
 * the id, kind, item ids and origin come from the server-rendered HTML.
 */
import {
	runProgress,
	validateRun,
	type AuditRun,
	type AuditResult,
	type ChecklistRunValues,
	type ChecklistShape,
	type OperationalRun,
} from '../../lib/records/checklist-run.ts';
import { shortId, type RecordOrigin, type StoredRecord } from '../../lib/records/record.ts';
import { formatDateTime, toOffsetIso } from '../../lib/records/time.ts';
import { checklistHref } from '../../lib/links.ts';
import { bannerIn } from '../banner.ts';
import { RecordSession } from '../record-session.ts';

class ChecklistElement extends HTMLElement {
	/** Its id, kind and item ids, read from the server-rendered HTML. */
	private checklist!: ChecklistShape & { id: string; title: string };
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
			items: [...this.querySelectorAll<HTMLElement>('[data-item]')].map((li) => ({ id: li.dataset['item']! })),
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
		const touched = controls.filter((c) => (c.type === 'checkbox' || c.type === 'radio' ? c.checked : c.value !== ''));
		// Meta fields first, so a tick adopted below is stamped with the operator already typed.
		for (const control of touched.sort((a, b) => Number(a.name.includes('.')) - Number(b.name.includes('.'))))
			this.onChange(control, control.dataset['changedAt']);
	}

	private operator(): string {
		return (this.form.elements.namedItem('operator') as HTMLInputElement | null)?.value.trim() ?? '';
	}

	private onChange(target: HTMLInputElement | HTMLTextAreaElement, changedAt?: string): void {
		const name = target.name;
		const now = toOffsetIso(changedAt ? new Date(changedAt) : new Date());
		if (this.checklist.kind === 'operational') {
			const run = this.values as OperationalRun;
			if (name === 'caseRef') run.caseRef = target.value;
			if (name.startsWith('done.')) {
				const id = name.slice(5);
				if ((target as HTMLInputElement).checked) run.items[id] = { done: true, at: now, by: this.operator() };
				else delete run.items[id];
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
		const mark = this.values.items[id as keyof typeof this.values.items] as { at: string; by?: string } | undefined;
		slot.textContent = mark ? `${formatDateTime(mark.at)}${mark.by ? ` · ${mark.by}` : ''}` : '';
	}

	private showProgress(record: StoredRecord): void {
		const progress = runProgress(this.checklist, this.values);
		const state = record.status === 'finished' ? '已完成' : this.session.isStored ? '进行中' : '未开始';
		const body =
			this.checklist.kind === 'audit'
				? `已审核 ${progress.answered}/${progress.total} 项 · 符合率 ${progress.score === null ? '—' : `${progress.score}%`} · 不符合 ${progress.nonConformities.length} 项`
				: `已完成 ${progress.answered}/${progress.total} 项`;
		this.querySelector<HTMLElement>('[data-progress]')!.textContent =
			`${state} · ${body}${this.session.isStored ? ` · 记录 ${shortId(record.id)}` : ''}`;
	}

	private async onClick(event: Event): Promise<void> {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const { session } = this;
		switch (button.dataset['action']) {
			case 'finish': {
				for (const slot of this.querySelectorAll<HTMLElement>('.field__error')) slot.hidden = true;
				const result = validateRun(this.checklist, this.values);
				if (!result.ok) {
					for (const [path, message] of Object.entries(result.errors)) {
						const slot = this.querySelector<HTMLElement>(
							`#cl-${CSS.escape(this.checklist.id)}-${CSS.escape(path.replace(/^items\./, ''))}-error`,
						);
						if (slot) {
							slot.textContent = message;
							slot.hidden = false;
						}
					}
					this.say('有不符合项还没有写证据，请补充后再完成。');
					return;
				}
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
