import { describe, expect, it } from 'vitest';
import { foldTraditional, meaningfulWords, planQuery } from '../../src/lib/search/query-step.ts';
import { liveHandbook } from '../content.ts';

const { synonyms } = await liveHandbook();

describe('meaningfulWords', () => {
	it.each([
		['钥匙丢了怎么办', ['钥匙丢']],
		['装修要交押金吗？', ['装修要交押金']],
		['快递放哪里了', ['快递放']],
		['请问，电梯坏了怎么处理', ['电梯坏']],
		['限', ['限']],
		['  ？！', []],
		['鑰匙丟了', ['钥匙丟']],
	])('%s → %j', (raw, words) => expect(meaningfulWords(raw)).toEqual(words));
});

describe('foldTraditional', () => {
	it('folds each listed Traditional character to its Simplified one', () => {
		expect(foldTraditional('報修 裝修 郵遞 鑰匙')).toBe('报修 装修 邮递 钥匙');
	});
});

describe('planQuery', () => {
	it.each([
		['楼上往下渗水怎么办', '楼上往下 漏水'],
		['快递放哪了', '快件 放'],
		['钥匙丢了怎么办', '钥匙 丢失'],
		['收房要带什么', '入住 要带'],
		['隔壁装修太吵', '隔壁 装修 噪声'],
	])('%s first tries %s', (raw, first) => expect(planQuery(raw, synonyms).attempts[0]).toBe(first));

	it('falls back to fewer words, last ones first, after the full forms', () => {
		const plan = planQuery('隔壁 电钻 噪音 半夜', synonyms);
		expect(plan.attempts.slice(0, plan.complete)).toContain('隔壁 电钻 噪音 半夜');
		expect(plan.attempts.slice(plan.complete)).toEqual(['隔壁 装修 噪声', '隔壁 装修', '隔壁']);
	});

	it('asks nothing for a query of only question words', () => {
		expect(planQuery('怎么办？', synonyms).attempts).toEqual([]);
	});
});
