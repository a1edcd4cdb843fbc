import { expect, test, type Page } from '@playwright/test';
import { saveForm } from './helpers.ts';

const PLAN = 'MJ-20270301-001';

/** Enters and saves one questionnaire: 客服接待 and 报修维修 as given, four more items 满意 (half of twelve, so it is valid). */
async function enterSurvey(page: Page, no: string, desk: string, repair: string, more: string[] = []): Promise<void> {
	await page.goto('/forms/satisfaction-survey/?new=1');
	await page.getByLabel('楼栋', { exact: true }).fill('1栋');
	await page
		.getByRole('radiogroup', { name: /客服接待/ })
		.getByLabel(desk, { exact: true })
		.check();
	await page
		.getByRole('radiogroup', { name: /报修维修/ })
		.getByLabel(repair, { exact: true })
		.check();
	for (const item of ['投诉处理', '共用设施设备', '秩序维护', '公共区域保洁', ...more])
		await page
			.getByRole('radiogroup', { name: new RegExp(item) })
			.getByLabel('满意', { exact: true })
			.check();
	await page.getByLabel('问卷编号', { exact: true }).fill(no);
	await page.getByLabel('调查计划编号', { exact: true }).fill(PLAN);
	await page.getByLabel('收到日期', { exact: true }).fill('2027-03-10');
	await page
		.getByRole('radiogroup', { name: /回收方式/ })
		.getByLabel('意见箱')
		.check();
	await page
		.getByRole('radiogroup', { name: /审核结论/ })
		.getByLabel('有效')
		.check();
	await page.getByLabel('录入人', { exact: true }).fill('周助理');
	await saveForm(page);
}

test('the satisfaction report computes its rates from the questionnaires entered, not by hand', async ({ page }) => {
	await enterSurvey(page, 'MY-20270310-001', '满意', '一般', ['车辆停放管理']);
	await enterSurvey(page, 'MY-20270310-002', '较满意', '不满意');

	await page.goto('/forms/satisfaction-report/?new=1');
	await expect(page.getByRole('heading', { name: '统计结果由系统计算' })).toBeVisible();
	const compute = page.getByRole('button', { name: '从征询表计算统计结果' });
	const status = page.locator('[data-compute-status]');

	// Without the plan number there is nothing to count.
	await compute.click();
	await expect(status).toHaveText('请先填写调查计划编号，再计算。');
	await expect(page.getByLabel('调查计划编号', { exact: true })).toBeFocused();

	// No plan is stored on this device: the period and counts typed on the report are used.
	await page.getByLabel('调查计划编号', { exact: true }).fill(PLAN);
	await page.getByLabel('调查期至', { exact: true }).fill('2027-03-15');
	await page.getByRole('textbox', { name: /^\s*发放份数\s/ }).fill('4');
	await page
		.getByRole('radiogroup', { name: /服务等级/ })
		.getByLabel('一级')
		.check();
	await compute.click();
	await expect(status).toContainText(`本机没有编号为 ${PLAN} 的《满意度调查计划》`);
	await expect(status).toContainText('统计范围内 2 份，有效 2 份');

	await expect(page.getByRole('textbox', { name: /^\s*回收份数\s/ })).toHaveValue('2');
	await expect(page.getByRole('textbox', { name: /^\s*有效份数\s/ })).toHaveValue('2');
	await expect(page.getByRole('textbox', { name: /^\s*回收率\s/ })).toHaveValue('50');
	await expect(page.getByRole('textbox', { name: /^\s*满意率目标\s/ })).toHaveValue('80');
	// 客服接待 2/2, 报修维修 0/2, four items 8/8, 车辆停放管理 1/1: overall 11 / 13 = 84.6 (the items' average would be 85.7).
	await expect(page.getByRole('textbox', { name: /^\s*综合满意率\s/ })).toHaveValue('84.6');
	await expect(page.getByLabel('低于目标的项目', { exact: true })).toHaveValue('报修维修');
	const rows = page.locator('[data-table="item-rates"] [data-row]');
	await expect(rows).toHaveCount(12);
	await expect(rows.first().locator('input[name$=".item"]')).toHaveValue('客服接待');
	await expect(rows.first().locator('input[name$=".rate"]')).toHaveValue('100');
	await expect(rows.nth(1).locator('input[name$=".rate"]')).toHaveValue('0');

	// The results are part of the record: they survive a reload.
	await expect(page.getByRole('status').filter({ hasText: '草稿已自动保存' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('textbox', { name: /^\s*综合满意率\s/ })).toHaveValue('84.6');
});
