/**
 * <gc-quiz>: grades the self-check quiz, marks each question right or wrong with the right
 * answer and a link to its clause, and stores the attempt (score, pass, version).
 * `procedure-widgets.ts` loads this on first use (`../upgrade.ts`); the page carries only the
 * answer key, everything else is read from its HTML.
 */
import type { Quiz, QuizQuestion } from '../../schemas/quiz.ts';
import { gradeQuiz, type Answer } from '../../lib/training/quiz-grading.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';
import { toOffsetIso } from '../../lib/records/time.ts';
import { el } from '../dom.ts';

/** The page data of a quiz: its pass mark and each question's answer, by question id. */
export interface QuizKey {
	passMark: number;
	answers: Record<string, Answer>;
}

interface QuizPageData {
	quiz: Pick<Quiz, 'questions' | 'passMark'>;
	procedure: string;
	version: string;
}

/** A question's kind follows from its answer's shape, which the schema ties to the kind. */
const typeOfAnswer = (answer: Answer): QuizQuestion['type'] =>
	Array.isArray(answer) ? 'multiple' : typeof answer === 'boolean' ? 'truefalse' : 'single';

/** Rebuilds the gradable quiz from the server-rendered questions and the answer key. */
function readQuiz(host: HTMLElement): QuizPageData {
	const key = JSON.parse(host.querySelector('script[data-quiz-key]')!.textContent!) as QuizKey;
	const questions = [...host.querySelectorAll<HTMLElement>('[data-question]')].map((li) => {
		const id = li.dataset['question']!;
		const options = [...li.querySelectorAll<HTMLInputElement>('input')].map((input) => ({
			id: input.value,
			text: input.closest('label')!.textContent!.trim(),
		}));
		const answer = key.answers[id]!;
		return { id, type: typeOfAnswer(answer), answer, options, clause: '', explanation: '' };
	}) as Quiz['questions'];
	const data = host.dataset as Record<string, string>;
	return { quiz: { questions, passMark: key.passMark }, procedure: data['procedure']!, version: data['version']! };
}

/** The verdict and expected-answer lines above a question's explanation, made on first grading. */
function feedbackLines(feedback: HTMLElement): [HTMLElement, HTMLElement] {
	let verdict = feedback.querySelector<HTMLElement>('.quiz__verdict');
	if (!verdict) {
		verdict = el('p', { className: 'quiz__verdict' });
		feedback.prepend(verdict, el('p', { className: 'quiz__expected' }));
	}
	return [verdict, feedback.querySelector<HTMLElement>('.quiz__expected')!];
}

class QuizElement extends HTMLElement {
	connectedCallback(): void {
		const data = readQuiz(this);
		const form = this.querySelector('form')!;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		const retry = this.querySelector<HTMLButtonElement>('[data-retry]')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.grade(data, form, retry);
		});
		retry.addEventListener('click', () => {
			form.reset();
			for (const feedback of this.querySelectorAll<HTMLElement>('.quiz__feedback')) feedback.hidden = true;
			for (const question of this.querySelectorAll<HTMLElement>('[data-question]'))
				question.classList.remove('is-right', 'is-wrong');
			this.querySelector<HTMLElement>('[data-result]')!.textContent = '';
			retry.hidden = true;
			this.querySelector<HTMLElement>('[data-question] input')?.focus();
		});
	}

	private async grade(data: QuizPageData, form: HTMLFormElement, retry: HTMLButtonElement): Promise<void> {
		const formData = new FormData(form);
		const answers: Record<string, Answer> = {};
		for (const question of data.quiz.questions) {
			const values = formData.getAll(question.id).map(String);
			if (!values.length) continue;
			answers[question.id] =
				question.type === 'multiple' ? values : question.type === 'truefalse' ? values[0] === 'true' : values[0]!;
		}
		const result = gradeQuiz(data.quiz, answers);
		for (const item of result.results) {
			const question = this.querySelector<HTMLElement>(`[data-question="${CSS.escape(item.id)}"]`)!;
			question.classList.toggle('is-right', item.correct);
			question.classList.toggle('is-wrong', !item.correct);
			const feedback = question.querySelector<HTMLElement>('.quiz__feedback')!;
			const [verdict, expected] = feedbackLines(feedback);
			verdict.textContent = item.correct ? '✓ 回答正确' : '✗ 回答错误';
			expected.textContent = item.correct ? '' : `正确答案：${item.expected}`;
			feedback.hidden = false;
		}
		const message = result.passed
			? `通过：答对 ${result.correct}/${result.total} 题（${result.score}%）。`
			: `未通过：答对 ${result.correct}/${result.total} 题（${result.score}%），需要 ${Math.round(data.quiz.passMark * 100)}%。请阅读标出的条款后再做一次。`;
		const status = this.querySelector<HTMLElement>('[data-result]')!;
		status.textContent = message;
		retry.hidden = false;
		try {
			const store = await TrainingStore.open();
			await store.put({
				kind: 'quiz',
				id: crypto.randomUUID(),
				procedure: data.procedure,
				procedureVersion: data.version,
				at: toOffsetIso(new Date()),
				correct: result.correct,
				total: result.total,
				score: result.score,
				passed: result.passed,
				answers,
			});
			document.dispatchEvent(new CustomEvent('gc-training-changed'));
		} catch {
			status.textContent = `${message}（浏览器不允许保存，成绩未记录。）`;
		}
	}
}

customElements.define('gc-quiz', QuizElement);
