/**
 * Turns a procedure's `flow` steps into rows for the build-time flowchart: each step with
 * its outgoing edges resolved. A step without `next` continues to the step listed after
 * it; an edge to any other step is a jump, drawn as a labelled link instead of an arrow.
 */
import type { FlowStep } from '../schemas/procedure.ts';

export interface FlowEdge {
	to: string;
	toLabel: string;
	label: string | undefined;
	/** True when the edge goes to the step drawn directly below. */
	isNextRow: boolean;
}

export interface FlowRow {
	step: FlowStep;
	/** 1-based position, shown in the box so jumps can say "转第 5 步". */
	position: number;
	edges: FlowEdge[];
}

export function flowRows(steps: readonly FlowStep[]): FlowRow[] {
	const position = new Map(steps.map((s, i) => [s.id, i + 1]));
	const label = new Map(steps.map((s) => [s.id, s.label]));
	return steps.map((step, i) => {
		const following = steps[i + 1];
		const targets = step.next ?? (step.kind === 'end' || !following ? [] : [{ to: following.id, label: undefined }]);
		return {
			step,
			position: i + 1,
			edges: targets.map((edge) => ({
				to: edge.to,
				toLabel: `${position.get(edge.to) ?? '?'}. ${label.get(edge.to) ?? edge.to}`,
				label: edge.label,
				isNextRow: following?.id === edge.to,
			})),
		};
	});
}

/** The anchor id of a flowchart step on the page. */
export function flowStepAnchor(stepId: string): string {
	return `flow-${stepId}`;
}
