/**
 * Builds the zod schema of a filled record from its form template. The same function
 * validates input in the browser, every row of an import, and test fixtures, so a value
 * is judged the same way everywhere. Messages are Chinese and name what would be right.
 * Uses `zod/mini` to keep the bytes shipped to a form page small.
 */
import * as z from 'zod/mini';
import type { FieldRule, FormField, FormTemplate } from '../../schemas/form.ts';
import type { FieldValue, RecordValues } from './field-values.ts';

/** 楼栋-单元-房号, e.g. 3-2-1502 or A-1-0302. */
export const ROOM_PATTERN = /^[0-9A-Za-z]{1,4}-\d{1,2}-\d{3,4}$/;
export const ROOM_MESSAGE = '房号格式为 楼栋-单元-房号，如 3-2-1502';
/** A mainland mobile number or a landline with area code. */
export const PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/;
export const PHONE_MESSAGE = '请填写 11 位手机号或带区号的座机号，如 13800000000、028-12345678';
export const PERSON_PATTERN = /^[\u4e00-\u9fa5A-Za-z·.\s]{1,20}$/;
export const PERSON_MESSAGE = '请填写姓名（中文或字母，不超过 20 个字）';

type Spec = Pick<FormField, 'type' | 'label' | 'pattern' | 'patternMessage' | 'min' | 'max' | 'maxLength' | 'options'> &
	Partial<Pick<FormField, 'columns' | 'minRows' | 'maxRows'>>;

const required = (label: string) => ({ error: `请填写${label}` });

/**
 * The message for a value of the wrong type, or for no value at all: forms leave empty
 * inputs out, so a blank required field arrives as `undefined` and must read "请填写…".
 */
const typeError = (missing: string, wrong: string) => ({
	error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong),
});

function textSchema(spec: Spec, base: z.ZodMiniString<string>) {
	const checks: Array<z.core.$ZodCheck<string>> = [z.minLength(1, required(spec.label))];
	if (spec.maxLength) checks.push(z.maxLength(spec.maxLength, { error: `${spec.label}不超过 ${spec.maxLength} 个字` }));
	if (spec.pattern)
		checks.push(z.regex(new RegExp(spec.pattern), { error: spec.patternMessage ?? `${spec.label}格式不正确` }));
	return base.check(...checks);
}

/** The schema of one value of a field or table column, before optionality. */
function valueSchema(spec: Spec): z.ZodMiniType {
	const invalid = typeError(`请填写${spec.label}`, `${spec.label}格式不正确`);
	switch (spec.type) {
		case 'text':
		case 'longtext':
			return textSchema(spec, z.string(invalid));
		case 'room':
			return textSchema(spec, z.string(invalid)).check(z.regex(ROOM_PATTERN, { error: ROOM_MESSAGE }));
		case 'phone':
			return textSchema(spec, z.string(invalid)).check(z.regex(PHONE_PATTERN, { error: PHONE_MESSAGE }));
		case 'person':
			return textSchema(spec, z.string(invalid)).check(z.regex(PERSON_PATTERN, { error: PERSON_MESSAGE }));
		case 'number': {
			const checks: Array<z.core.$ZodCheck<number>> = [];
			if (spec.min !== undefined) checks.push(z.gte(spec.min, { error: `${spec.label}不能小于 ${spec.min}` }));
			if (spec.max !== undefined) checks.push(z.lte(spec.max, { error: `${spec.label}不能大于 ${spec.max}` }));
			return z.number({ error: `${spec.label}请填写数字` }).check(...checks);
		}
		case 'date':
			// iso.date knows month lengths and leap years, so 2026-02-30 is refused.
			return z.iso.date(typeError(`请填写${spec.label}`, `${spec.label}请填写日期，如 2026-11-26`));
		case 'time':
			return z.iso.time({ precision: -1, ...typeError(`请填写${spec.label}`, `${spec.label}请填写时间，如 09:30`) });
		case 'datetime':
			return z.iso.datetime({ offset: true, error: `${spec.label}请填写日期和时间` });
		case 'choice':
			return z.enum(spec.options as [string, ...string[]], { error: `${spec.label}请从选项中选择` });
		case 'multichoice':
			return z
				.array(
					z.enum(spec.options as [string, ...string[]], { error: `${spec.label}含有不在选项中的值` }),
					typeError(`请至少选择一项${spec.label}`, `${spec.label}格式不正确`),
				)
				.check(z.minLength(1, { error: `请至少选择一项${spec.label}` }));
		case 'yesno':
			return z.boolean({ error: `${spec.label}请选择是或否` });
		case 'signature':
			return z.object(
				{
					name: z
						.string({ error: `${spec.label}签字人姓名格式不正确` })
						.check(
							z.minLength(1, { error: `${spec.label}请填写签字人姓名` }),
							z.regex(PERSON_PATTERN, { error: PERSON_MESSAGE }),
						),
					signedAt: z.iso.datetime({ offset: true, error: `${spec.label}缺少签字时间` }),
				},
				{ error: `${spec.label}请签字` },
			);
		case 'table': {
			const row = z.object(
				Object.fromEntries((spec.columns ?? []).map((column) => [column.id, optionalUnlessRequired(column)])),
				{ error: `${spec.label}的这一行格式不正确` },
			);
			const checks: Array<z.core.$ZodCheck<unknown[]>> = [];
			if (spec.minRows) checks.push(z.minLength(spec.minRows, { error: `${spec.label}至少填写 ${spec.minRows} 行` }));
			if (spec.maxRows) checks.push(z.maxLength(spec.maxRows, { error: `${spec.label}最多 ${spec.maxRows} 行` }));
			return z.array(row, invalid).check(...checks);
		}
	}
}

