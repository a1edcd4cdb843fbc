import { describe, expect, it } from 'vitest';
import {
	CSV_ZONE,
	csvTime,
	fromWallTime,
	readCsvTime,
	splitZone,
	timeHeader,
	toWallTime,
} from '../../src/lib/records/csv-time.ts';
import { isOffsetIso } from '../../src/lib/records/time.ts';

describe('the CSV zone', () => {
	it('is 北京时间, UTC+08:00, named once in each time column’s header', () => {
		expect(CSV_ZONE).toEqual({ offset: 480, name: '北京时间' });
		expect(timeHeader('记录创建时间')).toBe('记录创建时间（北京时间 UTC+08:00）');
		expect(timeHeader('报修时间 [reported-at]')).toBe('报修时间 [reported-at]（北京时间 UTC+08:00）');
	});
});

describe('csvTime', () => {
	it.each<[string, string]>([
		['2026-12-02T09:15:00+00:00', '2026-12-02 17:15:00'],
		['2026-12-02T17:15:00+08:00', '2026-12-02 17:15:00'],
		['2026-12-02T09:15:00Z', '2026-12-02 17:15:00'],
		['2026-12-02T09:15Z', '2026-12-02 17:15:00'],
		['2026-12-02T19:15:00-05:00', '2026-12-03 08:15:00'],
		['2026-12-02T14:45:00+05:30', '2026-12-02 17:15:00'],
		['2026-12-02T09:15:00.007Z', '2026-12-02 17:15:00.007'],
		['2028-02-28T16:30:00Z', '2028-02-29 00:30:00'],
		// The zone of the device does not matter: 1988 Shanghai summer time is not 北京时间 in the file.
		['1988-07-01T09:00:00+09:00', '1988-07-01 08:00:00'],
	])('writes %s as %s', (iso, cell) => {
		expect(csvTime(iso)).toBe(cell);
	});

	it.each(['', '刚才', '2026-12-02', '2026-12-02 17:15:00', '2026-13-02T09:15:00Z'])('leaves %j as it is', (text) => {
		expect(csvTime(text)).toBe(text);
	});
});

describe('toWallTime / fromWallTime', () => {
	it.each([0, 480, 540, -300, 330, 345, -570, 825])('round-trip every instant at offset %i', (offset) => {
		for (const iso of [
			'2026-01-01T00:00:00Z',
			'2026-12-31T23:59:59Z',
			'2026-06-15T12:30:45.123Z',
			'0099-03-01T00:00:00Z',
		]) {
			const back = fromWallTime(toWallTime(iso, offset), offset)!;
			expect(isOffsetIso(back)).toBe(true);
			expect(Date.parse(back)).toBe(Date.parse(iso));
		}
	});

	it.each<[string, number, string]>([
		['2026-12-02 17:15:00', 480, '2026-12-02T17:15:00+08:00'],
		['2026-12-02 17:15', 480, '2026-12-02T17:15:00+08:00'],
		['2026/12/2 7:05', 480, '2026-12-02T07:05:00+08:00'],
		['2026-12-02T17:15:00', 0, '2026-12-02T17:15:00+00:00'],
		['2026-12-02 17:15:00.5', -300, '2026-12-02T17:15:00.500-05:00'],
		['2028-02-29 00:00:00', 330, '2028-02-29T00:00:00+05:30'],
	])('reads %j at %i as %s', (text, offset, iso) => {
		expect(fromWallTime(text, offset)).toBe(iso);
	});

	it.each([
		'2026-02-29 10:00',
		'2026-04-31 10:00',
		'2026-12-02 24:00',
		'2026-12-02 17:60',
		'2026-12-02 17:15:60',
		'2026-12-02',
		'17:15',
		'2026-12-02 下午',
		'',
	])('refuses %j', (text) => {
		expect(fromWallTime(text, 480)).toBeUndefined();
	});
});

describe('splitZone', () => {
	it.each<[string, string, number | undefined]>([
		['记录创建时间（北京时间 UTC+08:00）', '记录创建时间', 480],
		['报修时间 [reported-at]（北京时间 UTC+08:00）', '报修时间 [reported-at]', 480],
		['报修时间（UTC+09:00）', '报修时间', 540],
		['报修时间 (UTC-05:30)', '报修时间', -330],
		['报修时间（纽约时间 UTC-05:00）', '报修时间', -300],
		['报修时间', '报修时间', undefined],
		['报修时间 [reported-at]', '报修时间 [reported-at]', undefined],
		['备注（手填）', '备注（手填）', undefined],
		['时间（UTC+8）', '时间（UTC+8）', undefined],
	])('splits %j', (header, name, offset) => {
		expect(splitZone(header)).toEqual({ name, offset });
	});
});

describe('readCsvTime', () => {
	it.each<[string, string, number | undefined, string, boolean]>([
		['new form, zone in the header', '2026-12-02 17:15:00', 480, '2026-12-02T17:15:00+08:00', false],
		['new form, another zone in the header', '2026-12-02 18:15:00', 540, '2026-12-02T18:15:00+09:00', false],
		['old ISO form, zone in the header', '2026-12-02T09:15:00+00:00', 480, '2026-12-02T09:15:00+00:00', false],
		['old ISO form, no zone in the header', '2026-12-02T09:15:00+00:00', undefined, '2026-12-02T09:15:00+00:00', false],
		[
			'wall time, no zone anywhere: 北京时间, said so',
			'2026-12-02 17:15',
			undefined,
			'2026-12-02T17:15:00+08:00',
			true,
		],
		['empty', '', undefined, '', false],
		['not a time, passed on', '下午五点', 480, '下午五点', false],
	])('reads %s', (_name, cell, offset, value, zoneAssumed) => {
		expect(readCsvTime(cell, offset)).toEqual({ value, zoneAssumed });
	});
});
