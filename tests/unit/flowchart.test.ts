import { describe, expect, it } from 'vitest';
import { flowRows } from '../../src/lib/flowchart.ts';
import type { FlowStep } from '../../src/schemas/procedure.ts';

const steps: FlowStep[] = [
	{ id: 'a', label: '接到报修', kind: 'start' },
	{
		id: 'b',
		label: '是否急修？',
		kind: 'decision',
		next: [
			{ to: 'c', label: '是' },
			{ to: 'd', label: '否' },
		],
	},
	{ id: 'c', label: '立即派工', kind: 'step', next: [{ to: 'e' }] },
	{ id: 'd', label: '预约', kind: 'step' },
	{ id: 'e', label: '回访', kind: 'end' },
];

describe('flowRows', () => {
	const rows = flowRows(steps);
	it('continues to the next step when no next is given', () => {
		expect(rows[0]!.edges).toEqual([{ to: 'b', toLabel: '2. 是否急修？', label: undefined, isNextRow: true }]);
	});
	it('draws the branch to the row below as an arrow and the other as a jump', () => {
		expect(rows[1]!.edges.map((e) => [e.label, e.isNextRow])).toEqual([
			['是', true],
			['否', false],
		]);
		expect(rows[2]!.edges[0]).toMatchObject({ to: 'e', isNextRow: false, toLabel: '5. 回访' });
	});
	it('ends at an end step', () => expect(rows[4]!.edges).toEqual([]));
});
