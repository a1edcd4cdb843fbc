/**
 * Times are stored as ISO 8601 with the offset of the zone they were recorded in
 * (2026-11-26T09:30:00+08:00), so a record means the same instant anywhere, and shown in
 * the user's local time. The company works in Asia/Shanghai; tests pin that zone.
 * Offsets are whole minutes, as ISO 8601 requires: for dates before 1901, when zones still
 * had second-level local mean time offsets, the written instant can be off by seconds.
 */

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** A Date as ISO 8601 with the local offset, to the second. */
export function toOffsetIso(date: Date): string {
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	return (
		`${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
		`T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
		`${sign}${pad(offset / 60)}:${pad(offset % 60)}`
	);
}

/** Now, as an offset ISO string. */
export function nowIso(): string {
	return toOffsetIso(new Date());
}

/** A `<input type="datetime-local">` value (local wall time) as an offset ISO string. */
export function localInputToIso(value: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
	if (!match) return undefined;
	const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const date = new Date(2000, mo - 1, d, h, mi, s);
	// setFullYear keeps years below 100 as typed (the constructor would read 26 as 1926).
	date.setFullYear(y);
	// Date rolls impossible values over (2月30日 → 3月2日); a value that does not survive is not a time.
	const exact =
		date.getFullYear() === y &&
		date.getMonth() === mo - 1 &&
		date.getDate() === d &&
		date.getHours() === h &&
		date.getMinutes() === mi &&
		date.getSeconds() === s;
	return exact ? toOffsetIso(date) : undefined;
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
