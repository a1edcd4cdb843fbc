/**
 * The one place records touch IndexedDB (through `idb`).
 *
 * Lifecycle: database `guichengtong`.
 *   v1: object store `records` keyed by the record's stable id, indexed by template and
 *       by update time.
 *   v2: object store `training` (profile, reading progress, quiz attempts, 阅读确认),
 *       keyed by entry id, indexed by procedure. Existing records are untouched.
 * `DB_VERSION` rises whenever the stored shape changes; `upgrade` runs each step from the
 * user's old version to the current one, so nothing is lost on upgrade. Every record read is validated; a damaged one is counted
 * and reported, never passed on. Every call is guarded: a browser that refuses storage
 * (private mode, quota, blocked) gets a `StoreError` with a message for the user.
 *
 * Two tabs: every save runs in one readwrite transaction that checks the stored revision;
 * if another tab saved in between, the save is refused as a conflict instead of silently
 * overwriting it. Saved changes are announced on a BroadcastChannel.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { trainingEntrySchema, type TrainingEntry } from '../training/entries.ts';
import { storedRecordSchema, type StoredRecord } from './record.ts';

export const DB_NAME = 'guichengtong';
export const DB_VERSION = 2;
const CHANNEL = 'guichengtong-records';

interface HandbookDB extends DBSchema {
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
async function guarded<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (error) {
		throw classify(error);
	}
}

/** Splits what was read into the items that pass `schema` and a count of those that do not. */
function validOnly<T>(
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

export interface LoadResult {
	records: StoredRecord[];
	/** Records that failed validation; kept in the database, never shown or exported. */
	damaged: number;
}

export interface RecordChange {
	id: string;
	revision: number;
}

export class RecordStore {
	private constructor(private readonly db: IDBPDatabase<HandbookDB>) {}

	/** Opens (and upgrades) the database; throws a StoreError when the browser refuses. */
	static async open(): Promise<RecordStore> {
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
		return new RecordStore(db);
	}

	/** All valid records (optionally of one template), newest first, and the count of damaged ones. */
	async list(template?: string): Promise<LoadResult> {
		const raw = await guarded(() =>
			template ? this.db.getAllFromIndex('records', 'by-template', template) : this.db.getAll('records'),
		);
		const { valid: records, damaged } = validOnly(raw, storedRecordSchema);
		records.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
		return { records, damaged };
	}

	async get(id: string): Promise<StoredRecord | undefined> {
		const raw = await guarded(() => this.db.get('records', id));
		if (raw === undefined) return undefined;
		const parsed = storedRecordSchema.safeParse(raw);
		if (!parsed.success) throw new StoreError('failed', parsed.error);
		return parsed.data;
	}

	/**
	 * Saves `record` if the stored copy is still at `record.revision - 1` (or absent for a
	 * new record); otherwise throws a `conflict` StoreError and writes nothing.
	 */
	async save(record: StoredRecord): Promise<StoredRecord> {
		const parsed = storedRecordSchema.parse(record);
		await guarded(async () => {
			const tx = this.db.transaction('records', 'readwrite');
			const current = await tx.store.get(parsed.id);
			const expected = current ? current.revision + 1 : 1;
			if (parsed.revision !== expected) {
				tx.abort();
				throw new StoreError('conflict');
			}
			await tx.store.put(parsed);
			await tx.done;
		});
		announce([{ id: parsed.id, revision: parsed.revision }]);
		return parsed;
	}

	/** Writes all records in one transaction: every one is written, or none is. */
	async putAll(records: readonly StoredRecord[]): Promise<void> {
		const parsed = records.map((r) => storedRecordSchema.parse(r));
		await guarded(async () => {
			const tx = this.db.transaction('records', 'readwrite');
			await Promise.all([...parsed.map((r) => tx.store.put(r)), tx.done]);
		});
		announce(parsed.map((r) => ({ id: r.id, revision: r.revision })));
	}

	/** All valid training entries and the count of damaged ones. */
	async listTraining(): Promise<{ entries: TrainingEntry[]; damaged: number }> {
		const raw = await guarded(() => this.db.getAll('training'));
		const { valid: entries, damaged } = validOnly(raw, trainingEntrySchema);
		return { entries, damaged };
	}

	async putTraining(entry: TrainingEntry): Promise<TrainingEntry> {
		const parsed = trainingEntrySchema.parse(entry);
		await guarded(() => this.db.put('training', parsed));
		return parsed;
	}
}

function announce(changes: RecordChange[]): void {
	try {
		const channel = new BroadcastChannel(CHANNEL);
		channel.postMessage(changes);
		channel.close();
	} catch {
		// No BroadcastChannel: other tabs still detect conflicts when they save.
	}
}

/** Calls `listener` when another tab saves records. Returns a function that stops listening. */
export function onRecordsChanged(listener: (changes: RecordChange[]) => void): () => void {
	try {
		const channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (event: MessageEvent<RecordChange[]>) => listener(event.data);
		return () => channel.close();
	} catch {
		return () => {};
	}
}
