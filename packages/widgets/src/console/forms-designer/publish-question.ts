import type { Form } from '@basis/sdk/contract';
import type { ConsoleMessages } from '../locales/index.js';
import type { ConfirmOptions } from '../ui/confirm-dialog.js';
import type { FormDesign } from './form-design.js';

/** The question before publishing: what every visitor will see from now on, in plain words. */
export function publishQuestion(m: ConsoleMessages, design: FormDesign, saved: Form, locale: string): ConfirmOptions {
  const version = (saved.publishedVersion ?? 0) + 1;
  const labels = design.fields.map((field) => field.label[design.defaultLocale]?.trim() || field.key);
  const fields = new Intl.ListFormat(locale, { type: 'conjunction' }).format(labels);
  const text = [
    m.forms.publishShows(version, fields),
    m.forms.publishBoxes(design.consentItems.length),
    design.doubleOptIn ? m.forms.publishDoubleOptIn : m.forms.publishNoDoubleOptIn,
    saved.publishedVersion === null ? '' : m.forms.publishReplaces(saved.publishedVersion),
  ];
  return {
    title: m.forms.publishQuestion(saved.name, version),
    text: text.filter(Boolean).join(' '),
    confirmLabel: m.forms.publishConfirm,
    cancelLabel: m.cancel,
  };
}
