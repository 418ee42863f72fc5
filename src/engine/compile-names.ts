/** Checks that every name a lesson declares is unique and not a reserved or function name. */
import type { DocPath, Lesson } from '../lesson/model.js';
import { FUNCTION_NAMES } from './allowed-syntax.js';
import { RESERVED_NAMES } from './compiled.js';
import type { IssueList } from './issue-list.js';

/** Records each name that is reserved or already used elsewhere in the lesson. */
export function checkNames(lesson: Lesson, issues: IssueList): void {
  const seen = new Map<string, string>();
  const claim = (name: string, path: DocPath, what: string) => {
    if (RESERVED_NAMES.includes(name) || FUNCTION_NAMES.includes(name)) {
      issues.add(path, `"${name}" is reserved (a function or built-in name); choose another name`);
    } else if (seen.has(name)) {
      issues.add(path, `"${name}" is already used by ${seen.get(name)}; names must be unique`);
    } else {
      seen.set(name, what);
    }
  };

  for (const s of lesson.symbols) {
    claim(s.name, ['symbols', s.name], `symbol ${s.name}`);
    s.entries
      .flat()
      .forEach((e) => e !== s.name && claim(e, ['symbols', s.name, 'entries'], `${s.name}`));
  }
  for (const f of lesson.forward) {
    claim(f.name, ['forward', f.name], `forward ${f.name}`);
    f.entries
      .flat()
      .forEach((e) => e !== f.name && claim(e, ['forward', f.name, 'entries'], `${f.name}`));
  }
  claim(lesson.loss.name, ['loss', 'name'], 'the loss');
  lesson.stages.forEach((stage, i) => {
    if (stage.alias) claim(stage.alias, ['stages', i, 'alias'], `the alias of ${stage.asks}`);
  });
}
