/** Building blocks the record tests share: a field with defaults, a saved 报修登记表 record, an audit checklist. */
import type { StoredRecord } from '../../../src/lib/records/record.ts';
import type { FormField } from '../../../src/schemas/form.ts';
import type { Checklist } from '../../../src/schemas/checklist.ts';

/** A form field; `required` defaults to false as in the meta-schema. */
export const field = (spec: Omit<FormField, 'required'> & { required?: boolean }): FormField => ({
	required: false,
	...spec,
});

/** A saved record of the 报修登记表 with no values; override what a test is about. */
export function record(overrides: Partial<StoredRecord> = {}): StoredRecord {
	return {
		id: '0b6f3c1e-8a4d-4e2b-9c7f-1d2e3f4a5b6c',
		kind: 'form',
		template: 'repair-register',
		templateCode: 'RBWY/JL-kf01-06-01',
		templateVersion: 'A/01',
		procedure: 'kf01-06',
		procedureVersion: 'A/0',
		status: 'saved',
		title: 'BX-20261126-001',
		createdAt: '2026-11-26T09:30:00+08:00',
		updatedAt: '2026-11-26T10:45:00+08:00',
		revision: 3,
		values: {},
		...overrides,
	};
}

/** The 报修管理审核清单 with four items, as the record and import code sees a checklist. */
export const repairAudit: Pick<Checklist, 'kind' | 'title' | 'procedure' | 'items'> & { id: string } = {
	id: 'repair-audit',
	kind: 'audit',
	title: '报修管理审核清单',
	procedure: 'kf01-06',
	items: [
		{ id: 'register-complete', text: '登记表各栏填写完整', clause: '4.1.1', evidence: '抽查登记表10份' },
		{ id: 'urgent-arrival', text: '急修30分钟内到场', clause: '4.3.1' },
		{ id: 'paid-quoted', text: '有偿维修先报价', clause: '4.3.6' },
		{ id: 'completion-signed', text: '完工有签字', clause: '4.5.1' },
	],
};
