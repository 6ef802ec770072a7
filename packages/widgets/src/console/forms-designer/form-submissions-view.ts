import type { Form, Purpose } from '@basis/sdk';
import type { SubmissionRecord } from '@basis/sdk/contract';
import { type PropertyDeclarations, type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { LoadTask } from '../ui/load-task.js';
import { PagedList } from '../ui/paged-list.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';
import { languageName } from './languages.js';

/** Submissions per page. */
export const SUBMISSIONS_PAGE_SIZE = 25;

const ROW = 'tbody tr';

const STATUS_TONE: Readonly<Record<SubmissionRecord['status'], string>> = {
  received: 'good',
  pending_confirmation: 'neutral',
  confirmed: 'good',
  expired: 'bad',
};

/**
 * What a form brought in, newest first, a page at a time: when, how far it got (waiting for the
 * email confirmation, confirmed, expired), in which language and version, which boxes were
 * ticked, from which page, and the person it went to. What was typed is with the person.
 */
export class BasisFormSubmissions extends ConsoleView {
  static override properties: PropertyDeclarations = { formId: { attribute: false } };

  declare formId: string;

  private readonly submissions = new PagedList<SubmissionRecord>(this, (signal) =>
    this.context!.client.forms.submissions(this.formId, { limit: SUBMISSIONS_PAGE_SIZE, signal }).pages(),
  );
  /** The form's name for the heading, and the purposes' names for the ticked boxes (their keys without them). */
  private readonly about = new LoadTask<{ form: Form; purposes: Purpose[] }>(this, async (signal) => {
    const { client } = this.context!;
    const [form, purposes] = await Promise.all([
      client.forms.get(this.formId, { signal }),
      client.purposes.list({ signal }).catch((): Purpose[] => []),
    ]);
    return { form, purposes };
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.about.run();
    void this.submissions.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const form = this.about.value?.form;
    if (form) this.announceTitle(this.m.forms.submissionsOf(form.name));
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m.forms;
    const form = this.about.value?.form;
    const list = this.submissions;
    return html`
      <p>
        <a href=${this.context.href({ name: 'forms' })}>${m.title}</a>
        ${form ? html` / <a href=${this.context.href({ name: 'form', id: form.id })}>${form.name}</a>` : nothing}
      </p>
      <h1 tabindex="-1">${form ? m.submissionsOf(form.name) : m.submissions}</h1>
      <p class="lead">${m.submissionsLead}</p>
      <p class="sr-only" role="status">${list.status === 'loaded' ? m.submissionsShown(list.items.length, list.hasMore) : ''}</p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    const list = this.submissions;
    if (list.status === 'loading') return loadingState(m.forms.loadingSubmissions);
    if (list.status === 'error') return errorState(m, list.failure, () => void list.run());
    if (list.items.length === 0) return emptyState(m.forms.submissionsEmpty);
    return html`<table>
        <caption class="sr-only">
          ${m.forms.submissions}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.forms.receivedColumn}</th>
            <th scope="col">${m.statusColumn}</th>
            <th scope="col">${m.locale}</th>
            <th scope="col">${m.fields.version}</th>
            <th scope="col">${m.forms.consentsColumn}</th>
            <th scope="col">${m.forms.pageColumn}</th>
            <th scope="col">${m.forms.personColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map((submission) => this.renderRow(submission))}
        </tbody>
      </table>
      ${list.renderMore(m, ROW)}`;
  }

  private renderRow(submission: SubmissionRecord): TemplateResult {
    const m = this.m;
    const { locale } = this.context!;
    const purposes = this.about.value?.purposes ?? [];
    const received = formatDateTime(submission.createdAt, locale);
    const consents = submission.consents.map((key) => purposes.find((p) => p.key === key)?.name ?? key);
    return html`<tr tabindex="-1" data-submission=${submission.id}>
      <td>${received}</td>
      <td>
        <span class="badge ${STATUS_TONE[submission.status]}">${m.forms.submissionStatuses[submission.status]}</span>
        ${submission.confirmedAt ? html`<div class="muted">${formatDateTime(submission.confirmedAt, locale)}</div>` : nothing}
      </td>
      <td>${languageName(submission.locale, locale)} <span class="key muted">${submission.locale}</span></td>
      <td>${submission.formVersion}</td>
      <td>
        ${consents.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(consents) : html`<span class="muted">${m.forms.noneTicked}</span>`}
      </td>
      <td>
        ${submission.pageUrl ? html`<span class="key">${submission.pageUrl}</span>` : html`<span class="muted">${m.forms.notRecorded}</span>`}
      </td>
      <td>
        <a href=${this.context!.href({ name: 'person', id: submission.subjectId })} aria-label=${m.forms.personOf(received)}
          >${m.forms.openPerson}</a
        >
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-form-submissions': BasisFormSubmissions;
  }
}
