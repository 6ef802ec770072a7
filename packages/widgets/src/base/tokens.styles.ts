import { css } from 'lit';

/**
 * The design tokens. A page themes the elements through the public `--basis-*` properties (they
 * inherit into shadow roots); each is read once here, with its fallback, into a private `--_*`
 * property that the styles use. Dark mode changes only the fallbacks, so a page's own colours win
 * in both schemes.
 */
export const tokens = css`
  :host {
    --_font: var(--basis-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--basis-font-size, 1rem);
    --_radius: var(--basis-radius, 0.5rem);
    --_space: var(--basis-space, 1rem);
    --_text: var(--basis-text, #1f2937);
    --_muted: var(--basis-muted, #4b5563);
    --_surface: var(--basis-surface, #ffffff);
    --_border: var(--basis-border, #6b7280);
    --_accent: var(--basis-accent, #2563eb);
    --_accent-text: var(--basis-accent-text, #ffffff);
    --_danger: var(--basis-danger, #b91c1c);
    --_success: var(--basis-success, #15803d);
    --_focus: var(--basis-focus, #2563eb);

    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--basis-text, #f3f4f6);
      --_muted: var(--basis-muted, #cbd5e1);
      --_surface: var(--basis-surface, #111827);
      --_border: var(--basis-border, #9ca3af);
      --_accent: var(--basis-accent, #93c5fd);
      --_accent-text: var(--basis-accent-text, #0b1220);
      --_danger: var(--basis-danger, #fca5a5);
      --_success: var(--basis-success, #86efac);
      --_focus: var(--basis-focus, #93c5fd);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
