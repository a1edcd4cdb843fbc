/**
 * What the training features store, in the `training` object store: the learner's profile,
 * per-procedure progress (opened, read to the end), quiz attempts and 阅读确认
 * acknowledgements. Each entry carries the procedure version it was made under, so an
 * acknowledgement of an older version shows as needing re-confirmation.
 */
import * as z from 'zod/mini';

const offsetIso = z.iso.datetime({ offset: true, error: '时间格式不正确' });
const procedure = z.string().check(z.regex(/^kf01-\d{2}$/, { error: '规程编号不正确' }));
const version = z.string().check(z.minLength(1));

export const progressEntry = z.object({
	kind: z.literal('progress'),
	/** `progress:kf01-06`: one per procedure. */
	id: z.string(),
	procedure,
	procedureVersion: version,
	openedAt: offsetIso,
	readAt: z.optional(offsetIso),
});

export const quizAttempt = z.object({
	kind: z.literal('quiz'),
	id: z.string(),
	procedure,
	procedureVersion: version,
	at: offsetIso,
	correct: z.int().check(z.gte(0)),
	total: z.int().check(z.gte(1)),
	/** Percentage, one decimal. */
	score: z.number().check(z.gte(0), z.lte(100)),
	passed: z.boolean(),
	answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])),
});

export const acknowledgement = z.object({
	kind: z.literal('ack'),
	id: z.string(),
	procedure,
	procedureVersion: version,
	name: z.string().check(z.minLength(1, { error: '请填写姓名' }), z.maxLength(20, { error: '姓名不超过 20 个字' })),
	/** Role id. */
	role: z.string().check(z.minLength(1, { error: '请选择岗位' })),
	/** The day the person confirms, YYYY-MM-DD. */
	date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '请填写日期' })),
	at: offsetIso,
});

export const profileEntry = z.object({
	kind: z.literal('profile'),
	id: z.literal('profile'),
	name: z.string().check(z.maxLength(20)),
	role: z.string(),
	updatedAt: offsetIso,
});

export const trainingEntrySchema = z.discriminatedUnion('kind', [
	progressEntry,
	quizAttempt,
	acknowledgement,
	profileEntry,
]);
export type TrainingEntry = z.infer<typeof trainingEntrySchema>;
export type ProgressEntry = z.infer<typeof progressEntry>;
export type QuizAttempt = z.infer<typeof quizAttempt>;
export type Acknowledgement = z.infer<typeof acknowledgement>;
export type ProfileEntry = z.infer<typeof profileEntry>;
