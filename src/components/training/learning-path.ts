/** <gc-learning-path>: shows the learner's progress on each step of a role's path. */
import { progressFor, progressLabel } from '../../lib/training/progress.ts';
import type { TrainingCatalog } from '../../lib/training/catalog.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';

class LearningPathElement extends HTMLElement {
	connectedCallback(): void {
		void this.show();
	}

	private async show(): Promise<void> {
		const catalog = JSON.parse(this.querySelector('script[data-learning-page]')!.textContent!) as TrainingCatalog & {
			role: string;
		};
		const summary = this.querySelector<HTMLElement>('[data-path-summary]')!;
		let entries;
		try {
			entries = (await (await TrainingStore.open()).list()).entries;
		} catch {
			summary.textContent = '浏览器不允许在本机保存，学习进度无法记录。';
			return;
		}
		const path = catalog.roles.find((r) => r.id === catalog.role)?.learningPath ?? [];
		let complete = 0;
		let active = 0;
		for (const id of path) {
			const procedure = catalog.procedures.find((p) => p.id === id)!;
			if (procedure.status === 'planned') continue;
			active++;
			const progress = progressFor(id, procedure.version, procedure.hasQuiz, entries);
			if (progress.complete) complete++;
			const slot = this.querySelector<HTMLElement>(`[data-progress-for="${CSS.escape(id)}"]`)!;
			slot.textContent = progressLabel(progress);
			slot.dataset['state'] = progress.complete
				? 'done'
				: progress.ackState === 'outdated'
					? 'outdated'
					: progress.opened
						? 'started'
						: 'todo';
		}
		summary.textContent = `已完成 ${complete}/${active} 个规程`;
	}
}

customElements.define('gc-learning-path', LearningPathElement);
