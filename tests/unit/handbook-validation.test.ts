import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/lib/content-issue.ts';
import { loadFixtureHandbook, type Edits } from './helpers/fixture-handbook.ts';

const P6 = 'procedures/kf01-06.mdx';

describe('a valid handbook', () => {
	it('has no issues', async () => expect(await loadFixtureHandbook()).toEqual([]));
});

describe('broken content fails with the file, the field and the fix', () => {
	const cases: Array<
		[string, Edits, Partial<{ file: string; field: string; message: string; value: string }>, string[]?]
	> = [
		['a missing required field', { [P6]: [['title: 报修管理作业规程\n', '']] }, { file: P6, field: 'title' }],
		[
			'an unknown role',
			{ [P6]: [['{ role: kf-b, duty', '{ role: kf-x, duty']] },
			{ file: P6, field: 'roles[0].role', value: 'kf-x', message: '未知的岗位' },
			['kf-b', 'kf-a'],
		],
		[
			'an unknown form',
			{ [P6]: [['forms: [repair-register]', 'forms: [repair-registr]']] },
			{ file: P6, field: 'forms[0]', value: 'repair-registr', message: '未知的表单' },
			['repair-register'],
		],
		[
			'a duplicate clause',
			{ [P6]: [['4.1.2 急修', '4.1.1 急修']] },
			{ file: P6, field: '第 46 行', message: '条款 4.1.1 重复出现（首次在第 44 行），每个条款号只能用一次' },
		],
		[
			'a skipped clause number',
			{ [P6]: [['4.1.2 急修', '4.1.3 急修']] },
			{
				file: P6,
				field: '第 46 行',
				message: '条款 4.1.3 编号不连续：上一条是 4.1.1，这里应为 4.1.1.1、4.1.2、4.2、5 之一',
			},
		],
		[
			'a time limit citing a clause that does not exist',
			{
				[P6]: [['clause: "4.1.2", source', 'clause: "4.9", source']],
			},
			{ file: P6, field: 'timeLimits[0].clause', value: '4.9', message: '规程 kf01-06 中没有这个条款号' },
		],
		[
			'a flow step pointing at a missing step',
			{ [P6]: [['{ to: done }', '{ to: finish }']] },
			{ file: P6, field: 'flow[2].next[0].to', value: 'finish', message: '未知的流程步骤' },
		],
		[
			'a related clause missing in the other procedure',
			{ [P6]: [['{ procedure: kf01-08, clause: "4.1"', '{ procedure: kf01-08, clause: "4.2"']] },
			{ file: P6, field: 'related[0].clause', value: '4.2', message: '规程 kf01-08 中没有这个条款号' },
		],
		[
			'a ClauseRef to an unknown procedure',
			{ [P6]: [['<ClauseRef to="kf01-08:4.1" />', '<ClauseRef to="kf01-99" />']] },
			{ file: P6, field: '<ClauseRef to="kf01-99">（第 46 行）', value: 'kf01-99' },
		],
		[
			'a form that lists a procedure which does not list it',
			{
				'forms/repair-register.yaml': [
					[
						'- { procedure: kf01-06, clause: "4.1.1" }',
						'- { procedure: kf01-06, clause: "4.1.1" }\n  - { procedure: kf01-08 }',
					],
				],
			},
			{
				file: 'forms/repair-register.yaml',
				field: 'serves[1].procedure',
				message: '规程 kf01-08 的 forms 中没有列出本表单 repair-register，两边须一致',
			},
		],
		[
			'a code that does not match the file name',
			{ [P6]: [['code: RBWY/W-kf01-06', 'code: RBWY/W-kf01-07']] },
			{ file: P6, field: 'code', message: '编号必须与文件名一致，应为 RBWY/W-kf01-06' },
		],
		[
			'a controlled procedure without approval',
			{ [P6]: [['status: draft', 'status: controlled']] },
			{ file: P6, field: 'approved', message: '受控文件必须填写 approved（生效日期与编制/审核/批准签署）' },
		],
		[
			'a drafted procedure without the section 职责',
			{ [P6]: [['## 3 职责\n\n3.1 前台登记。\n\n## 4 程序要点', '## 3 人员\n\n3.1 前台登记。\n\n## 4 程序要点']] },
			{ file: P6, field: '正文 3', message: '已起草的规程必须有一级标题「## 3 职责」' },
		],
	];

	it.each(cases)('%s', async (_name, edits, expected, choices) => {
		const issues = await loadFixtureHandbook(edits);
		expect(issues).toContainEqual(expect.objectContaining(expected));
		if (choices) {
			const issue = issues.find((i) => i.field === expected.field)!;
			expect(issue.choices).toEqual(expect.arrayContaining(choices));
		}
	});
});

