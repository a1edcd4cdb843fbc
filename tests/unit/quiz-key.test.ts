import { describe, expect, it } from 'vitest';
import { answerOfValue, optionValue, questionName, quizKey } from '../../src/lib/training/quiz-key.ts';
import { liveHandbook } from '../content.ts';

describe('quiz answer key', () => {
	it('maps every short form value on the page back to the option id the content gives', async () => {
		const handbook = await liveHandbook();
		const quizzes = handbook.quizzes;
		expect(quizzes.length).toBeGreaterThan(0);
		for (const quiz of quizzes) {
			const key = quizKey(quiz);
			expect(key.passMark).toBe(quiz.passMark);
			quiz.questions.forEach((question, index) => {
				const entry = key.questions[index]!;
				expect(entry).toMatchObject({ id: question.id, answer: question.answer });
				if (question.type === 'truefalse') {
					expect(answerOfValue(entry, 'true')).toBe(true);
					expect(answerOfValue(entry, 'false')).toBe(false);
				} else {
					question.options.forEach((option, position) =>
						expect(answerOfValue(entry, optionValue(position))).toBe(option.id),
					);
				}
			});
		}
	});

	it('names questions by their place on the page and rejects values it does not know', () => {
		expect(questionName(0)).toBe('q1');
		const entry = { id: 'x', options: ['a', 'b'], answer: 'a' };
		expect(answerOfValue(entry, '3')).toBeUndefined();
		expect(answerOfValue({ id: 'y', options: [], answer: true }, 'maybe')).toBeUndefined();
	});
});
