/** The template facts a new record is stamped with, computed at build time from the handbook. */
import type { Handbook } from '../handbook.ts';
import type { RecordOrigin } from './record.ts';

export function formOrigin(handbook: Handbook, formId: string): RecordOrigin {
	const form = handbook.form(formId);
	const procedure = handbook.procedure(form.serves[0]!.procedure);
	return {
		kind: 'form',
		template: form.id,
		templateCode: form.code,
		templateVersion: form.version,
		procedure: procedure.id,
		procedureVersion: procedure.data.version,
	};
}

export function checklistOrigin(handbook: Handbook, checklistId: string): RecordOrigin {
	const checklist = handbook.checklist(checklistId);
	const procedure = handbook.procedure(checklist.procedure);
	return {
		kind: 'checklist',
		template: checklist.id,
		templateCode: checklist.id,
		templateVersion: procedure.data.version,
		procedure: procedure.id,
		procedureVersion: procedure.data.version,
	};
}
