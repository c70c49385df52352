// Structured one-line JSON logs. Values under secret-looking keys are replaced before printing,
// so a credential that slips into a log call never reaches the output.
import { redact } from "@/lib/audit/redact";

type Level = "info" | "warn" | "error";

function describeError(error: unknown) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { message: String(error) };
}

function write(level: Level, message: string, context: Record<string, unknown> = {}) {
  const { error, ...rest } = context;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    message,
    ...(redact(rest) as Record<string, unknown>),
    ...(error === undefined ? {} : { error: describeError(error) }),
  });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export const logger = {
  info: (message: string, context?: Record<string, unknown>) => write("info", message, context),
  warn: (message: string, context?: Record<string, unknown>) => write("warn", message, context),
  error: (message: string, context?: Record<string, unknown>) => write("error", message, context),
};
