/**
 * The line beside 保存 in the sticky bar. While saves succeed it is a status; once one fails,
 * an error (role=alert) takes its place, and the earlier success text goes, so a failure
 * never reads as saved. The error stays until the save that clears it succeeds.
 */

/** A store that refused (cleared by any later save), or fields to correct (cleared when 保存 passes them). */
export type SaveProblem = 'store' | 'invalid';

export class SaveBar {
	private problem: SaveProblem | undefined;

	constructor(
		private readonly status: HTMLElement,
		private readonly alert: HTMLElement,
	) {}

	/** Sets the status line; it shows while no problem stands. */
	say(message: string): void {
		this.status.textContent = message;
	}

	fail(message: string, problem: SaveProblem): void {
		this.problem = problem;
		this.alert.textContent = message;
		this.status.textContent = '';
		this.status.hidden = true;
	}

	/** Clears the problem standing, if it is a `problem` one (any, when not given). */
	clear(problem?: SaveProblem): void {
		if (!this.problem || (problem && problem !== this.problem)) return;
		this.problem = undefined;
		this.alert.textContent = '';
		this.status.hidden = false;
	}
}
