// Structured JSON logs. Secrets never reach them: the redact list covers every
// place a password, token or cookie can appear.
import pino from "pino";

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
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
      ],
      censor: "[redacted]",
    },
  });
}
