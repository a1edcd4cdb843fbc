import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/records/csv.ts';
import { digestOf } from '../../src/lib/records/export-json.ts';
import type { TrainingEntry } from '../../src/lib/training/entries.ts';
import { trainingEntrySchema } from '../../src/lib/training/entries.ts';
import { progressFor, progressLabel } from '../../src/lib/training/progress.ts';
import { gradeQuiz } from '../../src/lib/training/quiz-grading.ts';
import { readingMinutes } from '../../src/lib/training/reading-time.ts';
import { trainingCsv, trainingJson } from '../../src/lib/training/record-export.ts';
import { csvTime } from '../../src/lib/records/csv-time.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';

const quiz: Quiz = {
	procedure: 'kf01-06',
	passMark: 0.8,
	questions: [
		{
			id: 'q1',
			type: 'single',
			prompt: '急修多久到场？',
			options: [
				{ id: 'a', text: '30分钟' },
				{ id: 'b', text: '2小时' },
			],
			answer: 'a',
			clause: '4.3.1',
			explanation: '一级30分钟。',
		},
		{
			id: 'q2',
			type: 'multiple',
			prompt: '谁参与？',
			options: [
				{ id: 'a', text: '前台' },
				{ id: 'b', text: '工程' },
				{ id: 'c', text: '财务' },
			],
			answer: ['a', 'b'],
			clause: '3.1',
			explanation: '前台和工程。',
		},
		{ id: 'q3', type: 'truefalse', prompt: '要业主签字。', answer: true, clause: '4.5.1', explanation: '要签字。' },
		{
			id: 'q4',
			type: 'single',
			prompt: '用哪张表？',
			options: [
				{ id: 'a', text: '报修登记表' },
				{ id: 'b', text: '工作日志' },
			],
			answer: 'a',
			clause: '4.1.1',
			explanation: '报修登记表。',
		},
		{
			id: 'q5',
			type: 'truefalse',
			prompt: '可以月底集中回访。',
			answer: false,
			clause: '4.6.3',
			explanation: '不可以。',
		},
	],
};
const allRight = { q1: 'a', q2: ['b', 'a'], q3: true, q4: 'a', q5: false };

describe('gradeQuiz', () => {
	it('passes all right answers with 100%', () => {
		expect(gradeQuiz(quiz, allRight)).toMatchObject({ correct: 5, total: 5, score: 100, passed: true });
	});

	it.each([
		['a wrong single choice', { q1: 'b' }, 'q1', '30分钟'],
		['a multiple choice missing one option', { q2: ['a'] }, 'q2', '前台；工程'],
		['a multiple choice with one option too many', { q2: ['a', 'b', 'c'] }, 'q2', '前台；工程'],
		['a wrong true/false', { q3: false }, 'q3', '对'],
		['an unanswered question', { q5: undefined }, 'q5', '错'],
	])('marks %s wrong and gives the right answer and the clause', (_name, change, id, expected) => {
		const answers = { ...allRight, ...change } as Record<string, string | string[] | boolean>;
		for (const [key, value] of Object.entries(answers)) if (value === undefined) delete answers[key];
		const result = gradeQuiz(quiz, answers);
		const item = result.results.find((r) => r.id === id)!;
		expect(item).toMatchObject({ correct: false, expected, clause: quiz.questions.find((q) => q.id === id)!.clause });
		// 4 of 5 is exactly the 80% pass mark.
		expect(result).toMatchObject({ correct: 4, score: 80, passed: true });
	});

	it('fails below the pass mark', () => {
		expect(gradeQuiz(quiz, { ...allRight, q1: 'b', q3: false })).toMatchObject({
			correct: 3,
			score: 60,
			passed: false,
		});
	});
});

const AT = '2026-11-26T09:30:00+08:00';
const progress: TrainingEntry = {
	kind: 'progress',
	id: 'progress:kf01-06',
	procedure: 'kf01-06',
	procedureVersion: 'A/02',
	openedAt: AT,
	readAt: AT,
};
const passed: TrainingEntry = {
	kind: 'quiz',
	id: 'q-1',
	procedure: 'kf01-06',
	procedureVersion: 'A/02',
	at: AT,
	correct: 5,
	total: 5,
	score: 100,
	passed: true,
	answers: {},
};
const failed: TrainingEntry = {
	...passed,
	id: 'q-2',
	at: '2026-11-27T09:30:00+08:00',
	correct: 2,
	score: 40,
	passed: false,
};
const ack = (version: string): TrainingEntry => ({
	kind: 'ack',
	id: `a-${version}`,
	procedure: 'kf01-06',
	procedureVersion: version,
	name: '陈新',
	role: 'kf-a',
	date: '2026-11-26',
	at: AT,
});

