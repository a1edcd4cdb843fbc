/**
 * Content collections. Content lives in the top-level `content/` folder so document
 * controllers edit procedures without touching code; every entry is validated by the
 * schemas in `src/schemas/`, and cross-references by `src/lib/handbook.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { checklistSchema } from './schemas/checklist.ts';
import { formSchema } from './schemas/form.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { procedureSchema } from './schemas/procedure.ts';
import { quizSchema } from './schemas/quiz.ts';
import { roleSchema } from './schemas/role.ts';
import { settingsSchema } from './schemas/settings.ts';

export const collections = {
	procedures: defineCollection({
		loader: glob({ base: './content/procedures', pattern: '*.mdx' }),
		schema: procedureSchema,
	}),
	forms: defineCollection({
		loader: glob({ base: './content/forms', pattern: '*.yaml' }),
		schema: formSchema,
	}),
	checklists: defineCollection({
		loader: glob({ base: './content/checklists', pattern: '*.yaml' }),
		schema: checklistSchema,
	}),
	quizzes: defineCollection({
		loader: glob({ base: './content/quizzes', pattern: '*.yaml' }),
		schema: quizSchema,
	}),
	roles: defineCollection({ loader: file('content/roles.yaml'), schema: roleSchema }),
	glossary: defineCollection({ loader: file('content/glossary.yaml'), schema: glossarySchema }),
	settings: defineCollection({ loader: file('content/settings.yaml'), schema: settingsSchema }),
};
