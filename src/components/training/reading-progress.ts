/**
 * The learner's reading progress on a procedure page, started when the browser is idle (or
 * on first use of 阅读确认): records "opened", and "read to the end" when the end of the
 * text scrolls into view; shows the progress line under the title and the state of the
 * 阅读确认, and fills the form with the learner's saved name, role and today's date.
 * Refreshes on `gc-training-changed` (a quiz attempt or an acknowledgement was stored).
 */
import type { TrainingEntry } from '../../lib/training/entries.ts';
import { ACK_STATE_LABEL, progressFor, progressLabel } from '../../lib/training/progress.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';
import { storeMessage } from '../../lib/storage/database.ts';
import { toOffsetIso } from '../../lib/records/time.ts';

interface PageFacts {
	procedure: string;
	version: string;
	hasQuiz: boolean;
}

let started: Promise<void> | undefined;

/** Starts tracking once per page; `host` is the <gc-procedure-training> element. */
export function trackReading(host: HTMLElement): Promise<void> {
	return (started ??= new ReadingProgress(host).start());
}

class ReadingProgress {
	private readonly facts: PageFacts;
	private readonly form: HTMLFormElement;
	private store: TrainingStore | undefined;
	private entries: TrainingEntry[] = [];

	constructor(private readonly host: HTMLElement) {
		const data = host.dataset as Record<string, string>;
		this.facts = { procedure: data['procedure']!, version: data['version']!, hasQuiz: data['hasQuiz'] === 'true' };
		this.form = host.querySelector('form')!;
	}

	async start(): Promise<void> {
		fillIfEmpty(this.form, 'date', toOffsetIso(new Date()).slice(0, 10));
		document.addEventListener('gc-training-changed', () => void this.refresh());
		try {
			this.store = await TrainingStore.open();
			await this.refresh();
			if (!this.progress()) {
				await this.put({
					kind: 'progress',
					id: `progress:${this.facts.procedure}`,
					procedure: this.facts.procedure,
					procedureVersion: this.facts.version,
					openedAt: toOffsetIso(new Date()),
				});
			}
			this.watchEnd();
			const profile = this.entries.find((e) => e.kind === 'profile');
			fillIfEmpty(this.form, 'name', profile?.name ?? '');
			fillIfEmpty(this.form, 'role', profile?.role ?? '');
		} catch (error) {
			showAckState(this.host, storeMessage(error));
		}
	}

	private progress(): TrainingEntry | undefined {
		return this.entries.find((e) => e.kind === 'progress' && e.procedure === this.facts.procedure);
	}

	/** Marks the procedure read once the end of its text has been on screen. */
	private watchEnd(): void {
		const marker = this.host.querySelector<HTMLElement>('[data-read-marker]')!;
		const observer = new IntersectionObserver((seen) => {
			if (!seen.some((s) => s.isIntersecting)) return;
			observer.disconnect();
			const progress = this.progress();
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
		const { procedure, version, hasQuiz } = this.facts;
		const progress = progressFor(procedure, version, hasQuiz, this.entries);
		const parts = [
			progress.opened ? '已打开' : '未打开',
			progress.read ? '已读完' : '未读完',
			...(hasQuiz
				? [progress.quiz ? `自测 ${progress.quiz.score}% ${progress.quiz.passed ? '通过' : '未通过'}` : '未自测']
				: []),
			ACK_STATE_LABEL[progress.ackState],
		];
		const line = document.querySelector<HTMLElement>('[data-training-status]');
		if (line) {
			line.textContent = `学习进度：${parts.join(' · ')}`;
			line.hidden = false;
			line.dataset['state'] = progressLabel(progress);
		}
		const ack = progress.ack;
		if (progress.ackState === 'current' && ack) {
			showAckState(this.host, `${ack.name} 已于 ${ack.date} 确认阅读并理解本规程（版号 ${ack.procedureVersion}）。`);
		} else if (progress.ackState === 'outdated' && ack) {
			showAckState(
				this.host,
				`需要重新确认：${ack.name} 于 ${ack.date} 确认的是版号 ${ack.procedureVersion}，本规程现行版号为 ${version}。请阅读修订记录中的变化后重新确认。`,
				true,
			);
		} else {
			showAckState(this.host, '读完本规程后，请在下面填写并确认。');
		}
	}
}

/** Puts `value` into the form's control `name` unless the learner has already filled it. */
function fillIfEmpty(form: HTMLFormElement, name: string, value: string): void {
	const control = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
	if (control && !control.value) control.value = value;
}

/** The line above the 阅读确认 form: what was confirmed, or what is asked. */
export function showAckState(host: HTMLElement, message: string, warn = false): void {
	const slot = host.querySelector<HTMLElement>('[data-ack-state]')!;
	slot.textContent = message;
	slot.classList.toggle('ack__state--warn', warn);
}
