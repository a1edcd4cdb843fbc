/**
 * Times are stored as ISO 8601 with the offset of the zone they were recorded in
 * (2026-11-26T09:30:00+08:00), so a record means the same instant anywhere, and shown in
 * the user's local time. The company works in Asia/Shanghai; tests pin that zone.
 * Offsets are whole minutes, as ISO 8601 requires: for dates before 1901, when zones still
 * had second-level local mean time offsets, the written instant can be off by seconds.
 */

/** A number's digits, zero-padded to `width`. */
export const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** An offset in minutes east of UTC as ISO 8601 writes it: 480 → `+08:00`. */
export function offsetText(minutes: number): string {
	return `${minutes >= 0 ? '+' : '-'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/** A Date as ISO 8601 with the local offset, to the second. */
export function toOffsetIso(date: Date): string {
	return (
		`${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
		`T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
		offsetText(-date.getTimezoneOffset())
	);
}

const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether `text` is a time as records store it: ISO 8601 with `Z` or an offset, seconds and fractions optional. */
export function isOffsetIso(text: string): boolean {
	return OFFSET_ISO.test(text) && !Number.isNaN(Date.parse(text));
}

/** Now, as an offset ISO string. */
export function nowIso(): string {
	return toOffsetIso(new Date());
}

/**
 * The Date of a wall time given as the regex groups year, month, day, hour, minute and
 * (optional) second, read in the local zone or in UTC; undefined when it does not exist.
 */
export function wallClockDate(groups: ReadonlyArray<string | undefined>, utc: boolean): Date | undefined {
	const [y, mo, d, h, mi, s] = groups.map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const date = utc ? new Date(Date.UTC(2000, mo - 1, d, h, mi, s)) : new Date(2000, mo - 1, d, h, mi, s);
	// setFullYear keeps years below 100 as typed (the constructor would read 26 as 1926).
	if (utc) date.setUTCFullYear(y);
	else date.setFullYear(y);
	const parts = utc
		? [
				date.getUTCFullYear(),
				date.getUTCMonth(),
				date.getUTCDate(),
				date.getUTCHours(),
				date.getUTCMinutes(),
				date.getUTCSeconds(),
			]
		: [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()];
	// Date rolls impossible values over (2月30日 → 3月2日); a value that does not survive is not a time.
	const exact = [y, mo - 1, d, h, mi, s].every((part, i) => parts[i] === part);
	return exact ? date : undefined;
}

/** A `<input type="datetime-local">` value (local wall time) as an offset ISO string. */
export function localInputToIso(value: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
	const date = match && wallClockDate(match.slice(1), false);
	return date ? toOffsetIso(date) : undefined;
}

/** An offset ISO string as the local wall time a `datetime-local` input shows. */
export function isoToLocalInput(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	return toOffsetIso(date).slice(0, 16);
}

/** `2026-11-26 09:30`, in local time; the input unchanged when it is not a date. */
export function formatDateTime(iso: string): string {
	const local = isoToLocalInput(iso);
	return local ? local.replace('T', ' ') : iso;
}
