import type { Form } from '@basis/sdk';
import { type TemplateResult, html, nothing } from 'lit';
import { can } from '../context.js';
import type { Route } from '../routing/routes.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDate } from '../ui/dates.js';
import { LoadTask } from '../ui/load-task.js';
import { ShowMore } from '../ui/show-more.js';
import { emptyState, errorState, loadingState } from '../ui/view-states.js';

/**
 * The forms: each with what visitors see (a published version, or nothing yet), whether a draft
 * waits to be published, and when it last changed. Designers start a new form here.
 */
export class BasisFormsList extends ConsoleView {
  private readonly pages = new ShowMore(this);
  private readonly data = new LoadTask<Form[]>(this, (signal) => this.context!.client.forms.list({ signal }));

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  private get designer(): boolean {
    return can(this.context!, 'design_forms');
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m.forms;
    return html`
      <div class="toolbar">
        <h1 tabindex="-1" class="grow">${m.title}</h1>
        ${this.designer ? this.newFormLink() : nothing}
      </div>
      <p class="lead">${m.lead}</p>
      ${this.renderBody()}
    `;
  }

  private newFormLink(): TemplateResult {
    return html`<a class="button" href=${this.context!.href({ name: 'form-new' })}>${this.m.forms.newForm}</a>`;
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.data.status === 'loading') return loadingState(m.forms.loading);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const forms = this.data.value ?? [];
    if (forms.length === 0) return emptyState(m.forms.empty, this.designer ? this.newFormLink() : nothing);
    return html`<table>
        <caption class="sr-only">
          ${m.forms.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.nameColumn}</th>
            <th scope="col">${m.forms.publishedColumn}</th>
            <th scope="col">${m.forms.updatedColumn}</th>
            ${this.designer ? html`<th scope="col"><span class="sr-only">${m.actionsColumn}</span></th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.pages.visible(forms).map((form) => this.renderRow(form))}
        </tbody>
      </table>
      ${this.pages.render(m, forms.length)}`;
  }

  private renderRow(form: Form): TemplateResult {
    const m = this.m.forms;
    const href = (route: Route) => this.context!.href(route);
    return html`<tr data-form=${form.id}>
      <th scope="row"><a href=${href({ name: 'form', id: form.id })}>${form.name}</a></th>
      <td>
        ${form.publishedVersion === null ? html`<span class="muted">${m.neverPublished}</span>` : m.version(form.publishedVersion)}
        ${form.publishedVersion !== null && form.hasDraft ? html`<span class="badge neutral">${m.unpublishedChanges}</span>` : nothing}
      </td>
      <td>${formatDate(form.updatedAt, this.context!.locale)}</td>
      ${
        this.designer
          ? html`<td class="actions">
              <a href=${href({ name: 'form-submissions', id: form.id })} aria-label=${m.submissionsOf(form.name)}>${m.submissions}</a>
            </td>`
          : nothing
      }
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-forms-list': BasisFormsList;
  }
}
