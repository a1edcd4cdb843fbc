/**
 * Numbers a form issues itself (报修单号, 派工单号 …): `<prefix>-<YYYYMMDD>-<NNN>`, counted
 * afresh each day, as the form's `sequence` declares. Pure, so the form page and tests
 * agree on what the next number is.
 */
import type { FormField } from '../../schemas/form.ts';

export type SequenceFormat = NonNullable<FormField['sequence']>;

const DIGITS = 3;
const LAST = 10 ** DIGITS - 1;

/** The day part of a number issued on `date`, in local time: 20261126. */
export function sequenceDay(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

/**
 * The number after the highest one of `day` among `taken` (001 when there is none), or
 * `undefined` when the day's numbers have run out. Numbers of other days, of another
 * prefix or of another shape are not counted; a gap is not filled, because a number
 * skipped may be on a paper form already.
 */
export function nextSequenceNumber(format: SequenceFormat, day: string, taken: Iterable<unknown>): string | undefined {
	// The prefix is capital letters (the form schema says so), safe inside a pattern.
	const ofDay = new RegExp(`^${format.prefix}-${day}-(\\d{${DIGITS}})$`);
	let highest = 0;
	for (const value of taken) {
		const match = typeof value === 'string' ? ofDay.exec(value.trim()) : null;
		if (match) highest = Math.max(highest, Number(match[1]));
	}
	if (highest >= LAST) return undefined;
	return `${format.prefix}-${day}-${String(highest + 1).padStart(DIGITS, '0')}`;
}
