import type { FastifyBaseLogger } from 'fastify';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Pluggable delivery of invitations and password-reset links. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** The default mailer: writes each message to the server log, so an operator can pass links on. */
export class LogMailer implements Mailer {
  constructor(private readonly log: Pick<FastifyBaseLogger, 'info'>) {}
  async send(message: MailMessage): Promise<void> {
    this.log.info({ mail: message }, `mail to ${message.to}: ${message.subject}\n${message.text}`);
  }
}

/** Keeps messages in memory; used by tests and by scripts that want to read the links. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}
