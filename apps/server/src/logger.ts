// Structured JSON logs. Secrets never reach them: the redact list covers every
// place a password, token or cookie can appear. Personal data does not either:
// no call site logs an address or a name, and as a last line of defence every
// line is scrubbed of anything shaped like an email address (an error message
// from the database or a mail server may quote one).
import pino from "pino";

export type Logger = pino.Logger;

/** Where log lines go: anything with `write(line)`. */
export interface LogSink {
  write(line: string): unknown;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function scrubPersonalData(line: string): string {
  return line.replace(EMAIL, "[email]");
}

export function createLogger(level: string, sink: LogSink = pino.destination(1)): Logger {
  return pino(
    {
      level,
      base: { service: "lotse-api" },
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          "password",
          "*.password",
          "*.newPassword",
          "*.currentPassword",
          "*.token",
          "variables.*",
          "hash",
          "email",
          "*.email",
          "to",
          "toAddress",
          "*.toAddress",
          "name",
        ],
        censor: "[redacted]",
      },
    },
    { write: (line: string) => sink.write(scrubPersonalData(line)) },
  );
}
