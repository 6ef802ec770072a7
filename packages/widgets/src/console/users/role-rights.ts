import { RIGHTS, ROLES, ROLE_RIGHTS } from '@basis/sdk/contract';
import { type TemplateResult, html } from 'lit';
import type { ConsoleMessages } from '../locales/index.js';

/** The contract's ROLE_RIGHTS as a table: a row per right, a column per role, so people see what a role means. */
export function renderRoleRights(m: ConsoleMessages): TemplateResult {
  return html`<section aria-labelledby="roles-heading">
    <h2 id="roles-heading">${m.rolesTitle}</h2>
    <p class="lead">${m.rolesLead}</p>
    <table class="role-rights">
      <caption class="sr-only">
        ${m.rolesTitle}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.rightColumn}</th>
          ${ROLES.map((role) => html`<th scope="col">${m.roles[role]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${RIGHTS.map(
          (right) =>
            html`<tr>
              <th scope="row">${m.rights[right]} <span class="key muted">${right}</span></th>
              ${ROLES.map((role) =>
                ROLE_RIGHTS[role].includes(right)
                  ? html`<td><span aria-hidden="true">✓</span><span class="sr-only">${m.hasRight}</span></td>`
                  : html`<td><span class="sr-only">${m.lacksRight}</span></td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
