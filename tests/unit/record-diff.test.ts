import { describe, expect, it } from 'vitest';
import type { TemplateCatalog } from '../../src/lib/records/import-plan.ts';
import { recordDifferences, sameContent } from '../../src/lib/records/record-diff.ts';
import type { StoredRecord } from '../../src/lib/records/record.ts';
import { field, record, repairAudit } from './helpers/record-fixtures.ts';

const catalog: TemplateCatalog = {
	forms: [
		{
			id: 'repair-register',
			code: 'RBWY/JL-kf01-06-01',
			title: '报修登记表',
			version: 'A/01',
			rules: [],
			fields: [
				field({ id: 'no', label: '报修单号', type: 'text' }),
				field({ id: 'reported', label: '报修时间', type: 'datetime' }),
				field({ id: 'issues', label: '故障类型', type: 'multichoice', options: ['停水', '停电'] }),
				field({ id: 'callback', label: '是否回访', type: 'yesno' }),
				field({ id: 'room', label: '房号', type: 'room' }),
			],
		},
	],
	checklists: [
		repairAudit,
		{
			id: 'repair-case',
			kind: 'operational',
			title: '报修处理操作清单',
			procedure: 'kf01-06',
			items: [
				{ id: 'register', text: '受理登记', clause: '4.1.1' },
				{ id: 'quote', text: '有偿维修先报价', clause: '4.3.6' },
			],
		},
	],
};

const AT = '2026-11-26T09:30:00+08:00';

const stored = record({
	values: { no: 'BX-1', reported: '2026-11-26T09:30:00+08:00', issues: ['停水'], callback: true, room: '3-2-1502' },
});

describe('sameContent', () => {
	it.each<[string, unknown, unknown, boolean]>([
		['the same object in another key order', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
		[
			'one instant written with two offsets',
			{ at: '2026-12-02T09:15:00+00:00' },
			{ at: '2026-12-02T17:15:00+08:00' },
			true,
		],
		['one instant with Z and milliseconds', ['2026-12-02T09:15:00.000Z'], ['2026-12-02T17:15:00+08:00'], true],
		['two instants', { at: '2026-12-02T09:15:00+00:00' }, { at: '2026-12-02T09:15:00+08:00' }, false],
		['a value and none', { a: 1 }, {}, false],
		['two texts', '报修', '保修', false],
	])('%s: %s', (_name, a, b, same) => {
		expect(sameContent(a, b)).toBe(same);
	});
});

describe('recordDifferences', () => {
	it('lists only the fields that differ, by label, as they are shown', () => {
		const file = record({
			...stored,
			values: { ...stored.values, issues: ['停水', '停电'], callback: false, reported: '2026-12-02T09:15:00+00:00' },
			updatedAt: '2026-12-02T09:15:00+00:00',
		});
		expect(recordDifferences(stored, file, catalog)).toEqual([
			{ label: '报修时间', mine: '2026-11-26 09:30', theirs: '2026-12-02 17:15' },
			{ label: '故障类型', mine: '停水', theirs: '停水；停电' },
			{ label: '是否回访', mine: '是', theirs: '否' },
			{ label: '更新时间', mine: '2026-11-26 10:45', theirs: '2026-12-02 17:15' },
		]);
	});

	it('lists nothing for a time written with another offset', () => {
		const file = { ...stored, updatedAt: '2026-11-26T02:45:00Z' };
		expect(recordDifferences(stored, file, catalog)).toEqual([]);
	});

	it('shows a field filled on one side only, and the envelope rows', () => {
		const { room: _room, ...rest } = stored.values;
		const file: StoredRecord = {
			...stored,
			values: rest,
			status: 'draft',
			title: '新标题',
			revision: 7,
			deletedAt: '2026-11-27T08:00:00+08:00',
		};
		expect(recordDifferences(stored, file, catalog)).toEqual([
			{ label: '房号', mine: '3-2-1502', theirs: '—' },
			{ label: '标题', mine: 'BX-20261126-001', theirs: '新标题' },
			{ label: '状态', mine: '已保存', theirs: '草稿' },
			{ label: '修订号', mine: '3', theirs: '7' },
			{ label: '删除时间', mine: '—', theirs: '2026-11-27 08:00' },
		]);
	});

	it('shows seconds when two times differ only in them', () => {
		const file = { ...stored, updatedAt: '2026-11-26T10:45:30+08:00' };
		expect(recordDifferences(stored, file, catalog)).toEqual([
			{ label: '更新时间', mine: '2026-11-26 10:45:00', theirs: '2026-11-26 10:45:30' },
		]);
	});

	it('shows a value of a field the form no longer has by its id', () => {
		const file = { ...stored, values: { ...stored.values, 'old-note': '夜间报修' } };
		expect(recordDifferences(stored, file, catalog)).toEqual([{ label: 'old-note', mine: '—', theirs: '夜间报修' }]);
	});

	const run = (template: string, values: Record<string, unknown>): StoredRecord =>
		record({ kind: 'checklist', template, templateCode: template, status: 'finished', title: '', values });

	it('lists audit items by number and text, and the reason for items left unreviewed', () => {
		const mine = run('repair-audit', {
			auditor: '孙七',
			items: { 'register-complete': { result: '符合', at: AT } },
			unreviewed: { items: ['urgent-arrival', 'paid-quoted'], reason: '本月只查登记', at: AT },
		});
		const theirs = run('repair-audit', {
			auditor: '孙七',
			items: {
				'register-complete': { result: '符合', at: AT },
				'urgent-arrival': { result: '不符合', evidence: '1份超时', at: AT },
			},
			unreviewed: { items: ['paid-quoted'], reason: '无有偿维修', at: AT },
		});
		expect(recordDifferences(mine, theirs, catalog)).toEqual([
			{ label: '未审核原因', mine: '本月只查登记', theirs: '无有偿维修' },
			{ label: '未审核的项', mine: '第 2、3 项', theirs: '第 3 项' },
			{ label: '第 2 项 急修30分钟内到场', mine: '未审核', theirs: '不符合：1份超时 · 2026-11-26 09:30' },
		]);
	});

	it('lists operational items ticked, 不适用 or not ticked, with time and operator', () => {
		const mine = run('repair-case', { items: { register: { done: true, at: AT, by: '赵六' } } });
		const theirs = run('repair-case', {
			caseRef: 'BX-1',
			items: {
				register: { done: true, at: AT, by: '赵六' },
				quote: { done: false, notApplicable: true, at: AT, by: '赵六' },
			},
		});
		expect(recordDifferences(mine, theirs, catalog)).toEqual([
			{ label: '关联单号或房号', mine: '—', theirs: 'BX-1' },
			{ label: '第 2 项 有偿维修先报价', mine: '未勾选', theirs: '不适用 · 2026-11-26 09:30 · 赵六' },
		]);
	});
});
