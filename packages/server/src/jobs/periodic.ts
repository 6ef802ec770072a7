export interface PeriodicJob {
  /** Runs the work now, or joins the run in progress; resolves with what the work returned. */
  runOnce(): Promise<number>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `work` every `intervalMs`, never twice at once in this process; a failure is logged and
 * the next tick tries again. The timer does not keep the process alive.
 */
export function every(intervalMs: number, name: string, work: () => Promise<number>): PeriodicJob {
  let running: Promise<number> | undefined;
  let stopped = false;
  const runOnce = () => {
    running ??= work().finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) runOnce().catch((error: unknown) => console.error(`${name} failed:`, error));
  }, intervalMs);
  timer.unref();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
