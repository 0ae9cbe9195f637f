// Reading the mail Lotse sends, as its recipient would. One interface, two
// mailboxes: the browser tests read the development mail folder the running
// API writes (`<dataDir>/mail/*.json`, the real delivery path); the API tests
// read the outbox table of their in-process app (the harness builds that one,
// since the scheduler that would deliver it does not run there).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** What the wanted mail looks like besides its recipient (a mail about something else is passed over). */
export interface MailMatch {
  subject?: string | RegExp;
  text?: string | RegExp;
}

export interface Mailbox {
  /** The newest mail to `to` that matches, waiting for its delivery. */
  newestTo(to: string, match?: MailMatch): Promise<Mail>;
}

const fits = (value: string, want: string | RegExp | undefined) => want === undefined || (typeof want === "string" ? value.includes(want) : want.test(value));

export const mailMatches = (mail: Mail, match: MailMatch = {}) => fits(mail.subject, match.subject) && fits(mail.text, match.text);

/**
 * Polls until `read` finds a mail (the outbox delivers every few hundred
 * milliseconds); fails naming the recipient and what was wanted.
 */
export async function waitForMail(read: () => Promise<Mail | undefined>, to: string, match: MailMatch = {}, timeoutMs = 20_000): Promise<Mail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mail = await read();
    if (mail) return mail;
    if (Date.now() > until) throw new Error(`no mail to ${to}${match.subject ? ` about ${String(match.subject)}` : ""} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The development mail folder: one `.json` summary per message, named by the time it was written. */
export function mailFolder(dir: string): Mailbox {
  return {
    newestTo(to, match) {
      return waitForMail(
        async () => {
          const files = await readdir(dir).catch(() => [] as string[]); // the folder appears with the first mail
          for (const file of files.filter((f) => f.endsWith(".json")).sort().reverse()) {
            const mail = JSON.parse(await readFile(path.join(dir, file), "utf8")) as Mail;
            if (mail.to === to && mailMatches(mail, match)) return mail;
          }
          return undefined;
        },
        to,
        match,
      );
    },
  };
}

/** The first link in a mail whose path is `pathname` (e.g. "/verify-email"), as written. */
export function linkIn(mail: Mail, pathname: string): string {
  const escaped = pathname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const link = new RegExp(`https?://\\S+${escaped}\\?\\S+`).exec(mail.text)?.[0];
  if (!link) throw new Error(`no ${pathname} link in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}

/** The `token` parameter of that link. */
export function tokenIn(mail: Mail, pathname: string): string {
  const token = new URL(linkIn(mail, pathname)).searchParams.get("token");
  if (!token) throw new Error(`the ${pathname} link in "${mail.subject}" has no token`);
  return token;
}
