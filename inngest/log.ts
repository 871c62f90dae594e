// Where the jobs layer reports. Injected at the composition root (instrumentation, scripts, tests) so the
// runner never imports server/ (the app's logger lives there). Messages carry function ids, run ids,
// attempts and event ids, never event data.

export interface JobLog {
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export const consoleJobLog: JobLog = {
  info: (message, meta) => console.info(message, meta ?? ""),
  warn: (message, meta) => console.warn(message, meta ?? ""),
  error: (message, meta) => console.error(message, meta ?? ""),
};

export const silentJobLog: JobLog = { info() {}, warn() {}, error() {} };
