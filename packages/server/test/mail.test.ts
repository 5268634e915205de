import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmtpMailer, mailerFromEnvironment, LogMailer } from '../src/mail/mailer.js';
import { as, createTestContext, signIn, workspaceByKind, type TestContext, jobResult } from './helpers.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on the loopback interface that keeps what it receives. */
async function startSmtp(options: { refuse?: RegExp } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.test(address.address)) return callback(new Error('mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A port on which nothing listens. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('mail through an SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  let mailer: SmtpMailer;

  beforeAll(async () => {
    smtp = await startSmtp({ refuse: /^(refused|member)@/ });
    mailer = new SmtpMailer(smtp.url, 'Agglomera test <cluster@agglomera.test>');
    ctx = await createTestContext({ mailer });
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });

  it('is chosen by AGGLOMERA_SMTP_URL, else messages go to the log', () => {
    const log = { info: () => {} };
    expect(mailerFromEnvironment(log, { AGGLOMERA_SMTP_URL: smtp.url })).toBeInstanceOf(SmtpMailer);
    expect(mailerFromEnvironment(log, {})).toBeInstanceOf(LogMailer);
  });

  it('delivers an invitation with its link from the configured sender', async () => {
    const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const ws = workspaceByKind(manager, 'cluster_initiative');
    const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/invitations`, {
      email: 'new.partner@example.org',
      role: 'staff',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mailed: true, mailError: null });
    const mail = smtp.received.find((m) => m.to.includes('new.partner@example.org'));
    expect(mail?.from).toBe('cluster@agglomera.test');
    expect(mail?.data).toMatch(/^Subject: You are invited to .* on Agglomera/m);
    expect(mail?.data.replace(/=\r?\n/g, '')).toContain(res.json().link);
  });

  it('keeps the invitation and tells the inviter when the server refuses the address', async () => {
    const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const ws = workspaceByKind(manager, 'cluster_initiative');
    const res = await as(ctx.app, manager).post(`/api/v1/workspaces/${ws}/invitations`, {
      email: 'refused@example.org',
      role: 'staff',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      mailed: false,
      mailError: expect.stringMatching(/mailbox unavailable/),
    });
    const open = await as(ctx.app, manager).get(`/api/v1/workspaces/${ws}/invitations`);
    expect(JSON.stringify(open.json())).toContain('refused@example.org');
  });

  it('sends survey links one by one and names the addresses the server refused', async () => {
    const manager = await signIn(ctx.app, 'manager@demo.agglomera.org');
    const ws = workspaceByKind(manager, 'cluster_initiative');
    const m = as(ctx.app, manager);
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const survey = await m.post(`/api/v1/workspaces/${ws}/monitoring/satisfaction-survey`, { deadline });
    expect(survey.statusCode, survey.body).toBe(201);
    const sent = await m.post(`/api/v1/workspaces/${ws}/surveys/${survey.json().id}/send`, {
      members: true,
      actors: 'none',
    });
    const { newlyInvited, notMailed } = (await jobResult(ctx.app, sent)) as {
      newlyInvited: number;
      notMailed: string[];
    };
    expect(notMailed).toEqual(['member@demo.agglomera.org']);
    const delivered = smtp.received.filter((r) => /^Subject: Survey:/m.test(r.data)).flatMap((r) => r.to);
    expect(delivered.length).toBe(newlyInvited - 1);
    expect(delivered).not.toContain('member@demo.agglomera.org');
    // A reminder tries everyone who has not answered again and says who was refused once more.
    const reminded = await m.post(`/api/v1/workspaces/${ws}/surveys/${survey.json().id}/remind`, {});
    expect(await jobResult(ctx.app, reminded)).toMatchObject({
      reminded: newlyInvited - 1,
      notMailed: ['member@demo.agglomera.org'],
    });
  });

  it('delivers a password-reset link, and answers the same when no server can be reached', async () => {
    const reset = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'manager@demo.agglomera.org' },
    });
    expect(reset.statusCode).toBe(202);
    await ctx.app.settleAfterReply(); // the link is stored and mailed after the answer
    const mail = smtp.received.find((m) => m.to.includes('manager@demo.agglomera.org'));
    expect(mail?.data.replace(/=\r?\n/g, '')).toMatch(/reset-password\/[A-Za-z0-9_-]+/);

    const down = await createTestContext({
      mailer: new SmtpMailer(`smtp://127.0.0.1:${await closedPort()}`, 'x@agglomera.test'),
    });
    try {
      const answer = await down.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { email: 'manager@demo.agglomera.org' },
      });
      expect(answer.statusCode).toBe(202);
      await down.app.settleAfterReply();
    } finally {
      await down.close();
    }
  });
});
