import { describe, expect, it } from 'vitest';
import { allowedNext, clauseAnchor, matchClauseNumber } from '../../src/lib/clause-numbers.ts';

describe('matchClauseNumber', () => {
	it.each([
		['4.1.1严格遵守公司各项规章制度;', 'paragraph', '4.1.1', '严格遵守公司各项规章制度;'],
		['4.1.3 负责定期回访客户', 'paragraph', '4.1.3', '负责定期回访客户'],
		['4.1客户服务中心分公司主管领导岗位职责:', 'paragraph', '4.1', '客户服务中心分公司主管领导岗位职责:'],
		['1 目的', 'heading', '1', '目的'],
		['4.2 派工', 'heading', '4.2', '派工'],
		['4.10 十号条款', 'heading', '4.10', '十号条款'],
	] as const)('reads %j as clause %s', (text, block, number, rest) => {
		expect(matchClauseNumber(text, block)).toEqual({ number, rest });
	});

	it.each([
		['30分钟内到场', 'paragraph'],
		['2014年5月13日发布', 'paragraph'],
		['1 目的', 'paragraph'],
		['目的', 'heading'],
		['24小时值班', 'heading'],
	] as const)('does not take %j (%s) for a clause', (text, block) => {
		expect(matchClauseNumber(text, block)).toBeNull();
	});
});

describe('allowedNext', () => {
	it('starts at 1', () => expect(allowedNext(null)).toEqual(['1']));
	it('allows a child, a sibling and each ancestor sibling', () => {
		expect(allowedNext('4.1.3')).toEqual(['4.1.3.1', '4.1.4', '4.2', '5']);
	});
});

describe('clauseAnchor', () => {
	it('prefixes the number so the id never starts with a digit', () => expect(clauseAnchor('4.1.3')).toBe('c4.1.3'));
});
