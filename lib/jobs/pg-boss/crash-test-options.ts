// Short expiry and maintenance for the crash test, shared by the test and its child process: a job
// whose instance was killed runs again ~2–3 s later instead of after the production minute.
export const CRASH_TEST_ENGINE_OPTIONS = { expireInSeconds: 2, maintenanceIntervalSeconds: 1, pollingIntervalMs: 100 };
