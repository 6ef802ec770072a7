import { ApiError, type User } from '@basis/sdk';
import { DEFAULT_ROLE, PasswordSet, ROLES, type Role, UserCreate, UserPatch } from '@basis/sdk/contract';
import { type PropertyDeclarations, type TemplateResult, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { FormController } from '../forms/form-controller.js';
import { changed, text } from '../forms/form-values.js';
import type { BasisConfirmDialog } from '../ui/confirm-dialog.js';
import { ConsoleView } from '../ui/console-view.js';
import { formatDateTime } from '../ui/dates.js';
import { type FieldSpec, focusField, nativeProblems, readForm, renderField } from '../ui/fields.js';
import { confirmationProblem, newPasswordFields } from '../ui/new-password.js';
import { LoadTask } from '../ui/load-task.js';
import { ShowMore } from '../ui/show-more.js';
import { type Notice, renderNotice } from '../ui/notice.js';
import { emptyState, errorMessage, errorState, loadingState } from '../ui/view-states.js';
import { renderRoleRights } from './role-rights.js';

/** The one form open above the list: a new user, a user's name and role, or a password for them. */
type Editing =
  { readonly mode: 'create' } | { readonly mode: 'edit'; readonly user: User } | { readonly mode: 'password'; readonly user: User };

/**
 * The console's users: each with role and status (active, disabled, locked until …); creating a
 * user with a first password they must replace, changing name and role, disabling (confirmed) and
 * enabling, and setting a new password for someone. Below, what each role may do.
 */
export class BasisUsersView extends ConsoleView {
  static override properties: PropertyDeclarations = {
    editing: { state: true },
    notice: { state: true },
    pending: { state: true },
  };

  declare private editing: Editing | undefined;
  declare private notice: Notice | undefined;
  /** The id of the user being disabled or enabled, so their button waits. */
  declare private pending: string | undefined;

  private readonly form = new FormController(this);
  private readonly pages = new ShowMore(this);
  private readonly data = new LoadTask<User[]>(this, (signal) => this.context!.client.users.list({ signal }));
  /** Where the focus goes back to when the form closes. */
  private opener: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.data.run();
  }

  private get dialog(): BasisConfirmDialog {
    return this.renderRoot.querySelector('basis-confirm-dialog')!;
  }

  private get self(): string {
    return this.context!.user.id;
  }

  private replace(user: User): void {
    this.data.set((this.data.value ?? []).map((u) => (u.id === user.id ? user : u)));
  }

  private async open(editing: Editing, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.editing = editing;
    this.notice = undefined;
    this.form.reset();
    await this.updateComplete;
    focusField(this.renderRoot, this.specs(editing)[0]!.name);
  }

  private async close(notice?: Notice): Promise<void> {
    this.editing = undefined;
    this.form.reset();
    if (notice) this.notice = notice;
    await this.updateComplete;
    const opener = this.opener;
    // A button replaced by a new render is found again by what it opens.
    const again = opener?.dataset.action ? this.renderRoot.querySelector<HTMLElement>(`[data-action="${opener.dataset.action}"]`) : null;
    (opener?.isConnected ? opener : again)?.focus();
  }

  private specs(editing: Editing): FieldSpec[] {
    const m = this.m;
    const roles = ROLES.map((role) => ({ value: role, label: m.roles[role] }));
    switch (editing.mode) {
      case 'create':
        return [
          { name: 'email', kind: 'email', label: m.email, required: true, autocomplete: 'off' },
          { name: 'name', kind: 'text', label: m.name, required: true },
          { name: 'role', kind: 'select', label: m.roleLabel, hint: m.roleHint, options: roles },
          ...newPasswordFields(m, m.firstPasswordLabel, m.firstPasswordHint),
        ];
      case 'edit':
        return [
          { name: 'name', kind: 'text', label: m.name, required: true },
          { name: 'role', kind: 'select', label: m.roleLabel, options: roles },
        ];
      case 'password':
        return newPasswordFields(m);
    }
  }

  /** The 409s of users, in plain words: who is in the way, not the server's wording. */
  private conflictMessage(error: unknown, user: User | undefined, patch: UserPatch): string | undefined {
    if (!(error instanceof ApiError) || error.status !== 409 || !user) return undefined;
    const m = this.m;
    if (user.id === this.self && patch.disabled === true) return m.cannotDisableSelf;
    if (user.id === this.self && patch.role !== undefined) return m.cannotLoseManageUsers;
    return m.lastAdmin;
  }

  private async submit(formElement: HTMLFormElement): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const m = this.m;
    const { client } = this.context!;
    const specs = this.specs(editing);
    const values = readForm(formElement, specs);
    const fields = specs.map((s) => s.name);
    const native = { ...nativeProblems(formElement, specs), ...confirmationProblem(m, values) };
    if (editing.mode === 'create') {
      const body: UserCreate = {
        email: text(values.email).trim(),
        name: text(values.name).trim(),
        role: text(values.role) as Role,
        password: text(values.password),
      };
      const created = await this.form.submit({ fields, body, schema: UserCreate, native, send: () => client.users.create(body) });
      if (!created) return;
      this.data.set([...(this.data.value ?? []), created]);
      return this.close({ tone: 'success', text: m.userCreated(created.name) });
    }
    const { user } = editing;
    if (editing.mode === 'password') {
      const body: PasswordSet = { password: text(values.password) };
      const saved = await this.form.submit({
        fields,
        body,
        schema: PasswordSet,
        native,
        send: () => client.users.setPassword(user.id, body),
      });
      if (!saved) return;
      this.replace(saved);
      return this.close({ tone: 'success', text: m.passwordSetFor(saved.name) });
    }
    const patch = changed({ name: text(values.name).trim(), role: text(values.role) }, { name: user.name, role: user.role }) as UserPatch;
    if (Object.keys(patch).length === 0) return this.close({ tone: 'success', text: m.nothingChanged });
    const saved = await this.form.submit({
      fields,
      body: patch,
      schema: UserPatch,
      native,
      send: () => client.users.update(user.id, patch),
      explain: (error) => this.conflictMessage(error, user, patch),
    });
    if (!saved) return;
    this.replace(saved);
    return this.close({ tone: 'success', text: m.userSaved(saved.name) });
  }

  private async setDisabled(user: User, disabled: boolean, trigger: HTMLElement): Promise<void> {
    const m = this.m;
    if (this.pending) return;
    if (disabled) {
      const confirmed = await this.dialog.ask({
        title: m.disableQuestion(user.name),
        text: m.disableEffect,
        confirmLabel: m.disableUser,
        cancelLabel: m.cancel,
        danger: true,
      });
      if (!confirmed) return;
    }
    this.pending = user.id;
    this.notice = undefined;
    try {
      const saved = await this.context!.client.users.update(user.id, { disabled });
      this.replace(saved);
      this.notice = { tone: 'success', text: disabled ? m.userDisabledDone(user.name) : m.userEnabledDone(user.name) };
    } catch (error) {
      this.notice = { tone: 'error', text: this.conflictMessage(error, user, { disabled }) ?? errorMessage(m, error) };
    } finally {
      this.pending = undefined;
    }
    await this.updateComplete;
    if (!trigger.isConnected) this.renderRoot.querySelector<HTMLElement>(`[data-action="toggle ${user.id}"]`)?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.context) return nothing;
    const m = this.m;
    return html`
      <div class="toolbar">
        <h1 tabindex="-1" class="grow">${m.usersTitle}</h1>
        ${
          this.editing?.mode === 'create'
            ? nothing
            : html`<button
                type="button"
                data-action="create"
                @click=${(event: Event) => void this.open({ mode: 'create' }, event.currentTarget as HTMLElement)}
              >
                ${m.newUser}
              </button>`
        }
      </div>
      <p class="lead">${m.usersLead}</p>
      ${renderNotice(this.notice)} ${this.renderEditor()} ${this.renderBody()} ${renderRoleRights(m)}
      <basis-confirm-dialog></basis-confirm-dialog>
    `;
  }

  private renderEditor(): unknown {
    const editing = this.editing;
    if (!editing) return nothing;
    const m = this.m;
    const title =
      editing.mode === 'create'
        ? m.newUser
        : editing.mode === 'edit'
          ? m.editUserTitle(editing.user.name)
          : m.setPasswordTitle(editing.user.name);
    const lead = editing.mode === 'create' ? m.newUserLead : editing.mode === 'password' ? m.setPasswordLead : undefined;
    const current = editing.mode === 'edit' ? { name: editing.user.name, role: editing.user.role } : { name: '', role: DEFAULT_ROLE };
    // A fresh form for each user and purpose, so nothing typed for one is left in the next.
    const key = editing.mode === 'create' ? 'create' : `${editing.mode} ${editing.user.id}`;
    return keyed(
      key,
      html`<section aria-labelledby="editor-heading">
        <h2 id="editor-heading">${title}</h2>
        ${lead ? html`<p class="lead">${lead}</p>` : nothing} ${this.form.renderProblems(m)}
        <form class="editor" novalidate @submit=${this.onSubmit}>
          ${this.specs(editing).map((spec) =>
            renderField(spec, spec.name === 'name' || spec.name === 'role' ? current[spec.name] : '', this.form.errorsOf(spec.name)),
          )}
          <div class="form-actions">
            <button type="submit" aria-disabled=${this.form.busy}>
              ${this.form.busy ? m.saving : editing.mode === 'create' ? m.create : editing.mode === 'password' ? m.setPassword : m.save}
            </button>
            <button type="button" class="secondary" @click=${() => void this.close()}>${m.cancel}</button>
          </div>
        </form>
      </section>`,
    );
  }

  private renderBody(): TemplateResult {
    const m = this.m;
    if (this.data.status === 'loading' && !this.data.value) return loadingState(m.loadingUsers);
    if (this.data.status === 'error') return errorState(m, this.data.error, () => void this.data.run());
    const users = this.data.value ?? [];
    if (users.length === 0) return emptyState(m.usersEmpty);
    return html`<table>
        <caption class="sr-only">
          ${m.usersTitle}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.name}</th>
            <th scope="col">${m.roleColumn}</th>
            <th scope="col">${m.fields.status}</th>
            <th scope="col"><span class="sr-only">${m.actionsColumn}</span></th>
          </tr>
        </thead>
        <tbody>
          ${this.pages.visible(users).map((user) => this.renderRow(user))}
        </tbody>
      </table>
      ${this.pages.render(m, users.length)}`;
  }

  private renderRow(user: User): TemplateResult {
    const m = this.m;
    const self = user.id === this.self;
    const busy = this.pending === user.id;
    const open = (editing: Editing) => (event: Event) => void this.open(editing, event.currentTarget as HTMLElement);
    return html`<tr data-user=${user.id}>
      <th scope="row">
        ${user.name}${self ? html` <span class="muted">(${m.youMarker})</span>` : nothing}
        <div class="muted">${user.email}</div>
      </th>
      <td>${m.roles[user.role]}</td>
      <td>${this.renderStatus(user)}</td>
      <td class="actions">
        <button
          type="button"
          class="secondary small"
          data-action="edit ${user.id}"
          aria-label=${m.editUserFor(user.name)}
          @click=${open({ mode: 'edit', user })}
        >
          ${m.editUser}
        </button>
        <button
          type="button"
          class="secondary small"
          data-action="password ${user.id}"
          aria-label=${m.setPasswordFor(user.name)}
          @click=${open({ mode: 'password', user })}
        >
          ${m.setPassword}
        </button>
        ${
          self
            ? nothing
            : html`<button
                type="button"
                class="secondary small ${user.disabled ? '' : 'danger'}"
                data-action="toggle ${user.id}"
                aria-label=${user.disabled ? m.enableUserFor(user.name) : m.disableUserFor(user.name)}
                aria-disabled=${busy}
                @click=${(event: Event) => void this.setDisabled(user, !user.disabled, event.currentTarget as HTMLElement)}
              >
                ${user.disabled ? m.enableUser : m.disableUser}
              </button>`
        }
      </td>
    </tr>`;
  }

  private renderStatus(user: User): TemplateResult {
    const m = this.m;
    const locked = user.lockedUntil ? formatDateTime(user.lockedUntil, this.context!.locale) : undefined;
    return html`${
      user.disabled
        ? html`<span class="badge neutral">${m.userDisabled}</span>`
        : locked
          ? html`<span class="badge bad">${m.lockedUntil(locked)}</span>`
          : html`<span class="badge good">${m.userActive}</span>`
    }
    ${user.passwordChangeRequired ? html`<div class="muted">${m.mustChoosePassword}</div>` : nothing}`;
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit(event.currentTarget as HTMLFormElement);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'basis-users-view': BasisUsersView;
  }
}
