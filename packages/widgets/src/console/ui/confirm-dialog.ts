import { LitElement, type PropertyDeclarations, type TemplateResult, css, html } from 'lit';
import { controls } from '../../base/controls.styles.js';
import { tokens } from '../../base/tokens.styles.js';
import { consoleStyles } from './console.styles.js';

export interface ConfirmOptions {
  /** The question: "Deactivate the purpose “Newsletter”?" */
  title: string;
  /** What happens, honestly: what stops, what stays, whether it can be undone. */
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action: its button is drawn in the danger colour, and Cancel takes the focus. */
  danger?: boolean;
  /** Checks what the user entered in the slotted content; false keeps the dialog open. */
  beforeConfirm?: () => boolean;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** The element that has the focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A modal confirmation: a real `<dialog>`, the focus kept inside it, Escape to cancel, and the
 * focus back where it was when it closes. Anything placed inside the element (a comment field) is
 * shown between the text and the buttons.
 *
 * @slot - Fields that go with the confirmation.
 */
export class BasisConfirmDialog extends LitElement {
  static override styles = [
    tokens,
    controls,
    consoleStyles,
    css`
      dialog {
        inline-size: min(32rem, calc(100vw - 2rem));
        padding: calc(var(--_space) * 1.5);
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }

      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }

      h2 {
        margin-block-start: 0;
      }

      .form-actions {
        justify-content: end;
        margin-block-start: var(--_space);
      }
    `,
  ];

  static override properties: PropertyDeclarations = { options: { state: true } };

  declare private options: ConfirmOptions | undefined;
  private settle: ((confirmed: boolean) => void) | undefined;
  private returnFocus: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** Whether the dialog is showing. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Shows the dialog; true when the user confirms, false when they cancel or press Escape. */
  async ask(options: ConfirmOptions): Promise<boolean> {
    this.settle?.(false);
    this.returnFocus = deepActiveElement();
    this.options = options;
    await this.updateComplete;
    this.dialog.showModal();
    const focusables = this.focusables();
    const start = options.danger ? this.renderRoot.querySelector<HTMLElement>('#cancel') : focusables[0];
    // A field in the slot comes first: the user is asked to fill it in.
    (this.slottedFocusables()[0] ?? start)?.focus();
    return new Promise<boolean>((resolve) => (this.settle = resolve));
  }

  private close(confirmed: boolean): void {
    if (confirmed && this.options?.beforeConfirm && !this.options.beforeConfirm()) return;
    const settle = this.settle;
    this.settle = undefined;
    if (this.dialog.open) this.dialog.close();
    this.returnFocus?.focus();
    settle?.(confirmed);
  }

  private slottedFocusables(): HTMLElement[] {
    const slot = this.renderRoot.querySelector('slot');
    return (slot?.assignedElements({ flatten: true }) ?? []).flatMap((element) => [
      ...(element.matches(FOCUSABLE) ? [element as HTMLElement] : []),
      ...element.querySelectorAll<HTMLElement>(FOCUSABLE),
    ]);
  }

  /** Everything Tab reaches in the dialog, in order. */
  private focusables(): HTMLElement[] {
    const own = [...this.renderRoot.querySelectorAll<HTMLElement>('.form-actions button')];
    return [...this.slottedFocusables(), ...own];
  }

  // Tab and Shift+Tab go round inside the dialog; nothing behind it can take the focus.
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const focusables = this.focusables();
    if (focusables.length === 0) return;
    const current = event.composedPath()[0];
    const first = focusables[0]!;
    const last = focusables[focusables.length - 1]!;
    if (event.shiftKey && (current === first || !focusables.includes(current as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (current === last || !focusables.includes(current as HTMLElement))) {
      event.preventDefault();
      first.focus();
    }
  };

  private readonly onCancel = (event: Event): void => {
    // Escape: the dialog closes through close(), so the promise settles and the focus returns.
    event.preventDefault();
    this.close(false);
  };

  override render(): TemplateResult {
    const options = this.options;
    return html`<dialog aria-labelledby="title" aria-describedby="text" @keydown=${this.onKeyDown} @cancel=${this.onCancel}>
      <h2 id="title">${options?.title ?? ''}</h2>
      <p id="text">${options?.text ?? ''}</p>
      <slot></slot>
      <div class="form-actions">
        <button type="button" id="cancel" class="secondary" @click=${() => this.close(false)}>${options?.cancelLabel ?? ''}</button>
        <button type="button" id="confirm" class=${options?.danger ? 'danger' : ''} @click=${() => this.close(true)}>
          ${options?.confirmLabel ?? ''}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-confirm-dialog': BasisConfirmDialog;
  }
}
