// Quick maintenance for the crash test, shared by the test and its child process. The expiry that
// recovers the killed child's jobs is the queue's own timeout (CRASH_TEST_TIMEOUT_SECONDS, set through
// `work()`), not the engine's 60 s default: the test times out if the per-queue timeout is ignored.
export const CRASH_TEST_ENGINE_OPTIONS = { maintenanceIntervalSeconds: 1, pollingIntervalMs: 100 };
export const CRASH_TEST_TIMEOUT_SECONDS = 2;
