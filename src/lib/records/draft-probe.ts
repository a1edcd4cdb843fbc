/**
 * Whether an unfinished draft of a template is stored, read straight from the database
 * without the record schema: it only decides whether a page loads a widget's code early so
 * the draft shows on arrival. The widget itself validates what it then reads.
 */
import { openDatabase } from '../storage/database.ts';

export async function hasDraft(template: string): Promise<boolean> {
	try {
		const db = await openDatabase();
		const raw = await db.getAllFromIndex('records', 'by-template', template);
		db.close();
		return raw.some((r) => r.status === 'draft' && !r.deletedAt);
	} catch {
		return false;
	}
}
