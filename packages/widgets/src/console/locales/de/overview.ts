import type { ConsoleMessages } from '../index.js';

// Die Übersicht auf Deutsch: die Zahlen des Dashboards und der Postausgang aller E-Mails, die
// Basis verschickt hat oder noch hält.

const count = (n: number) => n.toLocaleString('de');

export const overviewDe: ConsoleMessages['overview'] = {
  navHeading: 'Übersicht',

  dashboardTitle: 'Kennzahlen',
  dashboardLead: 'Wen Sie führen, auf welcher Rechtsgrundlage je Zweck, was abonniert ist, und wie sich Einwilligungen Tag für Tag ändern.',
  loading: 'Die Zahlen werden geladen…',
  figuresAt: (time) => `Stand: ${time}.`,
  noPersons:
    'Noch keine Personen. Personen kommen hinzu, wenn Besucher eines Ihrer veröffentlichten Formulare ausfüllen oder Ihre eigenen Systeme (ein CRM, ein Shop) sie über die API anlegen. Ihre Rechtsgrundlagen erscheinen hier ab der ersten Person.',
  personsHeading: 'Personen',
  personsTotal: 'Personen insgesamt',
  withoutValidBasis: 'Ohne gültige Rechtsgrundlage',
  withoutValidBasisExplained:
    'Diese Personen haben für keinen Zweck eine aktive Rechtsgrundlage: Sie haben widerrufen oder widersprochen, nie bestätigt, ihre Grundlage ist abgelaufen, oder es wurde nie eine erfasst. Nichts, was eine Rechtsgrundlage braucht, etwa ein Mailing, darf mit ihren Daten geschehen, und eine Aufbewahrungsregel darf sie löschen.',
  purposesHeading: 'Rechtsgrundlagen je Zweck',
  purposesLead:
    'Jede Person zählt in jedem Zweck genau einmal: mit einer aktiven Rechtsgrundlage, mit einem Eintrag in einem anderen Status oder ohne Eintrag.',
  noPurposes: 'Noch keine Zwecke. Legen Sie unter „Zwecke“ einen an, dann erscheinen hier die Rechtsgrundlagen der Personen dafür.',
  rowColumn: 'Rechtsgrundlage oder Status',
  personsColumn: 'Personen',
  shareColumn: 'Anteil an allen Personen',
  activeOn: (basis) => `Aktiv: ${basis}`,
  noRecord: 'Kein Eintrag',
  subscriptionsHeading: 'Abonnements',
  topicColumn: 'Thema',
  subscribedColumn: 'Abonniert',
  unsubscribedColumn: 'Abgemeldet',
  unsubscribedHint:
    'Abgemeldet zählt, wer ein Thema verlassen oder sich dagegen entschieden hat; nie gefragte Personen stehen in keiner der beiden Spalten.',
  noTopics: 'Noch keine Abonnement-Themen.',
  optedOutOfAll: (n) =>
    `${n === 1 ? 'Eine Person hat' : `${count(n)} Personen haben`} sich von allem abgemeldet: Kein Mailing erreicht sie, was auch immer ihre Themen sagen.`,

  historyHeading: 'Erteilte und widerrufene Einwilligungen pro Tag',
  historyLead:
    'Erteilt: Eine Person hat eingewilligt oder erneut eingewilligt. Widerrufen: Eine Person hat ihre Einwilligung widerrufen. Tage sind Kalendertage in UTC.',
  rangeLabel: 'Angezeigte Tage',
  lastDays: (days) => `Letzte ${count(days)} Tage`,
  given: 'Erteilt',
  withdrawn: 'Widerrufen',
  dayAxis: 'Tag (UTC)',
  countAxis: 'Einwilligungen',
  chartSummary: (from, to, given, withdrawn) =>
    `Einwilligungen pro Tag vom ${from} bis ${to}: insgesamt ${count(given)} erteilt und ${count(withdrawn)} widerrufen.`,
  showFigures: 'Die Zahlen als Tabelle zeigen',
  dayColumn: 'Tag',
  historyCaption: (from, to) => `Erteilte und widerrufene Einwilligungen pro Tag, ${from} bis ${to}`,
  totalRow: 'Insgesamt',
  noEvents: 'An diesen Tagen wurde keine Einwilligung erteilt oder widerrufen.',
  loadingHistory: 'Die Einwilligungen dieser Tage werden geladen…',

  outboxTitle: 'Postausgang',
  outboxLead:
    'Jede E-Mail, die Basis verschickt hat oder noch hält, die neueste zuerst: Bestätigungen des Double-Opt-in, Links zur Verwaltung der Abonnements, Einwilligungsanfragen und Mailings. Ihr Inhalt wird nicht gezeigt, da er die persönlichen Links jeder Person enthält.',
  loadingOutbox: 'Der Postausgang wird geladen…',
  outboxEmpty:
    'Basis hat noch keine E-Mail verschickt. E-Mails erscheinen hier, sobald ein Besucher ein Formular bestätigt, den Link zu seinen Abonnements anfordert oder ein Mailing versendet wird.',
  outboxNoMatch: 'Keine E-Mail passt zu diesen Filtern.',
  outboxFilters: 'Filter',
  statusFilter: 'Status',
  kindFilter: 'Art',
  anyStatus: 'Jeder Status',
  anyKind: 'Jede Art',
  kinds: {
    manage_link: 'Link zur Verwaltung der Abonnements',
    double_opt_in: 'Bestätigung des Double-Opt-in',
    consent_request: 'Einwilligungsanfrage',
    mailing: 'Mailing an ein Thema',
    mailing_test: 'Test eines Mailings',
  },
  statuses: {
    queued: 'Wartet',
    sending: 'Wird gesendet',
    sent: 'Gesendet',
    failed: 'Fehlgeschlagen',
    cancelled: 'Abgebrochen',
  },
  transports: {
    smtp: 'per SMTP',
    catcher: 'vom eingebauten Fänger behalten',
  },
  createdColumn: 'Erstellt',
  kindColumn: 'Art',
  recipientColumn: 'Empfänger',
  subjectLineColumn: 'Betreff',
  statusColumn: 'Status',
  attemptsColumn: 'Versuche',
  lastErrorColumn: 'Letzter Fehler',
  sentColumn: 'Gesendet am',
  hidden: 'Verborgen',
  hiddenHint: 'Verborgen: Ihre Rolle darf dieses Feld der Person nicht sehen.',
  openPerson: 'Person öffnen',
  openMailing: 'Mailing öffnen',
  notSent: 'Nicht gesendet',
  nextAttempt: (time) => `Nächster Versuch ${time}`,
  outboxShown: (n, more) => `${n === 1 ? 'Eine E-Mail' : `${count(n)} E-Mails`} angezeigt${more ? ', weitere können geladen werden' : ''}.`,
};
