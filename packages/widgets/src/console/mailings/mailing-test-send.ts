import { type Mailing, MailingTest } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { FormController } from '../forms/form-controller.js';
import { text } from '../forms/form-values.js';
import { ConsoleView } from '../ui/console-view.js';
import { type FieldSpec, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { languageName } from './mailing-facts.js';

/**
 * Sends the saved draft to one address, the signed-in user's own unless they change it, in one of
 * its languages; and says where it went.
 */
export class BasisMailingTestSend extends ConsoleView {
  static override properties: PropertyDeclarations = {
    mailing: { attribute: false },
    notice: { state: true },
  };

  declare mailing: Mailing;
  declare private notice: Notice | undefined;

  private readonly form = new FormController(this);

  private specs(): FieldSpec[] {
    const t = this.m.mailings;
    const languages = Object.keys(this.mailing.content);
    return [
      { name: 'to', kind: 'email', label: t.testTo, required: true, maxLength: 254, autocomplete: 'email' },
      ...(languages.length > 1
        ? [
            {
              name: 'locale',
              kind: 'select',
              label: t.testLanguage,
              options: languages.map((tag) => ({ value: tag, label: this.language(tag) })),
            } satisfies FieldSpec,
          ]
        : []),
    ];
  }

  private language(tag: string): string {
    return languageName(this.m, tag, this.context!.locale);
  }

  private async send(formElement: HTMLFormElement): Promise<void> {
    const specs = this.specs();
    const values = readForm(formElement, specs);
    const body: MailingTest = { to: text(values.to).trim(), locale: text(values.locale) || this.mailing.defaultLocale };
    this.notice = undefined;
    const sent = await this.form.submit({
      fields: specs.map((spec) => spec.name),
      body,
      schema: MailingTest,
      native: nativeProblems(formElement, specs),
      send: async () => {
        await this.context!.client.mailings.test(this.mailing.id, body);
        return true;
      },
    });
    if (sent) this.notice = { tone: 'success', text: this.m.mailings.testSent(this.language(body.locale!), body.to) };
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.send(event.currentTarget as HTMLFormElement);
  };

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    const t = m.mailings;
    const values: Record<string, string> = { to: this.context.user.email, locale: this.mailing.defaultLocale };
    return html`
      <p class="lead">${t.testLead}</p>
      ${this.form.renderProblems(m)}
      <form class="editor test-send" novalidate @submit=${this.onSubmit}>
        ${this.specs().map((spec) => renderField(spec, values[spec.name] ?? '', this.form.errorsOf(spec.name)))}
        <div class="form-actions">
          <button type="submit" aria-disabled=${this.form.busy}>${this.form.busy ? t.sendingTest : t.sendTest}</button>
        </div>
      </form>
      ${renderNotice(this.notice)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-mailing-test-send': BasisMailingTestSend;
  }
}
