/**
 * The training record as rows for CSV (same Excel-safe writer and the same time rule as the
 * records: wall times in the zone the header states) and as a signed JSON file (same
 * canonical JSON and SHA-256 digest as record exports).
 */
import { csvTime, timeHeader } from '../records/csv-time.ts';
import { toCsv } from '../records/csv.ts';
import { digestOf } from '../records/export-json.ts';
import type { Acknowledgement, QuizAttempt, TrainingEntry } from './entries.ts';
import type { TrainingCatalog } from './catalog.ts';

export const TRAINING_FORMAT = 'guichengtong-training';

export function trainingCsv(
	entries: readonly TrainingEntry[],
	catalog: TrainingCatalog,
	person: { name: string; role: string },
): string {
	const title = (id: string) => catalog.procedures.find((p) => p.id === id);
	const roleName = (id: string) => catalog.roles.find((r) => r.id === id)?.name ?? id;
	const rows = entries
		.filter((e): e is QuizAttempt | Acknowledgement => e.kind === 'quiz' || e.kind === 'ack')
		.sort((a, b) => (a.at < b.at ? -1 : 1))
		.map((e) => {
			const procedure = title(e.procedure);
			if (e.kind === 'quiz') {
				return [
					person.name,
					roleName(person.role),
					procedure?.code ?? e.procedure,
					procedure?.title ?? '',
					e.procedureVersion,
					'自测',
					csvTime(e.at),
					`${e.score}%`,
					e.passed ? '通过' : '未通过',
				];
			}
			const current = procedure?.version === e.procedureVersion;
			return [
				e.name,
				roleName(e.role),
				procedure?.code ?? e.procedure,
				procedure?.title ?? '',
				e.procedureVersion,
				'阅读确认',
				e.date,
				'',
				current ? '有效' : `需重新确认（现行 ${procedure?.version ?? '?'}）`,
			];
		});
	// 日期: the day a reading was confirmed, or the moment a quiz was taken.
	const header = ['姓名', '岗位', '规程编号', '规程名称', '版号', '项目', timeHeader('日期'), '成绩', '结果'];
	return toCsv([header, ...rows]);
}

export async function trainingJson(
	entries: readonly TrainingEntry[],
	appVersion: string,
	exportedAt: string,
): Promise<string> {
	const manifest = {
		format: TRAINING_FORMAT,
		formatVersion: 1,
		app: '规程通',
		appVersion,
		exportedAt,
		entryCount: entries.length,
		digest: { algorithm: 'SHA-256', value: await digestOf(entries) },
	};
	return `${JSON.stringify({ manifest, entries }, null, 2)}\n`;
}
