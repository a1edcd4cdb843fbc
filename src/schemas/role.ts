/** 岗位 (roles): who does what. Entries live in `content/roles.yaml`. */
import { z } from 'astro/zod';
import { clauseNumber, procedureId, slug, text } from './common.ts';

export const roleSchema = z.strictObject({
	id: slug,
	name: text,
	/** 客户服务中心 staff get learning paths; other departments are referenced only. */
	department: text,
	inCustomerService: z.boolean(),
	summary: text,
	/** The clause that defines this role's duties, e.g. kf01-01 4.2 for 客户A岗. */
	definedIn: z.strictObject({ procedure: procedureId, clause: clauseNumber }).optional(),
	/** The procedures a new hire in this role reads, in order (客服中心 roles only). */
	learningPath: z.array(procedureId).default([]),
	/** A caveat the company should confirm (e.g. what "A岗" means in-house). */
	note: text.optional(),
});
export type Role = z.infer<typeof roleSchema>;
