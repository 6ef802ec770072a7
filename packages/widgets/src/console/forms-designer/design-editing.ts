import type { ConfirmOptions } from '../ui/confirm-dialog.js';
import { focusField } from '../ui/fields.js';
import { boxTitle } from './consent-section.js';
import { addLanguage, makeDefault, move, removeLanguage } from './design-edits.js';
import type { DesignEditor, DesignList } from './design-editor.js';
import { fieldTitle } from './fields-section.js';

/** What changing the design's structure needs of the designer page. */
export interface EditingHost {
  /** The designer's shadow root, where the focus goes next. */
  root(): ParentNode;
  ask(options: ConfirmOptions): Promise<boolean>;
  /**
   * Shows a change once it is made, and resolves when it is rendered: the words are said to screen
   * readers, `language` becomes the one being edited, and after a change of order the server's errors,
   * which name entries by their place, are dropped until the next save.
   */
  show(change: { readonly announcement?: string; readonly language?: string; readonly reordered?: boolean }): Promise<void>;
}

/**
 * Adding, moving and removing fields, choices and boxes, and the form's languages: each asks first
 * where something is lost, says what happened, and leaves the focus where the user can go on.
 */
export class DesignEditing {
  constructor(private readonly host: EditingHost) {}

  async add(apply: () => void, focus: string): Promise<void> {
    apply();
    await this.host.show({});
    focusField(this.host.root(), focus);
  }

  async removeOption(editor: DesignEditor, fieldIndex: number, optionIndex: number): Promise<void> {
    const { options } = editor.design.fields[fieldIndex]!;
    options.splice(optionIndex, 1);
    await this.host.show({ announcement: editor.m.forms.optionRemoved(optionIndex + 1), reordered: true });
    const at = `fields.${fieldIndex}.options`;
    focusField(this.host.root(), options.length ? `${at}.${Math.min(optionIndex, options.length - 1)}.value` : at);
  }

  async move(editor: DesignEditor, list: DesignList, index: number, by: -1 | 1): Promise<void> {
    const entries: { readonly id: number }[] = editor.design[list];
    const { id } = entries[index]!;
    const name = nameOf(editor, list, index);
    if (!move(entries, index, by)) return;
    await this.host.show({ announcement: editor.m.forms.moved(name, index + by + 1, entries.length), reordered: true });
    // The button pressed keeps the focus; at the end of the list, where it no longer works, its twin takes it.
    const button = (direction: string) => this.host.root().querySelector<HTMLButtonElement>(`[data-action="${direction} ${id}"]`);
    const pressed = button(by < 0 ? 'up' : 'down');
    (pressed && !pressed.disabled ? pressed : button(by < 0 ? 'down' : 'up'))?.focus();
  }

  async remove(editor: DesignEditor, list: DesignList, index: number): Promise<void> {
    const m = editor.m.forms;
    const entries: unknown[] = editor.design[list];
    const name = nameOf(editor, list, index);
    const field = list === 'fields';
    const confirmed = await this.host.ask({
      title: field ? m.removeFieldQuestion(name) : m.removeBoxQuestion(name),
      text: field ? m.removeFieldEffect : m.removeBoxEffect,
      confirmLabel: m.remove,
      cancelLabel: editor.m.cancel,
      danger: true,
    });
    if (!confirmed) return;
    entries.splice(index, 1);
    await this.host.show({ announcement: m.removed(name), reordered: true });
    const next = Math.min(index, entries.length - 1);
    focusField(this.host.root(), next < 0 ? list : field ? `fields.${next}.key` : `consentItems.${next}.purpose`);
  }

  async addLanguage(editor: DesignEditor, tag: string): Promise<void> {
    addLanguage(editor.design, tag);
    await this.host.show({ announcement: editor.m.forms.languageAdded(editor.languageName(tag)), language: tag });
    this.focusLanguage(tag);
  }

  async removeLanguage(editor: DesignEditor, tag: string): Promise<void> {
    const m = editor.m.forms;
    const { design } = editor;
    const name = editor.languageName(tag);
    const confirmed = await this.host.ask({
      title: m.removeLanguageQuestion(name),
      text: m.removeLanguageEffect(name, editor.languageName(design.defaultLocale)),
      confirmLabel: m.removeLanguageConfirm,
      cancelLabel: editor.m.cancel,
      danger: true,
    });
    if (!confirmed) return;
    removeLanguage(design, tag);
    await this.host.show({ announcement: m.languageRemoved(name), language: design.defaultLocale, reordered: true });
    this.focusLanguage(design.defaultLocale);
  }

  async makeDefault(editor: DesignEditor, tag: string): Promise<void> {
    makeDefault(editor.design, tag);
    await this.host.show({ announcement: editor.m.forms.defaultChanged(editor.languageName(tag)) });
    this.focusLanguage(tag);
  }

  private focusLanguage(tag: string): void {
    this.host.root().querySelector<HTMLElement>(`#language-${tag}`)?.focus();
  }
}

/** What an entry is called in the designer, for what is said about it. */
function nameOf(editor: DesignEditor, list: DesignList, index: number): string {
  return list === 'fields'
    ? fieldTitle(editor, editor.design.fields[index]!, index)
    : boxTitle(editor, editor.design.consentItems[index]!, index);
}
