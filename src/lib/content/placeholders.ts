/**
 * Template words left in the site settings. `content/settings.yaml` ships with sample values
 * that tell the adopting company what to write there (`示范项目（请改为本项目名称）`). Until
 * the document controller replaces them, the build warns, naming the line, and the site
 * shows the value as unset instead of printing an instruction to staff as if it were a name.
 *
 * The rule: a value is a placeholder when it asks to be replaced (请改为, 请填写, 请替换) or
 * calls itself a sample (示范项目, 示例). 示范 alone is not enough: real names carry it
 * (省级物业管理示范小区), and a warning that is sometimes wrong teaches people to ignore it.
 */
import type { Settings } from '../../schemas/settings.ts';
import type { ContentIssue } from '../content-issue.ts';

const PLACEHOLDER = /请(?:改为|填写|替换)|示范项目|示例/;

/** Whether `value` is still the template's placeholder text. */
export function isPlaceholder(value: string): boolean {
	return PLACEHOLDER.test(value);
}

/** What a setting is, in the warning and in place of an unset value; keys are field paths. */
const SETTING_LABEL = {
	company: '公司名称',
	property: '项目名称',
	siteName: '站点名称',
	servicePhone: '服务电话',
	'documentSet.code': '文件编号',
	'documentSet.title': '文件名称',
} as const;

/** A setting the site shows, by its path inside `Settings`: `property`, `documentSet.title`. */
export type SettingField = keyof typeof SETTING_LABEL;

/** The words shown for a setting still unset (`（项目名称未设置）`); any other path names itself. */
export function unsetText(field: string): string {
	return `（${SETTING_LABEL[field as SettingField] ?? field}未设置）`;
}

/** A setting's value, or undefined while it is missing or still a placeholder. */
export function settingValue(settings: Settings, field: SettingField): string | undefined {
	const value = field.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], settings);
	return typeof value === 'string' && !isPlaceholder(value) ? value : undefined;
}

/** A setting as staff should read it in plain text: the value, or `（项目名称未设置）`. */
export function settingText(settings: Settings, field: SettingField): string {
	return settingValue(settings, field) ?? unsetText(field);
}

/** One warning per setting still holding placeholder text; `entryId` is the list entry's id (`site`). */
export function placeholderWarnings(file: string, entryId: string, settings: Settings): ContentIssue[] {
	const warnings: ContentIssue[] = [];
	const visit = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			if (!isPlaceholder(value)) return;
			const label = SETTING_LABEL[path as SettingField] ?? path;
			warnings.push({
				file,
				field: `${entryId}.${path}`,
				value,
				severity: 'warning',
				message: `仍是模板的占位文字，站点上显示为「${unsetText(path)}」；请改为本项目实际的${label}`,
			});
		} else if (value && typeof value === 'object') {
			for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
		}
	};
	visit(settings, '');
	return warnings;
}
