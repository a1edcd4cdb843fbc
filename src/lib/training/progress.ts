/**
 * Where a learner stands on each procedure, derived from stored training entries and the
 * procedures' current versions. An acknowledgement counts only for the version it was
 * made under: a new version (the `version` field, not a typo fix) asks for it again.
 */
import type { Acknowledgement, QuizAttempt, TrainingEntry } from './entries.ts';

export type AckState = 'none' | 'current' | 'outdated';

/** How the state of a 阅读确认 reads in the progress line. */
export const ACK_STATE_LABEL: Record<AckState, string> = { none: '未确认', current: '已确认', outdated: '需重新确认' };

export interface ProcedureProgress {
	opened: boolean;
	read: boolean;
	/** The best passing attempt, else the latest attempt, else null. */
	quiz: QuizAttempt | null;
	ack: Acknowledgement | null;
	ackState: AckState;
	/** Opened, read, quiz passed (when there is a quiz) and acknowledged for the current version. */
	complete: boolean;
}

export function progressFor(
	procedure: string,
	currentVersion: string,
	hasQuiz: boolean,
	entries: readonly TrainingEntry[],
): ProcedureProgress {
	const own = entries.filter((e) => e.kind !== 'profile' && e.procedure === procedure);
	const progress = own.find((e) => e.kind === 'progress');
	const attempts = own.filter((e): e is QuizAttempt => e.kind === 'quiz').sort((a, b) => (a.at < b.at ? 1 : -1));
	const quiz = attempts.find((a) => a.passed) ?? attempts[0] ?? null;
	const acks = own.filter((e): e is Acknowledgement => e.kind === 'ack').sort((a, b) => (a.at < b.at ? 1 : -1));
	const ack = acks.find((a) => a.procedureVersion === currentVersion) ?? acks[0] ?? null;
	const ackState: AckState = !ack ? 'none' : ack.procedureVersion === currentVersion ? 'current' : 'outdated';
	const opened = progress !== undefined;
	const read = progress?.readAt !== undefined;
	return {
		opened,
		read,
		quiz,
		ack,
		ackState,
		complete: opened && read && (!hasQuiz || quiz?.passed === true) && ackState === 'current',
	};
}

/** Short status text for lists: 未开始 / 已打开 / 已读完 / 自测通过 / 已确认 / 需重新确认. */
export function progressLabel(progress: ProcedureProgress): string {
	if (progress.ackState === 'outdated') return '版本已更新，需重新确认';
	if (progress.complete) return '已完成';
	if (progress.ackState === 'current') return '已确认';
	if (progress.quiz?.passed) return '自测通过';
	if (progress.read) return '已读完';
	if (progress.opened) return '已打开';
	return '未开始';
}
