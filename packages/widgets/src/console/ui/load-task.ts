import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from './describe-error.js';

export type LoadStatus = 'loading' | 'loaded' | 'error';

/**
 * What a view reads from the server: loading, then loaded or failed. A newer run cancels the one
 * before it, and leaving the view cancels what is still on its way, so a late answer never
 * overwrites a newer one.
 */
export class LoadTask<T> implements ReactiveController {
  status: LoadStatus = 'loading';
  value: T | undefined;
  error: unknown;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  async run(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.load(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = 'loaded';
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Replaces what was loaded with what a write answered, without asking the server again. */
  set(value: T): void {
    this.value = value;
    this.status = 'loaded';
    this.host.requestUpdate();
  }
}
