import type { PurposeVersion } from '@basis/sdk';
import { type PropertyDeclarations, type TemplateResult, css, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDate } from '../ui/dates.js';
import { LoadTask } from '../ui/load-task.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { type Segment, changeBetween } from './version-diff.js';

/** How many versions are shown before "Show more". */
export const VERSIONS_PAGE_SIZE = 10;

/**
 * Every text version of a purpose, newest first, each with what it changed against the one before:
 * removed words struck through, added ones marked, and the complete text on request.
 */
export class BasisPurposeVersions extends ConsoleView {
  static override styles = [
    ...ConsoleView.styles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }

      li {
        padding: var(--_space);
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
      }

      h3 {
        margin: 0 0 0.5em;
        font-size: 1em;
      }

      ins {
        text-decoration: none;
        background: color-mix(in srgb, var(--_success) 22%, var(--_surface));
      }

      del {
        background: color-mix(in srgb, var(--_danger) 18%, var(--_surface));
      }

      .diff {
        white-space: pre-wrap;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    purposeKey: { attribute: false },
    version: { attribute: false },
    shown: { state: true },
  };

  declare purposeKey: string;
  /** The purpose's current version; when it changes (a saved text), the versions are read again. */
  declare version: number;
  declare private shown: number;

  private readonly data = new LoadTask<PurposeVersion[]>(this, (signal) =>
    this.context!.client.purposes.versions(this.purposeKey, { signal }),
  );

  constructor() {
    super();
    this.shown = VERSIONS_PAGE_SIZE;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('version') || changed.has('purposeKey')) void this.data.run();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`<section aria-labelledby="versions-heading">
      <h2 id="versions-heading">${m.versionsTitle}</h2>
      <p class="lead">${m.versionsLead}</p>
      ${this.renderBody()}
    </section>`;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.data.status === 'loading' && !this.data.value) return loadingState(m.loadingVersions);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const versions = this.data.value ?? [];
    if (versions.length === 0) return emptyState(m.firstVersion);
    const newestFirst = [...versions].reverse();
    const visible = newestFirst.slice(0, this.shown);
    return html`<ol>
        ${visible.map((version) => {
          const previous = versions.find((v) => v.version === version.version - 1);
          return this.renderVersion(version, previous, version === newestFirst[0]);
        })}
      </ol>
      ${
        newestFirst.length > visible.length
          ? html`<div class="toolbar">
              <p class="muted">${m.shownOf(visible.length, newestFirst.length)}</p>
              <button type="button" class="secondary" @click=${() => (this.shown += VERSIONS_PAGE_SIZE)}>${m.showMore}</button>
            </div>`
          : nothing
      }`;
  }

  private renderVersion(version: PurposeVersion, previous: PurposeVersion | undefined, current: boolean): TemplateResult {
    const m = this.m;
    const change = previous ? changeBetween(previous, version) : undefined;
    return html`<li data-version=${version.version}>
      <h3>
        ${m.versionHeading(version.version, formatDate(version.createdAt, this.context!.locale))}
        ${current ? html`<span class="badge good">${m.currentVersion}</span>` : nothing}
      </h3>
      ${
        change
          ? html`
              ${change.name ? html`<p><strong>${m.nameChanged}:</strong> <span class="diff">${this.renderSegments(change.name)}</span></p>` : nothing}
              ${
                change.description
                  ? html`<p><strong>${m.textChanged}:</strong></p>
                      <p class="diff">${this.renderSegments(change.description)}</p>`
                  : nothing
              }
              ${!change.name && !change.description ? html`<p class="muted">${m.unchanged}</p>` : nothing}
            `
          : html`<p class="muted">${m.firstVersion}</p>
              <p><strong>${version.name}</strong></p>
              <p class="diff">${version.description}</p>`
      }
    </li>`;
  }

  private renderSegments(segments: readonly Segment[]): TemplateResult[] {
    const m = this.m;
    return segments.map((segment) => {
      if (segment.kind === 'added') return html`<ins><span class="sr-only">${m.diffAdded}: </span>${segment.text}</ins>`;
      if (segment.kind === 'removed') return html`<del><span class="sr-only">${m.diffRemoved}: </span>${segment.text}</del>`;
      return html`${segment.text}`;
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-purpose-versions': BasisPurposeVersions;
  }
}