describe('progressFor', () => {
	it('is 未开始 with nothing stored', () => {
		const p = progressFor('kf01-06', 'A/02', true, []);
		expect(p).toMatchObject({ opened: false, read: false, quiz: null, ackState: 'none', complete: false });
		expect(progressLabel(p)).toBe('未开始');
	});

	it('is complete when opened, read, quiz passed and acknowledged at the current version', () => {
		const p = progressFor('kf01-06', 'A/02', true, [progress, passed, failed, ack('A/02')]);
		expect(p.quiz?.id).toBe('q-1');
		expect(p).toMatchObject({ ackState: 'current', complete: true });
		expect(progressLabel(p)).toBe('已完成');
	});

	it('asks for re-confirmation when the procedure version changed', () => {
		const p = progressFor('kf01-06', 'A/03', true, [progress, passed, ack('A/02')]);
		expect(p).toMatchObject({ ackState: 'outdated', complete: false });
		expect(progressLabel(p)).toBe('版本已更新，需重新确认');
	});

	it('ignores entries of other procedures', () => {
		expect(progressFor('kf01-08', 'A/02', false, [progress, passed, ack('A/02')]).opened).toBe(false);
	});

	it('needs no quiz where the procedure has none', () => {
		expect(progressFor('kf01-06', 'A/02', false, [progress, ack('A/02')]).complete).toBe(true);
	});
});

describe('trainingEntrySchema', () => {
	it.each([
		['an acknowledgement without a name', { ...ack('A/02'), name: '' }, '请填写姓名'],
		['an acknowledgement without a role', { ...ack('A/02'), role: '' }, '请选择岗位'],
		['an acknowledgement with a bad date', { ...ack('A/02'), date: '26/11/2026' }, '请填写日期'],
	])('rejects %s', (_name, entry, message) => {
		const result = trainingEntrySchema.safeParse(entry);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe(message);
	});
});

describe('readingMinutes', () => {
	it.each([
		[[''], 0],
		[['短'], 1],
		[['字'.repeat(900)], 3],
		[['字'.repeat(450), ' \n\t', '字'.repeat(450)], 3],
	])('estimates %#', (texts, minutes) => expect(readingMinutes(texts)).toBe(minutes));
});

describe('training record export', () => {
	const catalog = {
		procedures: [
			{
				id: 'kf01-06',
				title: '报修管理作业规程',
				code: 'RBWY/W-kf01-06',
				version: 'A/03',
				status: 'draft',
				readingMinutes: 12,
				hasQuiz: true,
			},
		],
		roles: [{ id: 'kf-a', name: '客户A岗', learningPath: ['kf01-06'] }],
	};
	const entries = [progress, passed, ack('A/02')];

	it('writes an Excel-safe CSV with one row per quiz attempt and acknowledgement', () => {
		const csv = trainingCsv(entries, catalog, { name: '陈新', role: 'kf-a' });
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(parseCsv(csv).rows).toEqual([
			['姓名', '岗位', '规程编号', '规程名称', '版号', '项目', '日期（北京时间 UTC+08:00）', '成绩', '结果'],
			['陈新', '客户A岗', 'RBWY/W-kf01-06', '报修管理作业规程', 'A/02', '自测', '2026-11-26 09:30:00', '100%', '通过'],
			[
				'陈新',
				'客户A岗',
				'RBWY/W-kf01-06',
				'报修管理作业规程',
				'A/02',
				'阅读确认',
				'2026-11-26',
				'',
				'需重新确认（现行 A/03）',
			],
		]);
	});

	it('writes a quiz time as the records CSV does: 北京时间 wall time, through the same function', () => {
		const utc = { ...passed, at: '2026-12-02T09:15:00+00:00' };
		const [, row] = parseCsv(trainingCsv([utc], catalog, { name: '陈新', role: 'kf-a' })).rows;
		expect(row?.[6]).toBe('2026-12-02 17:15:00');
		expect(row?.[6]).toBe(csvTime(utc.at));
	});

	it('signs the JSON with the digest of its entries', async () => {
		const file = JSON.parse(await trainingJson(entries, '0.1.0', AT));
		expect(file.manifest).toMatchObject({
			format: 'guichengtong-training',
			formatVersion: 1,
			entryCount: 3,
			exportedAt: AT,
		});
		expect(file.manifest.digest.value).toBe(await digestOf(entries));
	});
});
