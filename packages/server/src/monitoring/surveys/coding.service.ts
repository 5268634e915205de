import { rankThemes } from '@agglomera/methods';
import type { Database } from '../../db/database.js';
import { badRequest } from '../../http/errors.js';
import { recordAudit } from '../../audit/service.js';
import { msg } from '../../i18n/index.js';
import { questionsOf, type SurveyRow } from './surveys.service.js';
import type { Question } from './model.js';

/**
 * Coding the answers of an open list into themes, and the themes ranked by how often each is cited
 * (IDB Tables 7 and 8, 003:739–765). The routes in coding.routes.ts check and call.
 */

/** The open-list question of a survey by name, or 400 naming it. */
export function openListQuestion(s: SurveyRow, name: string): Question {
  const q = questionsOf(s).find((x) => x.name === name);
  if (!q || q.type !== 'open_list')
    throw badRequest('validation_failed', msg`"${name}" is not an open list question of this survey`, [
      { field: 'params.question', message: 'is not an open list question' },
    ]);
  return q;
}

/** The codes of every open-list question of a survey, by question: what `rankThemes` reads. */
export async function codesOf(db: Database, surveyId: string) {
  const rows = await db
    .selectFrom('survey_answer_codes')
    .select(['question', 'response_id', 'theme'])
    .where('survey_id', '=', surveyId)
    .execute();
  const out = new Map<string, { respondent: string; theme: string }[]>();
  for (const r of rows)
    out.set(r.question, [...(out.get(r.question) ?? []), { respondent: r.response_id, theme: r.theme }]);
  return out;
}

/** Each answer of the question with its theme (responses by their random identifier), and the ranking. */
export async function coding(db: Database, s: SurveyRow, q: Question) {
  const responses = await db
    .selectFrom('survey_responses')
    .select(['id', 'answers'])
    .where('survey_id', '=', s.id)
    .orderBy('id')
    .execute();
  const codes = await db
    .selectFrom('survey_answer_codes')
    .select(['response_id', 'item', 'theme'])
    .where('survey_id', '=', s.id)
    .where('question', '=', q.name)
    .execute();
  const themeOf = new Map(codes.map((c) => [`${c.response_id}:${c.item}`, c.theme]));
  const items = responses.flatMap((r) => {
    const list = (r.answers as Record<string, unknown>)[q.name];
    return Array.isArray(list)
      ? (list as string[]).map((text, item) => ({
          responseId: r.id,
          item,
          text,
          theme: themeOf.get(`${r.id}:${item}`) ?? null,
        }))
      : [];
  });
  return {
    question: { name: q.name, label: q.label },
    items,
    coded: items.filter((i) => i.theme).length,
    themes: rankThemes(codes.map((c) => ({ respondent: c.response_id, theme: c.theme }))),
  };
}

/**
 * Sets the themes of answers, all or nothing: every entry names an answer of this question (a
 * response of the survey and an item it has), or 400 names the entry and nothing changes. An
 * empty theme takes the code off. Audited.
 */
export async function saveCodes(
  db: Database,
  s: SurveyRow,
  q: Question,
  userId: string,
  codes: { responseId: string; item: number; theme: string }[],
) {
  await db.transaction().execute(async (trx) => {
    const ids = [...new Set(codes.map((c) => c.responseId))];
    const responses = ids.length
      ? await trx
          .selectFrom('survey_responses')
          .select(['id', 'answers'])
          .where('survey_id', '=', s.id)
          .where('id', 'in', ids)
          .execute()
      : [];
    const lengths = new Map(
      responses.map((r) => {
        const list = (r.answers as Record<string, unknown>)[q.name];
        return [r.id, Array.isArray(list) ? list.length : 0];
      }),
    );
    codes.forEach((c, k) => {
      if ((lengths.get(c.responseId) ?? 0) <= c.item)
        throw badRequest('validation_failed', msg`Entry ${k + 1} names no answer of this question`, [
          { field: `body.codes.${k}`, message: 'names no answer of this question' },
        ]);
    });
    for (const c of codes) {
      const theme = c.theme.trim();
      await trx
        .deleteFrom('survey_answer_codes')
        .where('response_id', '=', c.responseId)
        .where('question', '=', q.name)
        .where('item', '=', c.item)
        .execute();
      if (theme)
        await trx
          .insertInto('survey_answer_codes')
          .values({
            workspace_id: s.workspace_id,
            survey_id: s.id,
            response_id: c.responseId,
            question: q.name,
            item: c.item,
            theme,
            coded_by: userId,
          })
          .execute();
    }
    await recordAudit(trx, {
      workspaceId: s.workspace_id,
      userId,
      action: 'survey.coding',
      entity: 'survey',
      entityId: s.id,
      newValue: { question: q.name, coded: codes.length },
    });
  });
}
