import type { FastifyBaseLogger } from 'fastify';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Pluggable delivery of invitations, password-reset links, survey links and mailings. */
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

/**
 * Delivery through an SMTP server (nodemailer), chosen when AGGLOMERA_SMTP_URL is set, e.g.
 * `smtps://user:password@mail.example.org:465` or `smtp://mail.example.org:587` (STARTTLS when the
 * server offers it). The sender is AGGLOMERA_MAIL_FROM.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;
  constructor(
    url: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(url);
  }
  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }
  close(): void {
    this.transport.close();
  }
}

export const DEFAULT_MAIL_FROM = 'Agglomera <no-reply@agglomera.invalid>';

/** The mailer the environment asks for: SMTP when AGGLOMERA_SMTP_URL is set, else the server log. */
export function mailerFromEnvironment(
  log: Pick<FastifyBaseLogger, 'info'>,
  env: NodeJS.ProcessEnv = process.env,
): Mailer {
  const url = env.AGGLOMERA_SMTP_URL?.trim();
  return url ? new SmtpMailer(url, env.AGGLOMERA_MAIL_FROM?.trim() || DEFAULT_MAIL_FROM) : new LogMailer(log);
}

/** Sends each message on its own, so that one refused address does not stop the others. */
export async function sendEach(
  mailer: Mailer,
  messages: MailMessage[],
): Promise<{ sent: number; failed: { to: string; error: string }[] }> {
  const failed: { to: string; error: string }[] = [];
  for (const message of messages) {
    try {
      await mailer.send(message);
    } catch (e) {
      failed.push({ to: message.to, error: (e as Error).message });
    }
  }
  return { sent: messages.length - failed.length, failed };
}
