/**
 * Reads a filled form's FormData into typed values, using the names FieldInput renders:
 * `id` for plain fields (repeated for multiple choice), `id.name` / `id.signedAt` for a
 * signature, `id.<row>.<column>` for table cells. Empty fields are left out. Pure over
 * FormData, so it runs in tests as in the browser.
 */
import type { FormTemplate } from '../../schemas/form.ts';
import { fromInput, type CellValue, type RecordValues, type TableRow } from './field-values.ts';
import { localInputToIso } from './time.ts';

type Entries = Pick<FormData, 'get' | 'getAll' | 'keys'>;

const text = (data: Entries, name: string): string => {
	const value = data.get(name);
	return typeof value === 'string' ? value : '';
};

export function collectValues(template: Pick<FormTemplate, 'fields'>, data: Entries): RecordValues {
	const values: RecordValues = {};
	const names = [...new Set(data.keys())];
	for (const field of template.fields) {
		switch (field.type) {
			case 'multichoice': {
				const chosen = data.getAll(field.id).filter((v): v is string => typeof v === 'string' && v !== '');
				if (chosen.length) values[field.id] = chosen;
				break;
			}
			case 'signature': {
				const name = text(data, `${field.id}.name`).trim();
				const at = text(data, `${field.id}.signedAt`);
				if (name || at) values[field.id] = { name, signedAt: localInputToIso(at) ?? at };
				break;
			}
			case 'table': {
				const prefix = `${field.id}.`;
				const rowKeys = [...new Set(names.filter((n) => n.startsWith(prefix)).map((n) => n.split('.')[1]!))];
				const rows: TableRow[] = [];
				for (const key of rowKeys) {
					const row: TableRow = {};
					for (const column of field.columns ?? []) {
						const value = fromInput(column, text(data, `${prefix}${key}.${column.id}`));
						if (value !== undefined) row[column.id] = value;
					}
					// A row left completely empty is not a row.
					if (Object.keys(row).length) rows.push(row);
				}
				if (rows.length) values[field.id] = rows;
				break;
			}
			default: {
				const value: CellValue | undefined = fromInput(field, text(data, field.id));
				if (value !== undefined) values[field.id] = value;
			}
		}
	}
	return values;
}
