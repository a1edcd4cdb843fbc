/** Chinese labels for the enums of the content model, in one place. */
import type { LimitStrength, ProcedureStatus, TimeLimit, TimeUnit } from '../schemas/procedure.ts';
import type { ServiceGrade } from '../schemas/common.ts';

export const STATUS_LABEL: Record<ProcedureStatus, string> = {
	controlled: '受控原文',
	draft: '草案·待批准',
	planned: '未起草',
};

export const STATUS_HINT: Record<ProcedureStatus, string> = {
	controlled: '本规程为公司批准发布的受控文件，原文一字不改。标为“草案”的段落是补充起草的内容，尚待批准。',
	draft: '本规程正文依据现行法规和行业惯例起草，尚未经公司审核批准，仅供培训和参考。',
	planned: '本规程原文正文尚未收录，也还没有起草；目录信息来自原文目录。',
};

export const STRENGTH_LABEL: Record<LimitStrength, string> = {
	law: '法规',
	standard: '行业标准',
	local: '地方标准（参照）',
	practice: '公司惯例',
	proposed: '建议默认值',
};

export const UNIT_LABEL: Record<TimeUnit, string> = {
	minute: '分钟',
	hour: '小时',
	day: '天',
	workday: '个工作日',
	week: '周',
	month: '个月',
	year: '年',
};

/** `2014-05-13` → `2014年5月13日` */
export function formatDate(isoDate: string): string {
	const [year, month, day] = isoDate.split('-').map(Number);
	return `${year}年${month}月${day}日`;
}

/** The value in force under the contract's grade: the grade's own value, else the default. */
export function limitValue(limit: TimeLimit, grade: ServiceGrade): number {
	return limit.byGrade?.[grade] ?? limit.value;
}

/** `≤ 30 分钟` or `≥ 24 小时`. */
export function formatLimit(limit: TimeLimit, grade: ServiceGrade): string {
	const sign = limit.relation === 'within' ? '≤' : '≥';
	return `${sign} ${limitValue(limit, grade)} ${UNIT_LABEL[limit.unit]}`;
}
