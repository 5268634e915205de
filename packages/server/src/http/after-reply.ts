import type { FastifyInstance, FastifyReply } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Runs `work` once the answer has left, so that the answer's timing cannot tell what the work
     * found (e.g. whether an account exists). A failure is logged: the caller has had its answer.
     */
    afterReply(reply: FastifyReply, label: string, work: () => Promise<void>): void;
    /** Resolves once all such work has ended (used by tests and on shutdown). */
    settleAfterReply(): Promise<void>;
  }
}

export function installAfterReply(app: FastifyInstance): void {
  const works = new Set<Promise<void>>();
  app.decorate('afterReply', (reply: FastifyReply, label: string, work: () => Promise<void>) => {
    const sent = new Promise<void>((resolve) => {
      if (reply.raw.writableFinished) resolve();
      reply.raw.once('finish', () => resolve());
      reply.raw.once('close', () => resolve());
    });
    const done: Promise<void> = sent
      .then(work)
      .catch((err: unknown) => app.log.error({ err }, label))
      .finally(() => works.delete(done));
    works.add(done);
  });
  app.decorate('settleAfterReply', async () => {
    while (works.size) await Promise.allSettled([...works]);
  });
  app.addHook('onClose', async () => app.settleAfterReply());
}
