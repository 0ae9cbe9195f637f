// The mail path end to end: outbox rows are sent after the request by the
// worker, to a real SMTP server (an in-process one speaking the protocol) or
// to the development mail folder, with retries and a final FAILED state.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { createFileTransport, createSmtpTransport, type MailTransport } from "./mail-transport.ts";
import { drainOutbox, enqueueMail } from "./outbox.ts";

const logger = createLogger("silent");
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SEED_DEMO: "0" });
});
afterAll(async () => {
  await t?.close();
});

const deps = (transport: MailTransport) => ({ prisma: t.db.prisma, transport, logger, from: "Lotse <no-reply@lotse.example>" });

describe("outbox", () => {
  it("delivers queued mail over SMTP after the fact, once", async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let raw = "";
        stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(raw);
          callback();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.server.address() as { port: number }).port;
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    try {
      await enqueueMail(t.db.prisma, { to: "kim@example.org", subject: "Lotse: Test über SMTP", text: "Hallo Kim" });
      expect(received).toEqual([]); // nothing leaves inside the request
      expect(await drainOutbox(deps(transport))).toBe(1);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/To: kim@example.org/);
      expect(received[0]).toMatch(/Hallo Kim/);
      expect(await drainOutbox(deps(transport))).toBe(0);
      const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "kim@example.org" } });
      expect(row.status).toBe("SENT");
      expect(row.textBody).not.toContain("Hallo Kim"); // a sent body (maybe with a link) is not kept
    } finally {
      transport.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("writes each message to the development mail folder as .eml and .json", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "lotse-mail-"));
    await enqueueMail(t.db.prisma, { to: "lea@example.org", subject: "Lotse: Ordner", text: "Link: http://localhost:3000/reset-password?token=abc" });
    await drainOutbox(deps(createFileTransport(dir, logger)));
    const files = readdirSync(dir).sort();
    expect(files.filter((f) => f.endsWith(".eml"))).toHaveLength(1);
    const json = JSON.parse(readFileSync(path.join(dir, files.find((f) => f.endsWith(".json"))!), "utf8"));
    expect(json).toEqual({ to: "lea@example.org", subject: "Lotse: Ordner", text: "Link: http://localhost:3000/reset-password?token=abc" });
  });

  it("retries a failing send later and gives up after several attempts, keeping the error", async () => {
    const broken: MailTransport = {
      kind: "smtp",
      send: () => Promise.reject(new Error("connection refused")),
      close: () => {},
    };
    await enqueueMail(t.db.prisma, { to: "max@example.org", subject: "Lotse: kaputt", text: "…" });
    expect(await drainOutbox(deps(broken))).toBe(0);
    let row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "max@example.org" } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connection refused" });
    expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
    for (let i = 0; i < 10; i++) {
      await t.db.prisma.outboxMessage.update({ where: { id: row.id }, data: { availableAt: new Date(0) } });
      await drainOutbox(deps(broken));
    }
    row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { id: row.id } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(6);
  });
});
