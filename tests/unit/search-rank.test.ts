import { describe, expect, it } from 'vitest';
import { anyOf, rankByTerms, spreadOverProcedures } from '../../src/lib/search/rank.ts';

const hits = (...ids: string[]) => ids.map((id, i) => ({ id, score: 1 - i * 0.1 }));

describe('rankByTerms', () => {
	it('puts a record holding more terms first', () => {
		const ranked = rankByTerms(
			[
				{ hits: hits('a', 'b'), weight: 1 },
				{ hits: hits('b', 'c'), weight: 1 },
			],
			100,
		);
		expect(ranked[0]).toBe('b');
		expect(ranked).toHaveLength(3);
	});

	it('counts a rare term for more than a common one', () => {
		const common = { hits: hits(...Array.from({ length: 50 }, (_, i) => `common-${i}`)), weight: 1 };
		const rare = { hits: hits('rare'), weight: 1 };
		expect(rankByTerms([common, rare], 100)[0]).toBe('rare');
	});

	it('weighs a term a synonym named above a word as typed', () => {
		const typed = { hits: hits('typed'), weight: 1 };
		const known = { hits: hits('known'), weight: 1.5 };
		expect(rankByTerms([typed, known], 100)[0]).toBe('known');
	});

	it('skips a term with no hits and returns nothing for nothing', () => {
		expect(rankByTerms([{ hits: [], weight: 1 }], 100)).toEqual([]);
		expect(
			rankByTerms(
				[
					{ hits: [], weight: 1 },
					{ hits: hits('a'), weight: 1 },
				],
				100,
			),
		).toEqual(['a']);
	});

	it('breaks ties the same way every time', () => {
		const ranked = rankByTerms(
			[
				{
					hits: [
						{ id: 'y', score: 1 },
						{ id: 'x', score: 1 },
					],
					weight: 1,
				},
			],
			10,
		);
		expect(ranked).toEqual(['x', 'y']);
	});
});

describe('anyOf', () => {
	it('keeps each record once with its best score', () => {
		expect(
			anyOf([
				[{ id: 'a', score: 0.2 }],
				[
					{ id: 'a', score: 0.9 },
					{ id: 'b', score: 0.1 },
				],
			]),
		).toEqual([
			{ id: 'a', score: 0.9 },
			{ id: 'b', score: 0.1 },
		]);
	});
});

describe('spreadOverProcedures', () => {
	const of = (r: string) => r.split(':')[0]!;
	it('fills the first three places from different procedures, the rest in order', () => {
		expect(spreadOverProcedures(['06:a', '06:b', '06:c', '08:a', '17:a', '06:d'], of)).toEqual([
			'06:a',
			'08:a',
			'17:a',
			'06:b',
			'06:c',
			'06:d',
		]);
	});

	it('leaves a list from one procedure as it is', () => {
		expect(spreadOverProcedures(['06:a', '06:b'], of)).toEqual(['06:a', '06:b']);
	});
});
