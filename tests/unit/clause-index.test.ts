import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { indexClauses, type MdNode } from '../../src/lib/clause-index.ts';

const index = (source: string) => indexClauses(mdxToMdast(source) as unknown as MdNode);

const GOOD = `## 1 目的

为规范报修。

## 2 适用范围

适用于全体员工。

## 3 职责

3.1 主管负责监督;

3.2 前台负责登记。

## 4 程序要点

### 4.1 受理

4.1.1 登记报修;

- 列表里的 4.1.9 不是条款

4.1.2 判定急修。

<Draft>

4.1.3 起草的条款 <ClauseRef to="kf01-07:4.2" />

</Draft>

## 5 记录

5.1 《报修登记表》
`;

describe('indexClauses', () => {
	it('lists every numbered heading and paragraph in order, with its text and anchor', () => {
		const { clauses, issues } = index(GOOD);
		expect(issues).toEqual([]);
		expect(clauses.map((c) => c.number)).toEqual([
			'1',
			'2',
			'3',
			'3.1',
			'3.2',
			'4',
			'4.1',
			'4.1.1',
			'4.1.2',
			'4.1.3',
			'5',
			'5.1',
		]);
		const clause = clauses.find((c) => c.number === '4.1.1')!;
		expect(clause).toMatchObject({ anchor: 'c4.1.1', level: 3, text: '登记报修;', inDraftBlock: false });
		expect(clause.line).toBe(19);
	});

	it('marks clauses written inside <Draft> as drafts', () => {
		const { clauses } = index(GOOD);
		expect(clauses.filter((c) => c.inDraftBlock).map((c) => c.number)).toEqual(['4.1.3']);
	});

	it('collects cross-references with their line', () => {
		expect(index(GOOD).refs).toEqual([{ to: 'kf01-07:4.2', line: 27 }]);
	});

	it('reports a duplicate number with both lines', () => {
		const { issues } = index('## 1 目的\n\n1.1 一\n\n1.1 又一\n');
		expect(issues).toEqual([
			{ clause: '1.1', line: 5, message: '条款 1.1 重复出现（首次在第 3 行），每个条款号只能用一次' },
		]);
	});

	it('reports a skipped number and says which numbers may come next', () => {
		const { issues } = index('## 1 目的\n\n1.1 一\n\n1.3 三\n');
		expect(issues).toHaveLength(1);
		expect(issues[0]!.message).toBe('条款 1.3 编号不连续：上一条是 1.1，这里应为 1.1.1、1.2、2 之一');
	});

	it('reports a document that does not start at 1', () => {
		expect(index('## 2 适用范围\n').issues[0]!.message).toContain('上一条是 （无），这里应为 1 之一');
	});
});
