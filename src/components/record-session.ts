/**
 * One record being edited in a page: opens the store, restores the requested record or
 * the latest draft, autosaves changes (debounced, and when the tab is hidden), and turns a
 * save that another tab got in first into a conflict instead of an overwrite. Shared by
 * <gc-record-form> and <gc-checklist>; they only say how to read and show values.
 */
import { newRecord, shortId, type RecordOrigin, type RecordStatus, type StoredRecord } from '../lib/records/record.ts';
import type { ShowProblem } from './banner.ts';
import { RecordStore, onRecordsChanged } from '../lib/records/record-store.ts';
import { StoreError, type StoreProblem } from '../lib/storage/database.ts';
import { formatDateTime, nowIso, toOffsetIso } from '../lib/records/time.ts';

export interface SessionView {
	/** Current values from the page. */
	read(): Record<string, unknown>;
	/** The list title of the current values. */
	title(values: Record<string, unknown>): string;
	/** Puts a stored record's values on the page; for a new record, leaves the page as the user has it. */
	show(record: StoredRecord): void;
	status(message: string): void;
	/** Called after every successful save, e.g. to update "saved at" info. */
	saved(record: StoredRecord): void;
	/** A save that did not reach the store, in a line short enough to sit beside 保存. */
	failed?(message: string): void;
	/** A problem the user must see (see `banner.ts`). */
	problem: ShowProblem;
}

const AUTOSAVE_MS = 500;

export class RecordSession {
	store: RecordStore | undefined;
	record!: StoredRecord;
	/** Whether the current record exists in the store (a new one is stored on its first change). */
	isStored = false;
	private dirty = false;
	/** Counts changes, so a save knows whether the page changed again while it was writing. */
	private changes = 0;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private queue: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly origin: RecordOrigin,
		private readonly view: SessionView,
	) {}

	/**
	 * Opens the store and picks the record: `requestedId` if given, else the newest draft
	 * of this template (unless `fresh`), else a new one.
	 */
	async start(requestedId: string | null, fresh: boolean): Promise<void> {
		let record: StoredRecord | undefined;
		try {
			this.store = await RecordStore.open();
			if (requestedId) {
				record = await this.store.get(requestedId);
				if (!record) this.view.problem(`找不到记录 ${shortId(requestedId)}，已为您新建一份。`);
			} else if (!fresh) {
				const { records } = await this.store.list(this.origin.template);
				record = records.find((r) => r.status === 'draft' && r.kind === this.origin.kind && !r.deletedAt);
				if (record) this.view.status(`已恢复上次未完成的草稿（${formatDateTime(record.updatedAt)}）。`);
			}
		} catch (error) {
			this.view.problem(messageOf(error));
		}
		if (record && !requestedId && this.dirty) {
			// The user started typing before the draft was found: keep what they typed, as a new record.
			this.view.status('已开始新的填写；上次未完成的草稿仍保存在“我的记录”中。');
			record = undefined;
		}
		this.record = record ?? newRecord(this.origin, nowIso());
		this.isStored = record !== undefined;
		// A new record shows the page as it is, with anything already typed.
		this.view.show(this.record);
		// What was typed before the store opened is saved like any other change.
		if (!this.isStored && this.dirty) this.changed();
		onRecordsChanged((changes) => void this.otherTabSaved(changes));
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'hidden') void this.flush();
		});
	}

	/** Marks the page changed and schedules an autosave. */
	changed(): void {
		this.dirty = true;
		this.changes++;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
	}

	/** Saves pending changes as a draft now. */
	flush(): Promise<unknown> {
		clearTimeout(this.timer);
		if (!this.dirty || !this.store) return this.queue;
		return this.write('draft');
	}

	/** Saves the current values with `status`; resolves false when nothing was saved. */
	write(status: RecordStatus): Promise<boolean> {
		clearTimeout(this.timer);
		const run = this.queue.then(() => this.writeNow(status));
		this.queue = run.catch(() => false);
		return run;
	}

	private async writeNow(status: RecordStatus): Promise<boolean> {
		if (!this.store) return false;
		const values = this.view.read();
		const changesSaved = this.changes;
		const next: StoredRecord = {
			...this.record,
			status,
			values,
			title: this.view.title(values),
			updatedAt: toOffsetIso(new Date()),
			revision: this.record.revision + (this.isStored ? 1 : 0),
		};
		try {
			this.record = await this.store.save(next);
			this.isStored = true;
			// A change typed while this save was in flight is not in `values`: stay dirty so
			// its own scheduled autosave writes it.
			this.dirty = this.changes !== changesSaved;
			if (status === 'draft') this.view.status(`草稿已自动保存 ${formatDateTime(this.record.updatedAt).slice(11)}`);
			this.view.saved(this.record);
			return true;
		} catch (error) {
			this.view.failed?.(unsavedMessage(error));
			if (error instanceof StoreError && error.problem === 'conflict') {
				this.view.problem(error.message, [
					['reload-latest', '载入另一标签页的版本'],
					['save-as-new', '把本页内容另存为新记录'],
				]);
			} else {
				this.view.problem(messageOf(error));
			}
			return false;
		}
	}

	/** Keeps what is on the page as a new record (after a conflict). */
	async saveAsNew(): Promise<void> {
		this.record = newRecord(this.origin, nowIso());
		this.isStored = false;
		this.dirty = true;
		if (await this.write('draft')) this.view.status(`已另存为新记录 ${shortId(this.record.id)}。`);
	}

	private async otherTabSaved(changes: Array<{ id: string; revision: number }>): Promise<void> {
		const change = changes.find((c) => c.id === this.record.id);
		if (!change || change.revision <= this.record.revision || !this.store) return;
		if (this.dirty) {
			this.view.problem('这条记录已在另一个标签页中被修改。', [
				['reload-latest', '载入另一标签页的版本'],
				['save-as-new', '把本页内容另存为新记录'],
			]);
			return;
		}
		const latest = await this.store.get(this.record.id).catch(() => undefined);
		if (!latest) return;
		this.record = latest;
		this.view.show(latest);
		this.view.status('另一个标签页更新了这条记录，已载入最新内容。');
	}
}

const UNSAVED: Record<StoreProblem, string> = {
	unavailable: '未保存：浏览器拒绝在本机保存。请先导出本页内容。',
	quota: '未保存：本机存储空间已满。请先导出本页内容。',
	conflict: '未保存：另一个标签页改过这条记录，见页首提示。',
	failed: '未保存：保存出错，请重试或先导出本页内容。',
};

/** What a failed save leaves beside 保存: two lines at most on a phone; the banner says the rest. */
export function unsavedMessage(error: unknown): string {
	return UNSAVED[error instanceof StoreError ? error.problem : 'failed'];
}

export function messageOf(error: unknown): string {
	return error instanceof StoreError ? error.message : `出错了：${String(error)}`;
}
