/** Grades a quiz attempt: which answers were wrong, the right answer and the clause to read. Pure. */
import type { Quiz, QuizQuestion } from '../../schemas/quiz.ts';

export type Answer = string | string[] | boolean;

export interface QuestionResult {
	id: string;
	correct: boolean;
	/** The right answer as the user reads it: option texts, or 对 / 错. */
	expected: string;
	clause: string;
	explanation: string;
}

export interface QuizResult {
	results: QuestionResult[];
	correct: number;
	total: number;
	/** Percentage, one decimal. */
	score: number;
	passed: boolean;
}

function isCorrect(question: QuizQuestion, answer: Answer | undefined): boolean {
	if (answer === undefined) return false;
	switch (question.type) {
		case 'truefalse':
			return answer === question.answer;
		case 'single':
			return answer === question.answer;
		case 'multiple': {
			const given = new Set(Array.isArray(answer) ? answer : [answer]);
			return given.size === question.answer.length && question.answer.every((id) => given.has(id as string));
		}
	}
}

function expectedText(question: QuizQuestion): string {
	if (question.type === 'truefalse') return question.answer ? '对' : '错';
	const ids = question.type === 'single' ? [question.answer] : question.answer;
	return question.options
		.filter((o) => ids.includes(o.id))
		.map((o) => o.text)
		.join('；');
}

export function gradeQuiz(
	quiz: Pick<Quiz, 'questions' | 'passMark'>,
	answers: Readonly<Record<string, Answer>>,
): QuizResult {
	const results = quiz.questions.map((question) => ({
		id: question.id,
		correct: isCorrect(question, answers[question.id]),
		expected: expectedText(question),
		clause: question.clause,
		explanation: question.explanation,
	}));
	const correct = results.filter((r) => r.correct).length;
	const total = results.length;
	return {
		results,
		correct,
		total,
		score: Math.round((correct / total) * 1000) / 10,
		passed: correct / total >= quiz.passMark,
	};
}
