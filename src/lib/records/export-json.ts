/**
 * Lossless JSON export: a manifest (app and format version, export time, record count,
 * template versions) and the records, with a SHA-256 digest of the records' canonical JSON
 * so any change to the file after export shows on import.
 */
import * as z from 'zod/mini';
import type { StoredRecord } from './record.ts';

export const EXPORT_FORMAT = 'guichengtong-records';
export const EXPORT_FORMAT_VERSION = 1;

// Said after the field's path ("manifest.app 缺少或格式不正确"): the browser's own zod messages are English.
const bad = { error: '缺少或格式不正确' };

export const manifestSchema = z.object(
	{
		format: z.literal(EXPORT_FORMAT, { error: '不是规程通导出的记录文件' }),
		formatVersion: z.literal(EXPORT_FORMAT_VERSION, { error: '文件格式版本不受支持' }),
		app: z.string(bad),
		appVersion: z.string(bad),
		exportedAt: z.string(bad),
		recordCount: z.int(bad).check(z.gte(0, bad)),
		/** template id → version the exported records were made under. */
		templates: z.record(z.string(), z.string(bad), bad),
		digest: z.object(
			{
				algorithm: z.literal('SHA-256', { error: '摘要算法应为 SHA-256' }),
				value: z.string(bad).check(z.regex(/^[0-9a-f]{64}$/, bad)),
			},
			bad,
		),
	},
	bad,
);
export type ExportManifest = z.infer<typeof manifestSchema>;

/** The file's outer shape; the records are checked one by one so a bad row is reported, not fatal. */
export const exportFileSchema = z.object({
	manifest: manifestSchema,
	records: z.array(z.unknown(), { error: '缺少记录列表，或不是列表' }),
});

/** JSON with object keys sorted at every level, so the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
				)
			: v,
	);
}

/** Hex SHA-256 of a UTF-8 string (Web Crypto: browsers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function digestOf(records: readonly unknown[]): Promise<string> {
	return sha256Hex(canonicalJson(records));
}

/** The export file's text for `records`. */
export async function buildJsonExport(
	records: readonly StoredRecord[],
	appVersion: string,
	exportedAt: string,
): Promise<string> {
	const templates = Object.fromEntries(records.map((r) => [r.template, r.templateVersion]));
	const manifest: ExportManifest = {
		format: EXPORT_FORMAT,
		formatVersion: EXPORT_FORMAT_VERSION,
		app: '规程通',
		appVersion,
		exportedAt,
		recordCount: records.length,
		templates,
		digest: { algorithm: 'SHA-256', value: await digestOf(records) },
	};
	return `${JSON.stringify({ manifest, records }, null, 2)}\n`;
}

/** A file name like `规程通-记录-20261126-0930.json`. */
export function exportFileName(kind: string, at: Date, extension: 'json' | 'csv'): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
	return `规程通-${kind}-${stamp}.${extension}`;
}
