import { describe, expect, it } from 'vitest';
import { foldTraditional, meaningfulWords, planQuery, segmentWords } from '../../src/lib/search/query-step.ts';
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

describe('segmentWords', () => {
	it.each([
		['电话响几声必须接', ['电话', '响', '几声', '必须', '接']],
		['业主塞给我一张购物卡', ['业主', '塞', '一张', '购物', '卡']],
		['突然下雨没带伞', ['突然', '下雨', '带', '伞']],
	])('%s → %j', (text, words) => expect(segmentWords(text)).toEqual(words));
});

describe('planQuery', () => {
	it.each([
		['楼上往下渗水怎么办', '楼上 往下 漏水'],
		['快递放哪了', '快件 放'],
		['钥匙丢了怎么办', '钥匙 丢失'],
		['收房要带什么', '入住 要带'],
		['隔壁装修太吵', '隔壁 装修 噪声'],
	])('%s first tries %s', (raw, first) => expect(planQuery(raw, synonyms).attempts[0]).toBe(first));

	it('keeps the words as typed as the second try', () => {
		expect(planQuery('隔壁装修太吵', synonyms).attempts[1]).toBe('隔壁装修太吵');
	});

	it('lists each term once, with the handbook words a synonym gives and whether one did', () => {
		const { terms } = planQuery('渗水 渗水 楼上', synonyms);
		expect(terms).toEqual([
			{ said: '渗水', search: ['漏水', '渗漏'], known: true },
			{ said: '楼上', search: ['楼上'], known: false },
		]);
	});

	it('asks nothing for a query of only question words', () => {
		expect(planQuery('怎么办？', synonyms)).toMatchObject({ attempts: [], terms: [] });
	});
});
