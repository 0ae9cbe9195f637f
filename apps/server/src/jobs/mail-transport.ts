// Where outgoing mail goes: a real SMTP server when SMTP_URL is set, otherwise
// the development transport, which writes each message as an .eml file (the
// exact bytes SMTP would carry) plus a .json summary into `<dataDir>/mail/`.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Logger } from "../logger.ts";

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

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
      await transporter.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@lotse>` });
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
      const info = await builder.sendMail({ from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@lotse>` });
      const base = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.id}`);
      await writeFile(`${base}.eml`, info.message as Buffer);
      await writeFile(`${base}.json`, JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text }, null, 2));
      // The file name is enough to find it; the recipient's address stays out of the log.
      logger.info({ outboxId: mail.id, file: `${base}.eml` }, "mail written to the development mail folder");
    },
    close: () => builder.close(),
  };
}
