import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms } from '../../src/lib/search/tokenize.ts';

describe('indexTerms', () => {
	it.each([
		['报修登记', ['报', '修', '登', '记', '报修', '修登', '登记']],
		['限', ['限']],
		['第 4.3.1 条', ['第', '4.3.1', '条']],
		['RBWY/JL-kf01-06-01', ['rbwy/jl-kf01-06-01']],
		['４．１', ['4.1']],
		['门禁卡 F-12', ['门', '禁', '卡', '门禁', '禁卡', 'f-12']],
	])('%s → %j', (text, terms) => expect(indexTerms(text)).toEqual(terms));
});

describe('queryTerms', () => {
	it.each([
		// The cases that fail naively: a question with particles, a word-final character, clause numbers.
		['钥匙丢了怎么办', ['钥匙', '匙丢', '丢了', '了怎', '怎么', '么办']],
		['限', ['限']],
		['4.1', ['4.1']],
		['4.12', ['4.12']],
		['kf01-06 4.3.1', ['kf01-06', '4.3.1']],
		['6-4.3.1', ['6-4.3.1']],
		['报修 4.3', ['报修', '4.3']],
		['门禁', ['门禁']],
		['  ，。', []],
	])('%s → %j', (text, terms) => expect(queryTerms(text)).toEqual(terms));

	it('asks only for terms the index holds for the same text', () => {
		for (const text of ['装修押金退还', '小件物品寄存', 'kf01-15 4.7.3', '限']) {
			const indexed = new Set(indexTerms(text));
			for (const term of queryTerms(text)) expect(indexed).toContain(term);
		}
	});

	it('keeps 4.1 apart from 4.12', () => {
		expect(indexTerms('4.12')).not.toContain('4.1');
	});
});