function optionalUnlessRequired(spec: Spec & { required: boolean }): z.ZodMiniType {
	const schema = valueSchema(spec);
	return spec.required ? schema : z.optional(schema);
}

/**
 * The zod schema of a record's values under `template`. Unknown fields are rejected.
 * `partial`: every field may be missing (a draft), but what is there must be valid.
 */
export function valuesSchema(template: Pick<FormTemplate, 'fields'>, partial = false) {
	const shape = Object.fromEntries(
		template.fields.map((field) => [
			field.id,
			partial ? z.optional(valueSchema(field)) : optionalUnlessRequired(field),
		]),
	);
	return z.strictObject(shape, {
		error: (issue) => (issue.code === 'unrecognized_keys' ? '含有表单中没有的字段' : '记录格式不正确'),
	});
}

/** Field path (`materials.0.qty`) → message, shown beside the field. */
export type FieldErrors = Record<string, string>;

export type ValidationResult = { ok: true; values: RecordValues } | { ok: false; errors: FieldErrors };

function ruleError(rule: FieldRule, values: RecordValues): string | undefined {
	if (rule.kind === 'notBefore') {
		const value = values[rule.field];
		const reference = values[rule.reference];
		if (typeof value !== 'string' || typeof reference !== 'string') return undefined;
		const a = Date.parse(value);
		const b = Date.parse(reference);
		const earlier = Number.isNaN(a) || Number.isNaN(b) ? value < reference : a < b;
		return earlier ? rule.message : undefined;
	}
	const trigger = values[rule.when.field];
	const triggered = rule.when.equals.some((expected) =>
		Array.isArray(trigger) ? (trigger as unknown[]).includes(String(expected)) : trigger === expected,
	);
	const value: FieldValue | undefined = values[rule.field];
	const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
	return triggered && empty ? rule.message : undefined;
}

/**
 * Validates values against a template: each field, then the cross-field rules. Every
 * message is keyed by the field it belongs beside; the first message per field wins.
 * A draft (`partial`) may leave fields out, and rules wait until it is saved.
 */
export function validateValues(
	template: Pick<FormTemplate, 'fields' | 'rules'>,
	values: unknown,
	{ partial = false } = {},
): ValidationResult {
	const errors: FieldErrors = {};
	const result = valuesSchema(template, partial).safeParse(values);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = issue.path.length ? issue.path.join('.') : '';
			const key = issue.code === 'unrecognized_keys' ? issue.keys.join('、') : path;
			errors[key] ??= issue.message;
		}
	}
	const typed = (result.success ? result.data : values) as RecordValues;
	if (typed && typeof typed === 'object' && !partial) {
		for (const rule of template.rules) {
			const message = ruleError(rule, typed);
			if (message) errors[rule.field] ??= message;
		}
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values: typed };
}
