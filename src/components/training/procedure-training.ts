/**
 * <gc-procedure-training>: the learner's side of a procedure page. Records "opened" on
 * arrival and "read to the end" when the end of the text scrolls into view, shows the
 * progress line under the title, and takes the 阅读确认 stamped with the version.
 */
import { acknowledgement, type TrainingEntry } from '../../lib/training/entries.ts';
import { progressFor, progressLabel } from '../../lib/training/progress.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';
import { storeMessage } from '../../lib/storage/database.ts';
import { toOffsetIso } from '../../lib/records/time.ts';

interface TrainingPageData {
	procedure: string;
	version: string;
	hasQuiz: boolean;
}

class ProcedureTrainingElement extends HTMLElement {
	private data!: TrainingPageData;
	private store: TrainingStore | undefined;
	private entries: TrainingEntry[] = [];

	connectedCallback(): void {
		this.data = JSON.parse(this.querySelector('script[data-training-page]')!.textContent!) as TrainingPageData;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		this.querySelector('[data-no-js]')?.remove();
		const form = this.querySelector('form')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.acknowledge(form);
		});
		document.addEventListener('gc-training-changed', () => void this.refresh());
		void this.start(form);
	}

	private async start(form: HTMLFormElement): Promise<void> {
		try {
			this.store = await TrainingStore.open();
			await this.refresh();
			const existing = this.entries.find((e) => e.kind === 'progress' && e.procedure === this.data.procedure);
			if (!existing) {
				await this.put({
					kind: 'progress',
					id: `progress:${this.data.procedure}`,
					procedure: this.data.procedure,
					procedureVersion: this.data.version,
					openedAt: toOffsetIso(new Date()),
				});
			}
			this.watchEnd();
			const profile = this.entries.find((e) => e.kind === 'profile');
			(form.elements.namedItem('name') as HTMLInputElement).value = profile?.name ?? '';
			(form.elements.namedItem('role') as HTMLSelectElement).value = profile?.role ?? '';
		} catch (error) {
			this.state(storeMessage(error));
		}
		(form.elements.namedItem('date') as HTMLInputElement).value = toOffsetIso(new Date()).slice(0, 10);
	}

	/** Marks the procedure read once the end of its text has been on screen. */
	private watchEnd(): void {
		const marker = this.querySelector<HTMLElement>('[data-read-marker]')!;
		const observer = new IntersectionObserver((seen) => {
			if (!seen.some((s) => s.isIntersecting)) return;
			observer.disconnect();
			const progress = this.entries.find((e) => e.kind === 'progress' && e.procedure === this.data.procedure);
			if (progress && progress.kind === 'progress' && !progress.readAt)
				void this.put({ ...progress, readAt: toOffsetIso(new Date()) });
		});
		observer.observe(marker);
	}

	private async put(entry: TrainingEntry): Promise<void> {
		if (!this.store) return;
		await this.store.put(entry);
		await this.refresh();
	}

	private async refresh(): Promise<void> {
		if (!this.store) return;
		this.entries = (await this.store.list()).entries;
		const progress = progressFor(this.data.procedure, this.data.version, this.data.hasQuiz, this.entries);
		const parts = [
			progress.opened ? '已打开' : '未打开',
			progress.read ? '已读完' : '未读完',
			...(this.data.hasQuiz
				? [progress.quiz ? `自测 ${progress.quiz.score}% ${progress.quiz.passed ? '通过' : '未通过'}` : '未自测']
				: []),
			progress.ackState === 'current' ? '已确认' : progress.ackState === 'outdated' ? '需重新确认' : '未确认',
		];
		const line = document.querySelector<HTMLElement>('[data-training-status]');
		if (line) {
			line.textContent = `学习进度：${parts.join(' · ')}`;
			line.hidden = false;
			line.dataset['state'] = progressLabel(progress);
		}
		const ack = progress.ack;
		if (progress.ackState === 'current' && ack) {
			this.state(`${ack.name} 已于 ${ack.date} 确认阅读并理解本规程（版号 ${ack.procedureVersion}）。`);
		} else if (progress.ackState === 'outdated' && ack) {
			this.state(
				`需要重新确认：${ack.name} 于 ${ack.date} 确认的是版号 ${ack.procedureVersion}，本规程现行版号为 ${this.data.version}。请阅读修订记录中的变化后重新确认。`,
				true,
			);
		} else {
			this.state('读完本规程后，请在下面填写并确认。');
		}
	}

	private async acknowledge(form: HTMLFormElement): Promise<void> {
		const data = new FormData(form);
		const entry = {
			kind: 'ack' as const,
			id: crypto.randomUUID(),
			procedure: this.data.procedure,
			procedureVersion: this.data.version,
			name: String(data.get('name') ?? '').trim(),
			role: String(data.get('role') ?? ''),
			date: String(data.get('date') ?? ''),
			at: toOffsetIso(new Date()),
		};
		for (const slot of form.querySelectorAll<HTMLElement>('.field__error')) slot.hidden = true;
		const parsed = acknowledgement.safeParse(entry);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const slot = form.querySelector<HTMLElement>(`#ack-${String(issue.path[0])}-error`);
				if (slot) {
					slot.textContent = issue.message;
					slot.hidden = false;
				}
			}
			(form.elements.namedItem(String(parsed.error.issues[0]?.path[0])) as HTMLElement | null)?.focus();
			return;
		}
		if (!this.store) return this.state('浏览器不允许在本机保存，确认没有记录。请打印后在纸质培训记录上签字。', true);
		try {
			await this.store.put(parsed.data);
			await this.put({
				kind: 'profile',
				id: 'profile',
				name: parsed.data.name,
				role: parsed.data.role,
				updatedAt: parsed.data.at,
			});
		} catch (error) {
			this.state(storeMessage(error), true);
		}
	}

	private state(message: string, warn = false): void {
		const slot = this.querySelector<HTMLElement>('[data-ack-state]')!;
		slot.textContent = message;
		slot.classList.toggle('ack__state--warn', warn);
	}
}

customElements.define('gc-procedure-training', ProcedureTrainingElement);
