// Reads the configuration, opens the database, starts HTTP and the outbox
// worker. Nothing else: the request path is built in app.ts.
import { createServer } from "node:http";
import path from "node:path";
import { createApp } from "./app.ts";
import { makeDrainable } from "./http/draining.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { openDatabase } from "./db/open.ts";
import { UnknownMigrationsError } from "./db/migrate/runner.ts";
import { createFileTransport, createSmtpTransport } from "./jobs/mail-transport.ts";
import { startOutboxWorker } from "./jobs/outbox.ts";
import { startScheduler } from "./jobs/scheduler.ts";
import { createLogger } from "./logger.ts";
import { moduleJobs } from "./modules/index.ts";
import { startNotificationEvents } from "./modules/notifications/index.ts";

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let db;
  try {
    db = await openDatabase(config, logger);
  } catch (error) {
    if (error instanceof UnknownMigrationsError) {
      logger.fatal(error.message);
      process.exit(3);
    }
    throw error;
  }
  const transport = config.SMTP_URL
    ? createSmtpTransport(config.SMTP_URL)
    : createFileTransport(path.join(config.dataDir, "mail"), logger);
  if (transport.kind === "file") logger.info({ folder: path.join(config.dataDir, "mail") }, "SMTP_URL unset: mail goes to the development mail folder");
  const outbox = startOutboxWorker({ prisma: db.prisma, transport, logger, from: config.MAIL_FROM }, config.OUTBOX_POLL_MS);

  // Every module's recurring jobs (modules/index.ts), so the scheduler names no module.
  const scheduler = startScheduler(db.prisma, logger, config.JOB_INTERVAL_MS, moduleJobs);

  // New notifications reach the open pages of every instance through the database (LISTEN/NOTIFY).
  const events = await startNotificationEvents(db.adapter, logger);
  const app = createApp({ config, logger, prisma: db.prisma, direct: db.direct, viewers: db.viewers, events });
  const server = createServer(app);
  const http = makeDrainable(server);
  server.listen(config.PORT, config.HOST, () => {
    logger.info(`Lotse API listening on http://${config.HOST}:${config.PORT}/graphql`);
  });

  // Order matters: no new connections, then the requests inside finish (bounded
  // by SHUTDOWN_GRACE_MS), then the jobs stop, and only then does the database
  // close, so no write commits without its answer having been sent.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, "shutting down: finishing the requests in progress");
    const { unfinished } = await http.drain(config.SHUTDOWN_GRACE_MS);
    if (unfinished > 0) logger.warn({ unfinished }, "grace period over: connections of unfinished requests were closed");
    await outbox.stop();
    await scheduler.stop();
    await events.stop();
    transport.close();
    await db.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
