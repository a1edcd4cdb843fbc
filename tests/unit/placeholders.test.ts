/**
 * Template words left in content/settings.yaml: the rule that spots them, the warning the
 * build prints (file, line, field, fix) through the real loader, and the words the site
 * shows instead of them.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content-issue.ts';
import { isPlaceholder, settingText } from '../../src/lib/content/placeholders.ts';
import { loadFixture } from './helpers/fixture-handbook.ts';

describe('isPlaceholder', () => {
	it.each([
		['示范项目（请改为本项目名称）', true],
		['028-0000 0000（请改为本项目24小时服务电话）', true],
		['请填写公司名称', true],
		['示例物业有限公司', true],
		['XX（请替换）', true],
		['锦江花园', false],
		// 示范 alone is part of real names.
		['省级物业管理示范小区', false],
		['成都仁邦物业服务有限公司', false],
	])('%s → %s', (value, expected) => expect(isPlaceholder(value)).toBe(expected));
});

describe('placeholder warnings', () => {
	it('name the file, the line, the field and the fix, and do not stop the build', async () => {
		const { handbook, issues, warnings } = await loadFixture({
			'settings.yaml': [['property: 测试项目', 'property: 示范项目（请改为本项目名称）']],
		});
		expect(issues).toEqual([]);
		expect(handbook).toBeDefined();
		const property = warnings.find((w) => w.field === 'site.property');
		expect(property).toMatchObject({ file: 'settings.yaml', line: 4, value: '示范项目（请改为本项目名称）' });
		expect(formatIssue(property!)).toContain('settings.yaml:4 › site.property：');
		expect(property!.message).toContain('请改为本项目实际的项目名称');
		expect(property!.message).toContain('（项目名称未设置）');
		// The fixture's service phone is still the template's, too.
		expect(warnings.find((w) => w.field === 'site.servicePhone')).toMatchObject({ line: 16 });
	});

	it('are not given for real values', async () => {
		const { warnings } = await loadFixture({
			'settings.yaml': [['servicePhone: 028-0000 0000（请改为本项目24小时服务电话）', 'servicePhone: 028-8888 6666']],
		});
		expect(warnings.filter((w) => w.file === 'settings.yaml')).toEqual([]);
	});

	it('leave the site showing the setting as unset', async () => {
		const { handbook } = await loadFixture({
			'settings.yaml': [['property: 测试项目', 'property: 示范项目（请改为本项目名称）']],
		});
		expect(settingText(handbook!.settings, 'property')).toBe('（项目名称未设置）');
		expect(settingText(handbook!.settings, 'company')).toBe('成都仁邦物业服务有限公司');
	});
});
