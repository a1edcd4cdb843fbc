/**
 * Records (filled forms and checklist runs) in the shared database (`../storage/database.ts`).
 * Every read is validated; a damaged record is counted and reported, never passed on.
 *
 * Two tabs: every save runs in one readwrite transaction that checks the stored revision;
 * if another tab saved in between, the save is refused as a conflict instead of silently
 * overwriting it. Saved changes are announced on a BroadcastChannel.
 */
import { StoreError, guarded, openDatabase, validOnly, type HandbookDatabase } from '../storage/database.ts';
import { storedRecordSchema, type StoredRecord } from './record.ts';

const CHANNEL = 'guichengtong-records';

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
	private constructor(private readonly db: HandbookDatabase) {}

	/** Opens the database; throws a StoreError when the browser refuses. */
	static async open(): Promise<RecordStore> {
		return new RecordStore(await openDatabase());
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
