import { loadHandbookFrom } from './src/lib/content/load-handbook.ts';
const h = await loadHandbookFrom(new URL('./content', import.meta.url).pathname, { label: 'content' });
const ids = process.argv.slice(2);
console.log('| procedure | version | clauses | forms (fields) | checklist items (op / audit) | quiz | time limits (law/std/practice/proposed) | aliases |');
console.log('|---|---|---|---|---|---|---|---|');
for (const p of h.procedures.filter((p) => !ids.length || ids.includes(p.id))) {
  const forms = p.data.forms.map((f) => h.form(f));
  const lists = h.checklists.filter((c) => c.procedure === p.id);
  const op = lists.filter((c) => c.kind !== 'audit').reduce((n, c) => n + c.items.length, 0);
  const au = lists.filter((c) => c.kind === 'audit').reduce((n, c) => n + c.items.length, 0);
  const s = (k: string) => p.data.timeLimits.filter((t) => t.strength === k).length;
  console.log(`| ${p.id} ${p.data.title} | ${p.data.version} | ${p.clauses.length} | ${forms.length} (${forms.map((f) => f.fields.length).join('/')}) | ${op} / ${au} | ${p.quiz?.questions.length ?? 0} | ${p.data.timeLimits.length} (${s('law')}/${s('standard')}/${s('practice')}/${s('proposed')}) | ${p.data.aliases.length} |`);
}
