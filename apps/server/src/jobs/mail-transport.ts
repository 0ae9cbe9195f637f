// Where outgoing mail goes: a real SMTP server when SMTP_URL is set, otherwise
// the development transport, which writes each message as an .eml file (the
// exact bytes SMTP would carry) plus a .json summary into `<dataDir>/mail/`.
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Logger } from "../logger.ts";

/** A file sent with a mail; text content (a calendar file), written as the transport sees fit. */
export interface MailAttachment {
  filename: string;
  /** With its parameters, e.g. `text/calendar; method=REQUEST; charset=utf-8` (RFC 6047: the method in both places). */
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** The message nodemailer builds, the same for SMTP and the development folder. */
const message = (mail: OutgoingMail) => ({
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  messageId: `<${mail.id}@lotse>`,
  attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
});

export interface MailTransport {
  readonly kind: "smtp" | "file";
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async send(mail) {
      await transporter.sendMail(message(mail));
    },
    close: () => transporter.close(),
  };
}

export function createFileTransport(mailDir: string, logger: Logger): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    async send(mail) {
      await mkdir(mailDir, { recursive: true });
      const info = await builder.sendMail(message(mail));
      const base = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.id}`);
      await writeFile(`${base}.eml`, info.message as Buffer);
      // Written whole under another name first: whatever watches the folder (a test reading its
      // mail, a developer's tool) never sees half a summary.
      await writeFile(`${base}.json.part`, JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text, ...(mail.attachments?.length ? { attachments: mail.attachments.map((a) => a.filename) } : {}) }, null, 2));
      await rename(`${base}.json.part`, `${base}.json`);
      // The file name is enough to find it; the recipient's address stays out of the log.
      logger.info({ outboxId: mail.id, file: `${base}.eml` }, "mail written to the development mail folder");
    },
    close: () => builder.close(),
  };
}
