/**
 * <gc-quiz>: grades the self-check quiz, marks each question right or wrong with the right
 * answer and a link to its clause, and stores the attempt (score, pass, version).
 * `procedure-widgets.ts` loads this on first use (`../upgrade.ts`); the answer key is fetched
 * then too (`quiz-key.ts`), and everything else is read from the page's HTML.
 */
import type { Quiz, QuizQuestion } from '../../schemas/quiz.ts';
import { gradeQuiz, type Answer } from '../../lib/training/quiz-grading.ts';
import { answerOfValue, questionName, type QuizKey } from '../../lib/training/quiz-key.ts';
import { TrainingStore } from '../../lib/training/training-store.ts';
import { toOffsetIso } from '../../lib/records/time.ts';
import { el } from '../dom.ts';

interface QuizPageData {
	quiz: Pick<Quiz, 'questions' | 'passMark'>;
	key: QuizKey;
	procedure: string;
	version: string;
}

/** A question's kind follows from its answer's shape, which the schema ties to the kind. */
const typeOfAnswer = (answer: Answer): QuizQuestion['type'] =>
	Array.isArray(answer) ? 'multiple' : typeof answer === 'boolean' ? 'truefalse' : 'single';

const questionItems = (host: HTMLElement): HTMLElement[] => [...host.querySelectorAll<HTMLElement>('.quiz__question')];

/** Rebuilds the gradable quiz from the server-rendered questions and the fetched answer key. */
async function readQuiz(host: HTMLElement): Promise<QuizPageData> {
	const data = host.dataset as Record<string, string>;
	const response = await fetch(data['key']!);
	if (!response.ok) throw new Error(`answer key: HTTP ${response.status}`);
	const key = (await response.json()) as QuizKey;
	const questions = questionItems(host).map((li, index) => {
		const { id, answer } = key.questions[index]!;
		const options = [...li.querySelectorAll<HTMLInputElement>('input')].map((input) => ({
			id: String(answerOfValue(key.questions[index]!, input.value)),
			text: input.closest('label')!.textContent!.trim(),
		}));
		return { id, type: typeOfAnswer(answer), answer, options, clause: '', explanation: '' };
	}) as Quiz['questions'];
	return { quiz: { questions, passMark: key.passMark }, key, procedure: data['procedure']!, version: data['version']! };
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
	/** The key, asked for as soon as the reader starts; asked again at 交卷 if it did not arrive. */
	private data: Promise<QuizPageData> | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form')!;
		const status = this.querySelector<HTMLElement>('[data-result]')!;
		for (const hidden of this.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
		const retry = this.querySelector<HTMLButtonElement>('[data-retry]')!;
		const load = (): Promise<QuizPageData> =>
			(this.data ??= readQuiz(this).catch((error: unknown) => {
				this.data = undefined;
				throw error;
			}));
		load().catch(() => {});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			load().then(
				(data) => this.grade(data, form, retry),
				() => (status.textContent = '答案未能加载，请检查网络后再交卷；已选的答案仍在。'),
			);
		});
		retry.addEventListener('click', () => {
			form.reset();
			for (const feedback of this.querySelectorAll<HTMLElement>('.quiz__feedback')) feedback.hidden = true;
			for (const question of questionItems(this)) question.classList.remove('is-right', 'is-wrong');
			status.textContent = '';
			retry.hidden = true;
			this.querySelector<HTMLElement>('.quiz__question input')?.focus();
		});
	}

	private async grade(data: QuizPageData, form: HTMLFormElement, retry: HTMLButtonElement): Promise<void> {
		const formData = new FormData(form);
		const answers: Record<string, Answer> = {};
		data.key.questions.forEach((question, index) => {
			const given = formData.getAll(questionName(index)).map((value) => answerOfValue(question, String(value)));
			if (!given.length) return;
			answers[question.id] = Array.isArray(question.answer) ? (given as string[]) : given[0]!;
		});
		const result = gradeQuiz(data.quiz, answers);
		const items = questionItems(this);
		result.results.forEach((item, index) => {
			const question = items[index]!;
			question.classList.toggle('is-right', item.correct);
			question.classList.toggle('is-wrong', !item.correct);
			const feedback = question.querySelector<HTMLElement>('.quiz__feedback')!;
			const [verdict, expected] = feedbackLines(feedback);
			verdict.textContent = item.correct ? '✓ 回答正确' : '✗ 回答错误';
			expected.textContent = item.correct ? '' : `正确答案：${item.expected}`;
			feedback.hidden = false;
		});
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
