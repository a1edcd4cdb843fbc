/**
 * <gc-procedure-training>: takes the 阅读确认 on a procedure page, stamped with the
 * procedure's version, and remembers the learner's name and role for the next one.
 * `procedure-widgets.ts` loads this on first use of the form (`../upgrade.ts`), with
 * `reading-progress.ts`, which shows the result once `gc-training-changed` is announced.
 */
import { acknowledgement } from '../../lib/training/entries.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';
import { storeMessage } from '../../lib/storage/database.ts';
import { toOffsetIso } from '../../lib/records/time.ts';
import { showAckState } from './reading-progress.ts';

class AcknowledgeElement extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.acknowledge(form);
		});
	}

	private async acknowledge(form: HTMLFormElement): Promise<void> {
		const data = new FormData(form);
		const entry = {
			kind: 'ack' as const,
			id: crypto.randomUUID(),
			procedure: this.dataset['procedure']!,
			procedureVersion: this.dataset['version']!,
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
		let store: TrainingStore;
		try {
			store = await TrainingStore.open();
		} catch {
			return showAckState(this, '浏览器不允许在本机保存，确认没有记录。请打印后在纸质培训记录上签字。', true);
		}
		try {
			await store.put(parsed.data);
			await store.put({
				kind: 'profile',
				id: 'profile',
				name: parsed.data.name,
				role: parsed.data.role,
				updatedAt: parsed.data.at,
			});
			document.dispatchEvent(new CustomEvent('gc-training-changed'));
		} catch (error) {
			showAckState(this, storeMessage(error), true);
		}
	}
}

customElements.define('gc-procedure-training', AcknowledgeElement);
