/**
 * How our CSV files write times, for records and the training record alike: as a wall time
 * that Excel and WPS take for a date-time (`2026-12-02 17:15:00`), every one in one zone,
 * stated once in the header of each time column (`记录创建时间（北京时间 UTC+08:00）`).
 * Stored times keep ISO 8601 with their offset; a spreadsheet reads that as text, so it
 * could neither sort nor filter by time. The zone is the company's (Asia/Shanghai, no
 * daylight saving) whatever zone the exporting device is in, so every export of a record
 * reads the same and one offset holds for the whole column.
 *
 * Reading takes the zone a header states, ISO text as older exports wrote it, and wall times
 * under a header without a zone, which are read in the company's zone (and the import says so).
 */
import { isOffsetIso, offsetText, pad, wallClockDate } from './time.ts';

/**
 * An offset ISO time as the wall time at a fixed offset (minutes east of UTC), the way a
 * spreadsheet reads a date-time: `2026-12-02T09:15:00+00:00` at 480 → `2026-12-02 17:15:00`.
 * Milliseconds are written only when there are some. Anything else comes back unchanged.
 */
export function toWallTime(iso: string, offset: number): string {
	if (!isOffsetIso(iso)) return iso;
	const wall = new Date(Date.parse(iso) + offset * 60_000);
	const text =
		`${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ` +
		`${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
	const ms = wall.getUTCMilliseconds();
	return ms ? `${text}.${pad(ms, 3)}` : text;
}

// 2026-12-02 17:15:00, and what Excel and WPS write back when they save it: 2026/12/2 17:15.
const WALL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * The inverse of `toWallTime`: a wall time read at a fixed offset, as offset ISO
 * (`2026-12-02 17:15:00` at 480 → `2026-12-02T17:15:00+08:00`); undefined when the text is
 * not a wall time or names one that does not exist (2月30日).
 */
export function fromWallTime(text: string, offset: number): string | undefined {
	const match = WALL_TIME.exec(text.trim());
	if (!match) return undefined;
	const date = wallClockDate(match.slice(1, 7), true);
	if (!date) return undefined;
	if (match[7]) date.setUTCMilliseconds(Number(match[7].padEnd(3, '0')));
	return `${toWallTime(date.toISOString(), 0).replace(' ', 'T')}${offsetText(offset)}`;
}

/** The zone CSV times are written in: minutes east of UTC, and its name for people. */
export const CSV_ZONE = { offset: 480, name: '北京时间' } as const;

/** `（北京时间 UTC+08:00）` at the end of a header; the name is optional, ASCII brackets are read too. */
const ZONE_SUFFIX = /^(.*?)\s*[（(][^（）()]*?UTC([+-])(\d{2}):(\d{2})[）)]$/;

/** The header of a time column: the name, then the zone its times are in. */
export function timeHeader(name: string): string {
	return `${name}（${CSV_ZONE.name} UTC${offsetText(CSV_ZONE.offset)}）`;
}

/** A stored time as a CSV cell. */
export function csvTime(iso: string): string {
	return toWallTime(iso, CSV_ZONE.offset);
}

/** A header as the column's name and the offset (minutes east of UTC) it states, if it states one. */
export function splitZone(header: string): { name: string; offset: number | undefined } {
	const match = ZONE_SUFFIX.exec(header);
	if (!match) return { name: header, offset: undefined };
	const [, name, sign, hours, minutes] = match as unknown as [string, string, string, string, string];
	const offset = Number(hours) * 60 + Number(minutes);
	return { name, offset: sign === '-' ? -offset : offset };
}

/** What a time cell reads as, and whether its zone had to be assumed because the header names none. */
export interface CsvTimeRead {
	value: string;
	zoneAssumed: boolean;
}

/**
 * A time cell read back: ISO text as it is; a wall time at the header's `offset`, or in the
 * company's zone when the header states none. Anything else is passed on for validation to
 * reject beside its row.
 */
export function readCsvTime(cell: string, offset: number | undefined): CsvTimeRead {
	const text = cell.trim();
	if (text === '' || isOffsetIso(text)) return { value: text, zoneAssumed: false };
	const iso = fromWallTime(text, offset ?? CSV_ZONE.offset);
	return iso ? { value: iso, zoneAssumed: offset === undefined } : { value: cell, zoneAssumed: false };
}

/** The import notice for a column whose wall times were read in the company's zone. */
export const ZONE_ASSUMED = `列标题没有注明时区，这一列的时间按${CSV_ZONE.name}（UTC${offsetText(CSV_ZONE.offset)}）读取`;
