/**
 * Training entries (profile, reading progress, quiz attempts, 阅读确认) in the shared
 * database (`../storage/database.ts`). Every read is validated; a damaged entry is counted,
 * never passed on.
 */
import { guarded, openDatabase, validOnly, type HandbookDatabase } from '../storage/database.ts';
import { trainingEntrySchema, type TrainingEntry } from './entries.ts';

export class TrainingStore {
	private constructor(private readonly db: HandbookDatabase) {}

	/** Opens the database; throws a StoreError when the browser refuses. */
	static async open(): Promise<TrainingStore> {
		return new TrainingStore(await openDatabase());
	}

	/** All valid training entries and the count of damaged ones. */
	async list(): Promise<{ entries: TrainingEntry[]; damaged: number }> {
		const raw = await guarded(() => this.db.getAll('training'));
		const { valid: entries, damaged } = validOnly(raw, trainingEntrySchema);
		return { entries, damaged };
	}

	async put(entry: TrainingEntry): Promise<TrainingEntry> {
		const parsed = trainingEntrySchema.parse(entry);
		await guarded(() => this.db.put('training', parsed));
		return parsed;
	}
}
