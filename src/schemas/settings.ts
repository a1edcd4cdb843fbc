/**
 * Site settings, kept as content so another company adopts the site by editing
 * `content/settings.yaml`, not code.
 */
import { z } from 'astro/zod';
import { serviceGrade, signOff, text } from './common.ts';

export const settingsSchema = z.strictObject({
	id: z.literal('site', { error: 'settings.yaml 只能有一条 id 为 site 的记录' }),
	company: text,
	/** The property (项目/小区) this copy of the handbook serves. */
	property: text,
	siteName: text,
	documentSet: z.strictObject({
		code: text,
		title: text,
		version: z.string().regex(/^[A-Z]\/\d{2}$/, { error: '版号应形如 A/01' }),
		prepared: signOff,
		reviewed: signOff,
		approved: signOff,
	}),
	/** The 物业服务合同's grade; grade-dependent time limits and audit thresholds follow it. */
	serviceGrade,
	/** Time zone the company works in; stored times carry their offset. */
	timeZone: text,
	servicePhone: text.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
