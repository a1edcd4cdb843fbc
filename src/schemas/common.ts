/**
 * Primitives shared by every content schema: ids, codes, dates and people.
 * Each carries a Chinese error message that tells the author what a right value looks like.
 */
import { z } from 'astro/zod';
import { SLUG_SOURCE } from './slug-pattern.ts';

/** Procedure ids are the file names: `kf01-01` … `kf01-20`. */
export const procedureId = z.string().regex(/^kf01-\d{2}$/, { error: '规程编号应形如 kf01-06（两位序号）' });

/** A clause number written the document's way: `4`, `4.1`, `4.1.3`. */
export const clauseNumber = z.string().regex(/^\d+(?:\.\d+)*$/, { error: '条款号应形如 4.1.3（数字与点）' });

/** An author-written stable id: lowercase ASCII words joined by hyphens. */
export const slug = z
	.string()
	.regex(new RegExp(`^${SLUG_SOURCE}$`), { error: 'id 只能用小写字母、数字和连字符，如 urgent-arrival' });

/**
 * A calendar date. YAML turns `2014-05-13` into a Date; we keep the plain
 * `YYYY-MM-DD` string so no time zone can shift it by a day.
 */
export const calendarDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.iso.date({ error: '日期应写成 YYYY-MM-DD，如 2014-05-13' }),
);

/** Contract service grades of the 2004 等级标准; thresholds depend on them. */
export const serviceGrade = z.enum(['一级', '二级', '三级'], {
	error: '服务等级只能是 一级、二级 或 三级',
});
export type ServiceGrade = z.infer<typeof serviceGrade>;

/** A sign-off in the document-control header: who, and on which day. */
export const signOff = z.strictObject({
	/** Names as printed in the header; several people are joined with 、 */
	by: z.string().min(1, { error: '请填写签署人姓名' }),
	date: calendarDate,
});
export type SignOff = z.infer<typeof signOff>;

/** A non-empty Chinese text field. */
export const text = z.string().trim().min(1, { error: '不能为空' });
