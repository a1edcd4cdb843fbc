/**
 * A handbook `copies` times the real one, for measuring search at a size the company may reach:
 * every procedure, form and checklist repeated with its own id, title and code (报修管理作业规程
 * （第 37 册）, kf01-06-x37), clauses and text as they are. Built in memory, never written to content/.
 */
import { assemble, type Handbook } from '../../src/lib/content/load-handbook.ts';

/** The real procedure a copy's id came from: kf01-06-x37 → kf01-06. */
export const originalId = (id: string): string => id.replace(/-x\d+$/, '');

export function syntheticHandbook(real: Handbook, copies: number): Handbook {
	const numbers = Array.from({ length: copies }, (_, i) => i + 1);
	const copy = (id: string, n: number) => (n === 1 ? id : `${id}-x${n}`);
	const volume = (title: string, n: number) => (n === 1 ? title : `${title}（第 ${n} 册）`);
	return assemble({
		...real,
		procedures: numbers.flatMap((n) =>
			real.procedures.map((p) => ({
				...p,
				id: copy(p.id, n),
				data: { ...p.data, title: volume(p.data.title, n), code: copy(p.data.code, n) },
			})),
		),
		forms: numbers.flatMap((n) =>
			real.forms.map((f) => ({
				...f,
				id: copy(f.id, n),
				code: copy(f.code, n),
				title: volume(f.title, n),
				serves: f.serves.map((s) => ({ ...s, procedure: copy(s.procedure, n) })),
			})),
		),
		checklists: numbers.flatMap((n) =>
			real.checklists.map((c) => ({
				...c,
				id: copy(c.id, n),
				title: volume(c.title, n),
				procedure: copy(c.procedure, n),
			})),
		),
	});
}
