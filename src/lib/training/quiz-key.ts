/**
 * The quiz's answer key, kept off the page and fetched when the reader starts the quiz.
 *
 * The page carries the questions as a plain form whose controls have short names and values
 * (`q1`, `1`, `2` …): a procedure page is read far more often than its quiz is taken, so the
 * question and option ids and the answers travel only to the reader who answers. The key maps
 * those short names back to the content's ids, which are what an attempt stores and exports.
 */
import type { Quiz } from '../../schemas/quiz.ts';
import type { Answer } from './quiz-grading.ts';

export interface QuizKey {
	passMark: number;
	/** In page order: each question's id, its option ids by position (none for 对/错), its answer. */
	questions: Array<{ id: string; options: string[]; answer: Answer }>;
}

/** The form control name of the question at `index` (0-based) on the page. */
export const questionName = (index: number): string => `q${index + 1}`;

/** The form value of the option at `index` (0-based); a 对/错 question uses `true` and `false`. */
export const optionValue = (index: number): string => String(index + 1);

export function quizKey(quiz: Pick<Quiz, 'questions' | 'passMark'>): QuizKey {
	return {
		passMark: quiz.passMark,
		questions: quiz.questions.map((question) => ({
			id: question.id,
			options: question.type === 'truefalse' ? [] : question.options.map((option) => option.id),
			answer: question.answer,
		})),
	};
}

/** The option id a form value stands for (a 对/错 value is the boolean itself). */
export function answerOfValue(question: QuizKey['questions'][number], value: string): string | boolean | undefined {
	if (question.options.length === 0) return value === 'true' ? true : value === 'false' ? false : undefined;
	return question.options[Number(value) - 1];
}