describe('formatIssue', () => {
	it('prints file › field: message (value) and the choices', () => {
		const text = formatIssue({
			file: 'content/x.mdx',
			field: 'roles[0].role',
			message: '未知的岗位',
			value: 'kf-x',
			choices: ['kf-a', 'kf-b'],
		});
		expect(text).toBe('  content/x.mdx › roles[0].role：未知的岗位（当前值 "kf-x"）\n    可选值：kf-a、kf-b');
	});

	it('collects every issue into one build error', () => {
		const error = new ContentError([
			{ file: 'a', field: 'b', message: 'c' },
			{ file: 'd', field: 'e', message: 'f' },
		]);
		expect(error.message).toMatch(/^内容校验失败，共 2 处问题：/);
	});
});

describe('forms and checklists', () => {
	const FORM = 'forms/repair-register.yaml';
	const NAME_TAKEN = '与另一个字段的名称或旧名称相同，CSV 无法区分';
	const LIST = 'checklists/repair-case.yaml';
	it.each([
		[
			'a duplicate checklist item id',
			{ [LIST]: [['{ id: urgent,', '{ id: log,']] },
			{ file: LIST, field: 'items[1].id', value: 'log', message: '清单项 id 重复，每项的 id 必须唯一' },
		],
		[
			'a checklist item citing an unknown clause',
			{ [LIST]: [['clause: "4.1.2" }', 'clause: "4.1.7" }']] },
			{ file: LIST, field: 'items[1].clause', value: '4.1.7', message: '规程 kf01-06 中没有这个条款号' },
		],
		[
			'an unknown checklist placed in MDX',
			{ [P6]: [['<Checklist id="repair-case" />', '<Checklist id="repair-cases" />']] },
			{ file: P6, value: 'repair-cases', message: '未知的清单' },
		],
		[
			'a form rule naming a missing field',
			{ [FORM]: [['reference: reported-at', 'reference: reported']] },
			{ file: FORM, field: 'rules[0].reference', value: 'reported', message: '未知的字段' },
		],
		[
			'a notBefore rule on a non-time field',
			{ [FORM]: [['field: arrived-at, reference', 'field: room, reference']] },
			{ file: FORM, field: 'rules[0].field', value: 'room' },
		],
		[
			'a duplicate field id',
			{ [FORM]: [['{ id: arrived-at, label', '{ id: room, label']] },
			{ file: FORM, field: 'fields[2].id', value: 'room', message: '字段 id 重复' },
		],
		[
			'a duplicate field label',
			{ [FORM]: [['{ id: room, label: 房号,', '{ id: room, label: 报修时间,']] },
			{ file: FORM, field: 'fields[1].label', value: '报修时间', message: NAME_TAKEN },
		],
		[
			'a former label that is another field’s label',
			{ [FORM]: [['{ id: room, label: 房号,', '{ id: room, label: 房号, formerLabels: [到场时间],']] },
			{ file: FORM, field: 'fields[1].formerLabels[0]', value: '到场时间', message: NAME_TAKEN },
		],
		[
			'a former label that is an envelope column',
			{ [FORM]: [['{ id: room, label: 房号,', '{ id: room, label: 房号, formerLabels: [记录状态],']] },
			{ file: FORM, field: 'fields[1].formerLabels[0]', value: '记录状态' },
		],
		[
			'a choice without options',
			{ [FORM]: [['type: room, required: true }', 'type: choice, required: true }']] },
			{ file: FORM, field: 'fields[1].options' },
		],
	] as Array<[string, Edits, Record<string, string>]>)('%s', async (_name, edits, expected) => {
		expect(await loadFixtureHandbook(edits)).toContainEqual(expect.objectContaining(expected));
	});
});

describe('quizzes and learning paths', () => {
	const QUIZ = 'quizzes/kf01-06.yaml';
	it.each([
		[
			'a quiz question citing an unknown clause',
			{ [QUIZ]: [['clause: "4.1.2", explanation', 'clause: "4.1.9", explanation']] },
			{ file: QUIZ, field: 'questions[0].clause', value: '4.1.9' },
		],
		[
			'an answer that is not an option',
			{ [QUIZ]: [['answer: a, clause: "4.1.2"', 'answer: c, clause: "4.1.2"']] },
			{ file: QUIZ, field: 'questions[0].answer', message: '答案 c 不是本题的选项（可选：a、b）' },
		],
		[
			'a true/false answer that is not a boolean',
			{ [QUIZ]: [['answer: true', 'answer: 对']] },
			{ file: QUIZ, field: 'questions[3].answer' },
		],
		[
			'too few questions',
			{ [QUIZ]: [['  - { id: sign', '#  - { id: sign']] },
			{ file: QUIZ, field: 'questions', message: '自测题至少 4 道' },
		],
		[
			'a learning path naming an unknown procedure',
			{ 'roles.yaml': [['learningPath: [kf01-06, kf01-08]', 'learningPath: [kf01-06, kf01-99]']] },
			{ file: 'roles.yaml', field: 'kf-a.learningPath[1]', value: 'kf01-99' },
		],
	] as Array<[string, Edits, Record<string, string>]>)('%s', async (_name, edits, expected) => {
		expect(await loadFixtureHandbook(edits)).toContainEqual(expect.objectContaining(expected));
	});
});
