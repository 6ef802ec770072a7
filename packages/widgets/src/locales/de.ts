import type { Messages } from './en.js';

const de: Messages = {
  subscriptionsHeading: 'Ihre E-Mail-Abonnements',
  subscriptionsIntro: (email) => `Wählen Sie, was wir an ${email} senden. Erst wenn Sie speichern, ändert sich etwas.`,
  loadingPreferences: 'Ihre Einstellungen werden geladen …',
  topicsLegend: 'Themen',
  optOutOfAll: 'Von allem abmelden',
  optOutOfAllHint: 'Solange dies eingeschaltet ist, senden wir Ihnen keinerlei Werbe-E-Mails, ganz gleich, was bei den Themen oben steht.',
  consentsLegend: 'Ihre Einwilligungen',
  consentsHint:
    'Einschalten, um einzuwilligen, ausschalten, um die Einwilligung zu widerrufen. Sie können Ihre Entscheidung jederzeit ändern.',
  save: 'Speichern',
  saving: 'Wird gespeichert …',
  nothingToSave: 'Noch hat sich nichts geändert: Schalten Sie zuerst etwas ein oder aus.',
  saved: (changes) => `Gespeichert: ${changes}.`,
  undo: 'Rückgängig',
  restored: (changes) => `Rückgängig gemacht: ${changes}.`,
  subscribedTo: (topic) => `${topic} abonniert`,
  unsubscribedFrom: (topic) => `${topic} abbestellt`,
  optedOutOfAll: 'von allem abgemeldet',
  optedBackIn: 'E-Mails von uns sind wieder erwünscht',
  consentGiven: (purpose) => `Einwilligung für ${purpose} erteilt`,
  consentWithdrawn: (purpose) => `Einwilligung für ${purpose} widerrufen`,
  loadFailed: 'Ihre Einstellungen konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  saveFailed: 'Ihre Änderungen konnten nicht gespeichert werden. Sie sind noch da, Sie können es also erneut versuchen.',
  retry: 'Erneut versuchen',
  newLinkHeading: 'Neuen Link anfordern',
  badToken: 'Dieser Link ist ungültig oder abgelaufen. Geben Sie Ihre E-Mail-Adresse ein, dann senden wir Ihnen einen neuen.',
  emailLabel: 'E-Mail-Adresse',
  emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
  requestLink: 'Neuen Link senden',
  requestingLink: 'Wird gesendet …',
  linkRequested: 'Wenn uns diese Adresse bekannt ist, ist ein neuer Link unterwegs. Es kann einige Minuten dauern, bis er ankommt.',
  linkRateLimited: 'Sie haben in kurzer Zeit mehrere Links angefordert. Bitte versuchen Sie es später erneut.',
  linkRequestFailed: 'Ihre Anfrage konnte nicht gesendet werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
};

export default de;
