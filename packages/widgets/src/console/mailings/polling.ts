import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks again every so often while the view is open: the next ask is timed from the end of the one
 * before, so a slow server is never asked twice at once. It stops when the view leaves, or when an
 * ask answers that there is nothing more to wait for.
 */
export class Polling implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;

  /**
   * @param ask - One refresh; resolves to whether to keep asking.
   * @param interval - Milliseconds between the end of one ask and the next.
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly ask: (signal: AbortSignal) => Promise<boolean>,
    private readonly interval: () => number,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.controller !== undefined;
  }

  start(): void {
    if (this.running) return;
    this.controller = new AbortController();
    this.schedule(this.controller);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private schedule(controller: AbortController): void {
    this.timer = setTimeout(() => void this.tick(controller), this.interval());
  }

  private async tick(controller: AbortController): Promise<void> {
    let again = true;
    try {
      again = await this.ask(controller.signal);
    } catch {
      // The view says what failed; the next ask may well succeed.
    }
    if (controller !== this.controller || controller.signal.aborted) return;
    if (again) this.schedule(controller);
    else this.stop();
  }
}
