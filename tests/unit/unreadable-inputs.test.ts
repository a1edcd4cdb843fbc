import { describe, expect, it } from 'vitest';
import type { FormField } from '../../src/schemas/form.ts';
import { unreadableInputErrors } from '../../src/lib/records/unreadable-inputs.ts';

const fields: FormField[] = [
	{ id: 'approved-on', label: '批准日期', type: 'date', required: false },
	{ id: 'deadline', label: '完成期限', type: 'date', required: true },
	{ id: 'visit-time', label: '来访时间', type: 'time', required: false },
	{ id: 'arrived-at', label: '到场时间', type: 'datetime', required: false },
	{ id: 'owner-signature', label: '业主签字', type: 'signature', required: false },
	{ id: 'room', label: '房号', type: 'room', required: false },
	{
		id: 'follow-up',
		label: '跟踪记录',
		type: 'table',
		required: false,
		columns: [
			{ id: 'date', label: '跟踪日期', type: 'date', required: true },
			{ id: 'note', label: '情况', type: 'text', required: false },
		],
	},
];

describe('unreadableInputErrors', () => {
	it.each<[string, string[], Record<string, string>]>([
		['nothing unreadable', [], {}],
		['an optional date', ['approved-on'], { 'approved-on': '批准日期不是有效的日期，请重新填写，如 2026-11-26' }],
		[
			'a required date, with the same message',
			['deadline'],
			{ deadline: '完成期限不是有效的日期，请重新填写，如 2026-11-26' },
		],
		['a time', ['visit-time'], { 'visit-time': '来访时间不是有效的时间，请重新填写，如 09:30' }],
		[
			'a date and time',
			['arrived-at'],
			{ 'arrived-at': '到场时间不是有效的日期和时间，请重新填写，如 2026-11-26 09:30' },
		],
		[
			'a signature time, beside the signature',
			['owner-signature.signedAt'],
			{ 'owner-signature': '业主签字的签字时间不是有效的日期和时间，请重新填写，如 2026-11-26 09:30' },
		],
		[
			'a date in the second row of a table',
			['follow-up.1.date'],
			{ 'follow-up.1.date': '跟踪日期不是有效的日期，请重新填写，如 2026-11-26' },
		],
		['a field or column the form does not have', ['gone', 'follow-up.0.gone', 'room.x'], {}],
		['a text field (which never reports bad input)', ['room'], {}],
	])('gives %s', (_, names, expected) => {
		expect(unreadableInputErrors({ fields }, names)).toEqual(expected);
	});

	it('keeps the fields in the order the controls were found', () => {
		expect(Object.keys(unreadableInputErrors({ fields }, ['arrived-at', 'approved-on']))).toEqual([
			'arrived-at',
			'approved-on',
		]);
	});
});
