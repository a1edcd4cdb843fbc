/**
 * The one IndexedDB database of the site (through `idb`), shared by records, training and
 * whatever feature stores data next. Each feature keeps its own object store and its own
 * API (`records/record-store.ts`, `training/training-store.ts`); this module owns what they
 * share: opening and upgrading, the errors a user sees, and validation on read.
 *
 * Lifecycle: database `guichengtong`.
 *   v1: object store `records` keyed by the record's stable id, indexed by template and
 *       by update time.
 *   v2: object store `training` (profile, reading progress, quiz attempts, 阅读确认),
 *       keyed by entry id, indexed by procedure. Existing records are untouched.
 * `DB_VERSION` rises whenever the stored shape changes; `upgrade` runs each step from the
 * user's old version to the current one, so nothing is lost on upgrade. Every call is
 * guarded: a browser that refuses storage (private mode, quota, blocked) gets a
 * `StoreError` with a message for the user.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredRecord } from '../records/record.ts';
import type { TrainingEntry } from '../training/entries.ts';

export const DB_NAME = 'guichengtong';
export const DB_VERSION = 2;

export interface HandbookDB extends DBSchema {
	records: {
		key: string;
		value: StoredRecord;
		indexes: { 'by-template': string; 'by-updated': string };
	};
	training: {
		key: string;
		value: TrainingEntry;
		indexes: { 'by-procedure': string };
	};
}

export type HandbookDatabase = IDBPDatabase<HandbookDB>;

export type StoreProblem = 'unavailable' | 'quota' | 'conflict' | 'failed';

const MESSAGES: Record<StoreProblem, string> = {
	unavailable: '浏览器拒绝在本机保存数据（可能是隐私/无痕模式或存储被禁用）。本页内容没有保存，请先导出或打印。',
	quota: '本机存储空间已满，无法保存。请导出并删除旧记录后重试；本页内容仍可导出。',
	conflict: '这条记录已在另一个标签页中被修改。为避免覆盖，本次没有保存。',
	failed: '保存失败，请重试；本页内容仍可导出。',
};

export class StoreError extends Error {
	readonly problem: StoreProblem;
	constructor(problem: StoreProblem, cause?: unknown) {
		super(MESSAGES[problem], { cause });
		this.name = 'StoreError';
		this.problem = problem;
	}
}

/** What to tell the user about a failed store call: the StoreError's message, else the error itself. */
export function storeMessage(error: unknown): string {
	return error instanceof StoreError ? error.message : String(error);
}

function classify(error: unknown): StoreError {
	if (error instanceof StoreError) return error;
	const name = (error as { name?: string } | undefined)?.name;
	if (name === 'QuotaExceededError') return new StoreError('quota', error);
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotFoundError') {
		return new StoreError('unavailable', error);
	}
	return new StoreError('failed', error);
}

/** Runs a store call, turning every failure into a StoreError. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw classify(error);
	}
}

/** Splits what was read into the items that pass `schema` and a count of those that do not. */
export function validOnly<T>(
	raw: readonly unknown[],
	schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): { valid: T[]; damaged: number } {
	const valid: T[] = [];
	let damaged = 0;
	for (const item of raw) {
		const parsed = schema.safeParse(item);
		if (parsed.success) valid.push(parsed.data);
		else damaged++;
	}
	return { valid, damaged };
}

/** Opens (and upgrades) the database; throws a StoreError when the browser refuses. */
export async function openDatabase(): Promise<HandbookDatabase> {
	if (typeof indexedDB === 'undefined') throw new StoreError('unavailable');
	const db = await guarded(() =>
		openDB<HandbookDB>(DB_NAME, DB_VERSION, {
			upgrade(database, oldVersion) {
				// Each step upgrades from one version to the next, in order, from the user's old version.
				if (oldVersion < 1) {
					const records = database.createObjectStore('records', { keyPath: 'id' });
					records.createIndex('by-template', 'template');
					records.createIndex('by-updated', 'updatedAt');
				}
				if (oldVersion < 2) {
					const training = database.createObjectStore('training', { keyPath: 'id' });
					training.createIndex('by-procedure', 'procedure');
				}
			},
			blocking() {
				// A newer version of the site opened in another tab: let it upgrade.
				db.close();
			},
		}),
	);
	return db;
}
