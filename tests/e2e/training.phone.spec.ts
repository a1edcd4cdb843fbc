import { expect, test, type Page } from '@playwright/test';
import { liveHandbook } from '../content.ts';
import type { QuizQuestion } from '../../src/schemas/quiz.ts';
import { downloadOf } from './helpers.ts';

/** The quiz on the page, as the content has it: the page carries no ids or answers. */
async function quizOf(page: Page): Promise<{ questions: QuizQuestion[]; passMark: number }> {
	const procedure = (await page.locator('gc-quiz').getAttribute('data-procedure'))!;
	const quiz = (await liveHandbook()).procedure(procedure).quiz!;
	return { questions: quiz.questions, passMark: quiz.passMark };
}

/** The page's item for a question, found by its position, as a reader counts them. */
async function questionItem(page: Page, id: string) {
	const { questions } = await quizOf(page);
	return page.locator('.quiz__question').nth(questions.findIndex((q) => q.id === id));
}

/** The quiz result line for all questions right. */
const allRight = (total: number) => `通过：答对 ${total}/${total} 题（100%）。`;

/** Answers every question right, except the ones listed, which get a wrong answer. */
async function answerQuiz(page: Page, wrong: string[] = []): Promise<void> {
	for (const q of (await quizOf(page)).questions) {
		const item = await questionItem(page, q.id);
		const miss = wrong.includes(q.id);
		if (q.type === 'truefalse') {
			const value = miss ? !q.answer : q.answer;
			await item.getByLabel(value ? '对' : '错', { exact: true }).check();
		} else {
			const right: string[] = q.type === 'single' ? [q.answer] : q.answer;
			const choose = miss
				? q.options.filter((o) => !right.includes(o.id)).slice(0, 1)
				: q.options.filter((o) => right.includes(o.id));
			for (const option of choose) await item.getByLabel(option.text, { exact: true }).check();
		}
	}
}

test('a new 客户A岗 works through a procedure, its quiz and the 阅读确认, and sees progress', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /我是新员工/ }).click();
	await page.getByRole('link', { name: /^客户A岗/ }).click();
	await expect(page).toHaveURL(/\/learn\/kf-a\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('客户A岗学习路径');
	const first = page.locator('.path__step').first();
	await expect(first.locator('[data-progress-for]')).toHaveText('未开始');
	await first.getByRole('link').click();
	await expect(page).toHaveURL(/\/procedures\/kf01-01\/$/);
	await expect(page.getByText(/学习进度：已打开 · 未读完/)).toBeVisible();

	// One wrong answer: the correction names the right answer and links to the clause.
	const { questions, passMark } = await quizOf(page);
	const missed = questions[0]!;
	await answerQuiz(page, [missed.id]);
	await page.getByRole('button', { name: '交卷' }).click();
	const feedback = (await questionItem(page, missed.id)).locator('.quiz__feedback');
	await expect(feedback).toContainText('✗ 回答错误');
	await expect(feedback).toContainText('正确答案：');
	const passMarkMet = (questions.length - 1) / questions.length >= passMark;
	await expect(page.locator('[data-result]')).toHaveText(
		new RegExp(`^${passMarkMet ? '通过' : '未通过'}：答对 ${questions.length - 1}/${questions.length} 题`),
	);
	const link = feedback.getByRole('link', { name: `查看条款 ${missed.clause}` });
	await link.click();
	await expect(page.locator(`[id="c${missed.clause}"]`)).toBeInViewport();

	// Retry and pass with every answer right.
	await page.getByRole('button', { name: '再做一次' }).click();
	await answerQuiz(page);
	await page.getByRole('button', { name: '交卷' }).click();
	await expect(page.locator('[data-result]')).toHaveText(allRight(questions.length));

	// Acknowledge; scrolling to the form also marks the text read.
	const ack = page.locator('gc-procedure-training');
	await ack.getByLabel('姓名').fill('陈新');
	await ack.getByLabel('岗位').selectOption('kf-a');
	await ack.getByRole('button', { name: '确认已阅读并理解' }).click();
	const { version } = (await liveHandbook()).procedure('kf01-01').data;
	await expect(
		ack.getByText(new RegExp(`陈新 已于 \\d{4}-\\d{2}-\\d{2} 确认阅读并理解本规程（版号 ${version}）`)),
	).toBeVisible();
	await expect(page.getByText('学习进度：已打开 · 已读完 · 自测 100% 通过 · 已确认')).toBeVisible();

	await page.goto('/learn/kf-a/');
	await expect(page.locator('.path__step').first().locator('[data-progress-for]')).toHaveText('已完成');
	await expect(page.getByText('已完成 1/')).toBeVisible();
});

