import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth } from '../http/policy.js';
import { recordAudit } from '../audit/service.js';
import { today } from './tasks.service.js';
import {
  REMINDERS_CRON,
  REMINDER_FREQUENCIES,
  digestTasks,
  sendTaskReminders,
  type ReminderFrequency,
} from './reminders.service.js';
import { Reminders, RemindersChosen } from './home.schemas.js';

const tags = ['home'];
/** The queue of the daily reminders (a pg-boss schedule run once for all processes). */
export const REMINDERS_QUEUE = 'task-reminders';

/** My choice of e-mail reminders of terms, reviews and deadlines, and the daily schedule that sends them. */
export async function reminderRoutes(app: App) {
  app.jobs.every(REMINDERS_QUEUE, REMINDERS_CRON, (host) => sendTaskReminders(host, today()));

  app.get(
    '/me/reminders',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary:
          'My e-mail reminders of late and soon-due tasks (weekly on Mondays by default, daily, or off; the platform’s choice): the frequency, the day the last went out, and what a digest would hold today',
        response: { 200: Reminders },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const me = await app.db
        .selectFrom('users')
        .select(['task_reminders', 'reminders_sent_on'])
        .where('id', '=', auth.user.id)
        .executeTakeFirstOrThrow();
      const on = today();
      const digest = await digestTasks(
        app.db,
        { id: auth.user.id, name: auth.user.name },
        on,
        app.settings.dueSoonDays,
      );
      return {
        frequency: me.task_reminders,
        lastSentOn: me.reminders_sent_on,
        today: { late: digest.late.length, dueSoon: digest.soon.length, until: digest.until },
      };
    },
  );

  app.put(
    '/me/reminders',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Choose my e-mail reminders: weekly (Mondays), daily or off',
        body: Type.Object(
          { frequency: Type.Union(REMINDER_FREQUENCIES.map((f) => Type.Literal(f))) },
          { additionalProperties: false },
        ),
        response: { 200: RemindersChosen },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const frequency: ReminderFrequency = request.body.frequency;
      await app.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('users')
          .select('task_reminders')
          .where('id', '=', auth.user.id)
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('users')
          .set({ task_reminders: frequency })
          .where('id', '=', auth.user.id)
          .execute();
        await recordAudit(trx, {
          workspaceId: null,
          userId: auth.user.id,
          action: 'user.reminders',
          entity: 'user',
          entityId: auth.user.id,
          oldValue: { taskReminders: before.task_reminders },
          newValue: { taskReminders: frequency },
        });
      });
      return { frequency };
    },
  );
}
