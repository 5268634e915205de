import { groupChain, type Answer, type FormGroup, type Question, type Text3 } from './model.js';

/**
 * The columns of a survey's responses as a table, as KoboToolbox exports them: each question
 * named by its group path ("household/members/age"), the questions of a repeat in a table of
 * their own (one row per instance), computed fields included. With a language, the headers are
 * the questions' labels and choices are written as their labels in that language.
 */
export interface ResponseColumn {
  q: Question;
  header: string;
}

export function responseTable(questions: Question[], groups: FormGroup[], language?: string) {
  const chain = groupChain(groups);
  const text = (t: Text3) => (language ? (t[language] ?? t.en) : t.en);
  const column = (q: Question): ResponseColumn => ({
    q,
    header: language ? text(q.label) : [...chain(q.group).map((g) => g.name), q.name].join('/'),
  });
  const repeatOf = (q: Question) => chain(q.group).find((g) => g.repeat)?.name;
  const top = questions.filter((q) => !repeatOf(q)).map(column);
  const repeats = groups
    .filter((g) => g.repeat)
    .map((g) => ({ name: g.name, columns: questions.filter((q) => repeatOf(q) === g.name).map(column) }));
  const choiceText = (q: Question, name: string) => {
    const c = q.choices?.find((x) => x.name === name);
    return language && c ? text(c.label) : name;
  };
  /** One answer as a cell: choices by name (or label), lists separated by spaces as XLSForm does. */
  const value = (q: Question, v: Answer): string | number | null => {
    if (q.type === 'open_list') return (v as string[]).join(' | ');
    if (Array.isArray(v)) return (v as string[]).map((x) => choiceText(q, x)).join(language ? '; ' : ' ');
    if (typeof v === 'string' && q.choices) return choiceText(q, v);
    return v as string | number;
  };
  return { top, repeats, value };
}

/** The repeat each question sits in (null outside repeats). */
export function repeatsOf(questions: Question[], groups: FormGroup[]) {
  const chain = groupChain(groups);
  const of = new Map(questions.map((q) => [q.name, chain(q.group).find((g) => g.repeat)?.name ?? null]));
  return (name: string) => of.get(name) ?? null;
}
