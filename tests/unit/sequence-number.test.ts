import { describe, expect, it } from 'vitest';
import { nextSequenceNumber, sequenceDay } from '../../src/lib/records/sequence-number.ts';
import { formField } from '../../src/schemas/form.ts';

const BX = { prefix: 'BX' };
const DAY = '20261126';

describe('nextSequenceNumber', () => {
	it.each<[string, unknown[], string | undefined]>([
		['001 when nothing is stored', [], 'BX-20261126-001'],
		['one after the only number of the day', ['BX-20261126-001'], 'BX-20261126-002'],
		['one after the highest, in any order', ['BX-20261126-003', 'BX-20261126-001'], 'BX-20261126-004'],
		['past a gap, not into it', ['BX-20261126-001', 'BX-20261126-005'], 'BX-20261126-006'],
		['001 when only other days have numbers', ['BX-20261125-009', 'BX-20261127-004'], 'BX-20261126-001'],
		['counting today only', ['BX-20261125-041', 'BX-20261126-002'], 'BX-20261126-003'],
		['ignoring another prefix', ['PG-20261126-007', 'TS-20261126-008'], 'BX-20261126-001'],
		[
			'ignoring malformed numbers',
			['BX-20261126-17', 'BX-20261126-0042', 'bx-20261126-009', 'BX20261126001', 'BX-2026112-001', 'XBX-20261126-050'],
			'BX-20261126-001',
		],
		[
			'ignoring values that are not text',
			[undefined, 12, { name: 'BX-20261126-010' }, ['BX-20261126-011']],
			'BX-20261126-001',
		],
		['reading a number with spaces round it', [' BX-20261126-004 '], 'BX-20261126-005'],
		['after 000', ['BX-20261126-000'], 'BX-20261126-001'],
		['up to 999', ['BX-20261126-998'], 'BX-20261126-999'],
		['none when the day has run out', ['BX-20261126-999'], undefined],
	])('gives %s', (_, taken, expected) => {
		expect(nextSequenceNumber(BX, DAY, taken)).toBe(expected);
	});

	it('uses the prefix it is given', () => {
		expect(nextSequenceNumber({ prefix: 'PG' }, DAY, ['PG-20261126-002', 'BX-20261126-030'])).toBe('PG-20261126-003');
	});
});

describe('sequenceDay', () => {
	it.each<[Date, string]>([
		[new Date(2026, 10, 26, 9, 30), '20261126'],
		[new Date(2026, 0, 5, 0, 0), '20260105'],
		[new Date(2026, 11, 31, 23, 59), '20261231'],
	])('writes %s as %s in local time', (date, expected) => {
		expect(sequenceDay(date)).toBe(expected);
	});
});

describe('a field that declares a sequence', () => {
	const field = {
		id: 'repair-no',
		label: '报修单号',
		type: 'text',
		pattern: '^BX-\\d{8}-\\d{3}$',
		patternMessage: '报修单号应形如 BX-20260301-001',
		sequence: { prefix: 'BX' },
	};
	const problems = (value: object) =>
		formField.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

	it('is accepted with a pattern its numbers match', () => {
		expect(problems(field)).toEqual([]);
	});

	it.each<[string, object, string]>([
		[
			'a pattern that refuses its numbers',
			{ pattern: '^PG-\\d{8}-\\d{3}$' },
			'pattern: pattern 不接受按 sequence 编出的 BX-20260301-001',
		],
		['no pattern', { pattern: undefined, patternMessage: undefined }, 'pattern: 写了 sequence 就要写 pattern'],
		['a type other than text', { type: 'number' }, 'sequence: sequence 只能用于 text 字段'],
		[
			'a prefix that is not capital letters',
			{ sequence: { prefix: 'bx-' } },
			'sequence.prefix: 编号前缀应为 1 到 4 个大写字母',
		],
	])('is refused with %s', (_, change, message) => {
		expect(problems({ ...field, ...change }).join('\n')).toContain(message);
	});
});
