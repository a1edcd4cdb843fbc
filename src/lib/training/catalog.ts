/** What training pages need to know about procedures and roles, embedded at build time. */
import type { Handbook } from '../handbook.ts';

export interface TrainingCatalog {
	procedures: Array<{
		id: string;
		title: string;
		code: string;
		version: string;
		status: string;
		readingMinutes: number;
		hasQuiz: boolean;
	}>;
	roles: Array<{ id: string; name: string; learningPath: string[] }>;
}

export function trainingCatalog(handbook: Handbook): TrainingCatalog {
	return {
		procedures: handbook.procedures.map((p) => ({
			id: p.id,
			title: p.data.title,
			code: p.data.code,
			version: p.data.version,
			status: p.data.status,
			readingMinutes: p.readingMinutes,
			hasQuiz: p.quiz !== undefined,
		})),
		roles: handbook.roles
			.filter((r) => r.inCustomerService)
			.map((r) => ({ id: r.id, name: r.name, learningPath: r.learningPath })),
	};
}
