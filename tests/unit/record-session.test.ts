/**
 * The session of a record being edited, over a fake store each test sets up:
 * - autosave, with saves that finish only when the test says so: a change typed while a save
 *   is in flight must still be saved by the next autosave;
 * - a save the store refuses: the session tells the page in a short line for beside 保存 (and
 *   the full story in the banner), and a later save that succeeds is reported as saved.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredRecord } from '../../src/lib/records/record.ts';
import { StoreError, type StoreProblem } from '../../src/lib/storage/database.ts';

/** What the fake store does with a save; each describe block sets its own. */
let save: (record: StoredRecord) => Promise<StoredRecord>;

vi.mock('../../src/lib/records/record-store.ts', () => ({
	onRecordsChanged: () => () => {},
	RecordStore: {
		open: async () => ({
			list: async () => ({ records: [] }),
			get: async () => undefined,
			save: (record: StoredRecord) => save(record),
		}),
	},
}));

const { RecordSession, unsavedMessage } = await import('../../src/components/record-session.ts');

const origin = {
	kind: 'form' as const,
	template: 'repair-register',
	templateCode: 'RBWY/JL-kf01-06-01',
	templateVersion: 'A/01',
	procedure: 'kf01-06',
	procedureVersion: 'A/02',
};

describe('RecordSession autosave', () => {
	const saved: StoredRecord[] = [];
	let releaseSave: (() => void) | undefined;
	beforeEach(() => {
		save = (record) =>
			new Promise<StoredRecord>((resolve) => {
				releaseSave = () => {
					saved.push(record);
					resolve(record);
				};
			});
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

describe('RecordSession when a save fails', () => {
	let refuse: StoreProblem | undefined;
	beforeEach(() => {
		refuse = undefined;
		save = async (record) => {
			if (refuse) throw new StoreError(refuse);
			return record;
		};
		// start() listens for the tab being hidden.
		vi.stubGlobal('document', { addEventListener() {} });
	});
	afterEach(() => vi.unstubAllGlobals());

	it('reports the failure, then the save that succeeds', async () => {
		const events: string[] = [];
		const session = new RecordSession(origin, {
			read: () => ({ room: '3-2-1502' }),
			title: () => '',
			show: () => {},
			status: (message) => events.push(`status ${message}`),
			saved: () => events.push('saved'),
			failed: (message) => events.push(`failed ${message}`),
			problem: (message) => events.push(`problem ${message}`),
		});
		await session.start(null, false);
		refuse = 'quota';
		expect(await session.write('draft')).toBe(false);
		expect(await session.write('saved')).toBe(false);
		refuse = undefined;
		expect(await session.write('saved')).toBe(true);
		expect(events).toEqual([
			'failed 未保存：本机存储空间已满。请先导出本页内容。',
			`problem ${new StoreError('quota').message}`,
			'failed 未保存：本机存储空间已满。请先导出本页内容。',
			`problem ${new StoreError('quota').message}`,
			'saved',
		]);
	});
});

describe('unsavedMessage', () => {
	it.each<[unknown, string]>([
		[new StoreError('unavailable'), '未保存：浏览器拒绝在本机保存。请先导出本页内容。'],
		[new StoreError('quota'), '未保存：本机存储空间已满。请先导出本页内容。'],
		[new StoreError('conflict'), '未保存：另一个标签页改过这条记录，见页首提示。'],
		[new StoreError('failed'), '未保存：保存出错，请重试或先导出本页内容。'],
		[new Error('parse'), '未保存：保存出错，请重试或先导出本页内容。'],
	])('says %s in two short lines', (error, expected) => {
		expect(unsavedMessage(error)).toBe(expected);
		// About 16 characters fit a line beside 保存 at 375 px.
		expect(unsavedMessage(error).length).toBeLessThanOrEqual(32);
	});
});
