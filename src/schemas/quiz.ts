/**
 * Self-check quizzes in `content/quizzes/<procedure>.yaml`: 4–8 questions on what matters
 * on the job (time limits, who does what, which form). Every question cites the clause
 * that answers it, so a wrong answer can send the reader straight there.
 */
import { z } from 'astro/zod';
import { clauseNumber, procedureId, slug, text } from './common.ts';

const option = z.strictObject({ id: slug, text });

export const quizQuestion = z
	.discriminatedUnion('type', [
		z.strictObject({
			id: slug,
			/** One right option. */
			type: z.literal('single'),
			prompt: text,
			options: z.array(option).min(2, { error: '单选题至少要有 2 个选项' }),
			answer: slug,
			clause: clauseNumber,
			explanation: text,
		}),
		z.strictObject({
			id: slug,
			/** Every right option must be chosen, and no other. */
			type: z.literal('multiple'),
			prompt: text,
			options: z.array(option).min(3, { error: '多选题至少要有 3 个选项' }),
			answer: z.array(slug).min(2, { error: '多选题至少要有 2 个正确选项' }),
			clause: clauseNumber,
			explanation: text,
		}),
		z.strictObject({
			id: slug,
			type: z.literal('truefalse'),
			prompt: text,
			answer: z.boolean({ error: '判断题的 answer 只能是 true 或 false' }),
			clause: clauseNumber,
			explanation: text,
		}),
	])
	.superRefine((question, ctx) => {
		if (question.type === 'truefalse') return;
		const ids = question.options.map((o) => o.id);
		const answers = question.type === 'single' ? [question.answer] : question.answer;
		for (const answer of answers) {
			if (!ids.includes(answer)) {
				ctx.addIssue({
					code: 'custom',
					path: ['answer'],
					message: `答案 ${answer} 不是本题的选项（可选：${ids.join('、')}）`,
				});
			}
		}
		if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: '选项 id 重复' });
	});
export type QuizQuestion = z.infer<typeof quizQuestion>;

export const quizSchema = z.strictObject({
	procedure: procedureId,
	/** Share of questions to get right, 0–1. */
	passMark: z.number().min(0.5).max(1).default(0.8),
	questions: z.array(quizQuestion).min(4, { error: '自测题至少 4 道' }).max(8, { error: '自测题最多 8 道' }),
});
export type Quiz = z.infer<typeof quizSchema>;
