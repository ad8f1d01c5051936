// `npm run new -- article <id> --category <category>` or `npm run new -- flow <id> --category <category>`:
// writes a new article or flow with every field filled with guidance, in the right folder, and
// refuses an id that is malformed or taken. What to write is decided in src/lib/writers/ and tools/new/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planNewFile } from './new/plan-new-file.ts';
import { loadExistingContent } from './new/load-existing-content.ts';


const USAGE = 'npm run new -- article <id> --category <category>, or npm run new -- flow <id> --category <category>';

function readRequest() {
  try {
    // --root and --today let tests run the command on a copy of the site on a fixed day.
    const { values, positionals } = parseArgs({
      options: { category: { type: 'string' }, root: { type: 'string' }, today: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const [kind, id, ...extra] = positionals;
    if (extra.length > 0) throw new Error(`Too many words: "${extra.join(' ')}". An id is one word, with hyphens between its parts.`);
    return { root: resolve(values.root ?? '.'), today: values.today ? new Date(`${values.today}T00:00:00Z`) : new Date(), request: { kind, id, category: values.category } };
  } catch (thrown) {
    // Node's own option errors speak to programmers: say the same in a writer's words.
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    const option = /^Unknown option '([^']+)'/.exec(message)?.[1];
    console.error(`${option ? `"${option}" is not an option of npm run new.` : message} Hint: ${USAGE}.`);
    process.exit(1);
  }
}

const { root, today, request } = readRequest();
const plan = planNewFile(request, await loadExistingContent(root), today);
if (!plan.ok) {
  console.error(plan.message);
  process.exit(1);
}
const path = join(root, plan.file);
if (existsSync(path)) {
  console.error(`${plan.file} already exists. Hint: choose another id, or edit that file.`);
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, plan.text);
console.log(`Created ${plan.file}.\nNext:\n${plan.nextSteps.map((step, index) => `  ${index + 1}. ${step}`).join('\n')}`);
