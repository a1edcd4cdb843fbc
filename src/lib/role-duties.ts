/**
 * What one role does across the handbook, procedure by procedure: its stated duty, the
 * clauses that set it and the flowchart steps it performs. Pure over the loaded handbook.
 */
import type { ProcedureEntry } from './handbook.ts';

export interface RoleInProcedure {
	procedure: ProcedureEntry;
	duty: string | undefined;
	clauses: string[];
	steps: string[];
}

export function dutiesOfRole(roleId: string, procedures: readonly ProcedureEntry[]): RoleInProcedure[] {
	return procedures.flatMap((procedure) => {
		const duty = procedure.data.roles.find((r) => r.role === roleId);
		const steps = procedure.data.flow.filter((s) => s.role === roleId).map((s) => s.label);
		if (!duty && steps.length === 0) return [];
		return [{ procedure, duty: duty?.duty, clauses: duty?.clauses ?? [], steps }];
	});
}
