/**
 * The autosave of a record being edited, with a store whose saves finish only when the test
 * says so: a change typed while a save is in flight must still be saved by the next autosave.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredRecord } from '../../src/lib/records/record.ts';

const saved: StoredRecord[] = [];
let releaseSave: (() => void) | undefined;

vi.mock('../../src/lib/records/record-store.ts', () => ({
	onRecordsChanged: () => () => {},
	RecordStore: {
		open: async () => ({
			list: async () => ({ records: [] }),
			get: async () => undefined,
			save: (record: StoredRecord) =>
				new Promise<StoredRecord>((resolve) => {
					releaseSave = () => {
						saved.push(record);
						resolve(record);
					};
				}),
		}),
	},
}));

const { RecordSession } = await import('../../src/components/record-session.ts');

const origin = {
	kind: 'form' as const,
	template: 'repair-register',
	templateCode: 'RBWY/JL-kf01-06-01',
	templateVersion: 'A/01',
	procedure: 'kf01-06',
	procedureVersion: 'A/02',
};

describe('RecordSession autosave', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('document', { addEventListener: () => {}, visibilityState: 'visible' });
		saved.length = 0;
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('saves a change typed while the previous save was still writing', async () => {
		let page: Record<string, unknown> = {};
		const session = new RecordSession(origin, {
			read: () => ({ ...page }),
			title: () => '',
			show: () => {},
			status: () => {},
			saved: () => {},
			problem: () => {},
		});
		await session.start(null, false);

		page = { room: '3-2-1502' };
		session.changed();
		await vi.advanceTimersByTimeAsync(600); // the first autosave starts writing
		page = { room: '3-2-1502', contact: '王小明' };
		session.changed(); // typed while it writes
		releaseSave!();
		await vi.advanceTimersByTimeAsync(600); // the second autosave
		releaseSave?.();
		await vi.runAllTimersAsync();

		expect(saved.at(-1)?.values).toEqual({ room: '3-2-1502', contact: '王小明' });
	});
});