test('an acknowledgement of an older version asks for re-confirmation', async ({ page }) => {
	// Fixture: an acknowledgement made under an earlier version of the procedure than its current one.
	const { version, revisions } = (await liveHandbook()).procedure('kf01-06').data;
	const earlier = revisions.map((r) => r.version).findLast((v) => v !== version);
	expect(earlier, 'kf01-06 needs an earlier revision for this test').toBeDefined();
	await page.goto('/procedures/kf01-06/');
	await expect(page.getByText(/学习进度：已打开/)).toBeVisible();
	await page.evaluate(async (procedureVersion) => {
		const request = indexedDB.open('guichengtong');
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tx = db.transaction('training', 'readwrite');
		tx.objectStore('training').put({
			kind: 'ack',
			id: 'old-ack',
			procedure: 'kf01-06',
			procedureVersion,
			name: '陈新',
			role: 'kf-a',
			date: '2026-01-05',
			at: '2026-01-05T10:00:00+08:00',
		});
		await new Promise((resolve) => (tx.oncomplete = resolve));
	}, earlier!);
	await page.reload();
	await expect(
		page.getByText(`需要重新确认：陈新 于 2026-01-05 确认的是版号 ${earlier}，本规程现行版号为 ${version}`),
	).toBeVisible();
	await expect(page.getByText(/学习进度：.*需重新确认/)).toBeVisible();
	await page.goto('/learn/kf-a/');
	await expect(page.locator('[data-progress-for="kf01-06"]')).toHaveText('版本已更新，需重新确认');

	// Confirming the current version clears it.
	await page.goto('/procedures/kf01-06/');
	const ack = page.locator('gc-procedure-training');
	await ack.getByLabel('姓名').fill('陈新');
	await ack.getByLabel('岗位').selectOption('kf-a');
	await ack.getByRole('button', { name: '确认已阅读并理解' }).click();
	await expect(ack.getByText(`确认阅读并理解本规程（版号 ${version}）`)).toBeVisible();
});

test('the 阅读确认 form explains a missing name beside the field', async ({ page }) => {
	await page.goto('/procedures/kf01-08/');
	const ack = page.locator('gc-procedure-training');
	await ack.getByRole('button', { name: '确认已阅读并理解' }).click();
	await expect(ack.locator('#ack-name-error')).toHaveText('请填写姓名');
	await expect(ack.locator('#ack-role-error')).toHaveText('请选择岗位');
	await expect(ack.getByLabel('姓名')).toBeFocused();
});

test('the training record exports as CSV and JSON and prints with signature lines', async ({ page }) => {
	await page.goto('/procedures/kf01-08/');
	await answerQuiz(page);
	await page.getByRole('button', { name: '交卷' }).click();
	await expect(page.locator('[data-result]')).toHaveText(allRight((await quizOf(page)).questions.length));
	const ack = page.locator('gc-procedure-training');
	await ack.getByLabel('姓名').fill('周培训');
	await ack.getByLabel('岗位').selectOption('kf-b');
	await ack.getByRole('button', { name: '确认已阅读并理解' }).click();
	await expect(ack.getByText(/周培训 已于/)).toBeVisible();

	await page.goto('/training/');
	await expect(page.getByLabel('姓名')).toHaveValue('周培训');
	await expect(page.getByText('姓名：周培训　岗位：前台接待（客户B岗）')).toBeVisible();
	const quizTable = page.locator('[data-quiz-table]');
	await expect(quizTable).toContainText('业主/物业使用人投诉处理作业规程');
	await expect(quizTable).toContainText('100%');
	await expect(page.locator('[data-ack-table]')).toContainText('有效');

	const csv = await downloadOf(page, () => page.getByRole('button', { name: '导出 CSV' }).click());
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
	expect(lines[0]).toBe('姓名,岗位,规程编号,规程名称,版号,项目,日期（北京时间 UTC+08:00）,成绩,结果');
	expect(lines.some((l) => l.includes('RBWY/W-kf01-08') && l.includes(',自测,') && l.endsWith(',100%,通过'))).toBe(
		true,
	);
	expect(
		lines.some(
			(l) =>
				l.startsWith('周培训,前台接待（客户B岗）,RBWY/W-kf01-08') && l.includes(',阅读确认,') && l.endsWith(',有效'),
		),
	).toBe(true);

	const json = await downloadOf(page, () => page.getByRole('button', { name: '导出 JSON' }).click());
	const file = JSON.parse(json.bytes.toString('utf8'));
	expect(file.manifest).toMatchObject({ format: 'guichengtong-training', formatVersion: 1 });
	expect(file.manifest.digest.value).toMatch(/^[0-9a-f]{64}$/);
	expect(file.entries.some((e: { kind: string; name?: string }) => e.kind === 'ack' && e.name === '周培训')).toBe(true);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	await expect(page.getByRole('button', { name: '导出 CSV' })).toBeHidden();
	await expect(page.getByText(/^受训人签字：/)).toBeVisible();
	await expect(page.getByText(/^主管签字：/)).toBeVisible();
	expect((await page.pdf({ format: 'A4' })).byteLength).toBeGreaterThan(10_000);
});
