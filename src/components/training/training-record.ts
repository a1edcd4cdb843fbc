/**
 * <gc-training-record>: reads the training entries, fills the 培训记录表 (path progress,
 * quiz attempts, acknowledgements) as text, keeps the profile, and exports and prints.
 */
import { el } from '../dom.ts';
import { APP_VERSION } from '../../lib/app-version.ts';
import type { Acknowledgement, QuizAttempt, TrainingEntry } from '../../lib/training/entries.ts';
import { progressFor, progressLabel } from '../../lib/training/progress.ts';
import type { TrainingCatalog } from '../../lib/training/catalog.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';
import { storeMessage } from '../../lib/storage/database.ts';
import { exportFileName } from '../../lib/records/export-json.ts';
import { formatDateTime, nowIso } from '../../lib/records/time.ts';
import { downloadText } from '../export/download.ts';

function table(target: HTMLTableElement, header: string[], rows: string[][], empty: string): void {
	const caption = target.querySelector('caption');
	const body = rows.length
		? rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))
		: [el('tr', {}, el('td', { colSpan: header.length }, empty))];
	target.replaceChildren(
		...(caption ? [caption] : []),
		el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
		el('tbody', {}, ...body),
	);
}

class TrainingRecordElement extends HTMLElement {
	private catalog!: TrainingCatalog;
	private store: TrainingStore | undefined;
	private entries: TrainingEntry[] = [];

	connectedCallback(): void {
		this.catalog = JSON.parse(this.querySelector('script[data-training-catalog]')!.textContent!) as TrainingCatalog;
		this.querySelector('[data-no-js]')?.remove();
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		const profile = this.querySelector<HTMLFormElement>('[data-profile]')!;
		profile.addEventListener('change', () => void this.saveProfile(profile));
		profile.addEventListener('submit', (event) => event.preventDefault());
		this.addEventListener('click', (event) => void this.onClick(event));
		void this.start(profile);
	}

	private async start(profile: HTMLFormElement): Promise<void> {
		try {
			this.store = await TrainingStore.open();
			const { entries, damaged } = await this.store.list();
			this.entries = entries;
			if (damaged) this.notice(`有 ${damaged} 条培训记录已损坏，无法读取。`);
		} catch (error) {
			this.notice(storeMessage(error));
		}
		const current = this.profile();
		(profile.elements.namedItem('name') as HTMLInputElement).value = current.name;
		(profile.elements.namedItem('role') as HTMLSelectElement).value = current.role;
		this.render();
	}

	private profile(): { name: string; role: string } {
		const entry = this.entries.find((e) => e.kind === 'profile');
		return entry?.kind === 'profile' ? { name: entry.name, role: entry.role } : { name: '', role: '' };
	}

	private async saveProfile(form: HTMLFormElement): Promise<void> {
		const data = new FormData(form);
		const entry: TrainingEntry = {
			kind: 'profile',
			id: 'profile',
			name: String(data.get('name') ?? '')
				.trim()
				.slice(0, 20),
			role: String(data.get('role') ?? ''),
			updatedAt: nowIso(),
		};
		this.entries = [...this.entries.filter((e) => e.kind !== 'profile'), entry];
		this.render();
		try {
			await this.store?.put(entry);
		} catch (error) {
			this.notice(storeMessage(error));
		}
	}

	private render(): void {
		const { name, role } = this.profile();
		const roleInfo = this.catalog.roles.find((r) => r.id === role);
		const procedure = (id: string) => this.catalog.procedures.find((p) => p.id === id);
		this.querySelector<HTMLElement>('[data-who]')!.textContent =
			`姓名：${name || '＿＿＿＿'}　岗位：${roleInfo?.name ?? '＿＿＿＿'}`;
		const path = roleInfo?.learningPath ?? [];
		table(
			this.querySelector<HTMLTableElement>('[data-path-table]')!,
			['序号', '规程', '版号', '进度', '自测', '阅读确认'],
			path.map((id, i) => {
				const p = procedure(id)!;
				if (p.status === 'planned') return [String(i + 1), `${p.title}（${p.code}）`, p.version, '尚未起草', '—', '—'];
				const progress = progressFor(id, p.version, p.hasQuiz, this.entries);
				const quiz = progress.quiz
					? `${progress.quiz.score}% ${progress.quiz.passed ? '通过' : '未通过'}`
					: p.hasQuiz
						? '未做'
						: '—';
				const ack = progress.ack
					? `${progress.ack.date}（${progress.ack.procedureVersion}）${progress.ackState === 'outdated' ? ' 需重新确认' : ''}`
					: '未确认';
				return [String(i + 1), `${p.title}（${p.code}）`, p.version, progressLabel(progress), quiz, ack];
			}),
			'请先在上面选择岗位。',
		);
		const attempts = this.entries
			.filter((e): e is QuizAttempt => e.kind === 'quiz')
			.sort((a, b) => (a.at < b.at ? -1 : 1));
		table(
			this.querySelector<HTMLTableElement>('[data-quiz-table]')!,
			['规程', '版号', '时间', '成绩', '结果'],
			attempts.map((a) => [
				procedure(a.procedure)?.title ?? a.procedure,
				a.procedureVersion,
				formatDateTime(a.at),
				`${a.correct}/${a.total}（${a.score}%）`,
				a.passed ? '通过' : '未通过',
			]),
			'还没有自测记录。',
		);
		const acks = this.entries
			.filter((e): e is Acknowledgement => e.kind === 'ack')
			.sort((a, b) => (a.at < b.at ? -1 : 1));
		table(
			this.querySelector<HTMLTableElement>('[data-ack-table]')!,
			['规程', '确认版号', '姓名', '日期', '状态'],
			acks.map((a) => {
				const current = procedure(a.procedure)?.version;
				return [
					procedure(a.procedure)?.title ?? a.procedure,
					a.procedureVersion,
					a.name,
					a.date,
					current === a.procedureVersion ? '有效' : `需重新确认（现行 ${current ?? '?'}）`,
				];
			}),
			'还没有阅读确认。',
		);
		this.querySelector<HTMLElement>('[data-printed-at]')!.textContent = `打印时间 ${formatDateTime(nowIso())}`;
	}

	private async onClick(event: Event): Promise<void> {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const { trainingCsv, trainingJson } = await import('../../lib/training/record-export.ts');
		const who = this.profile().name || '未署名';
		switch (button.dataset['action']) {
			case 'export-csv':
				downloadText(
					exportFileName(`培训记录-${who}`, new Date(), 'csv'),
					trainingCsv(this.entries, this.catalog, this.profile()),
					'text/csv;charset=utf-8',
				);
				break;
			case 'export-json':
				downloadText(
					exportFileName(`培训记录-${who}`, new Date(), 'json'),
					await trainingJson(this.entries, APP_VERSION, nowIso()),
					'application/json',
				);
				break;
			case 'print':
				window.print();
				break;
		}
	}

	private notice(message: string): void {
		const box = this.querySelector<HTMLElement>('[data-notice]')!;
		box.className = 'banner banner--error';
		box.setAttribute('role', 'alert');
		box.replaceChildren(el('p', {}, message));
		box.hidden = false;
	}
}

customElements.define('gc-training-record', TrainingRecordElement);
