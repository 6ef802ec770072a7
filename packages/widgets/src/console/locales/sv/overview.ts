import type { ConsoleMessages } from '../index.js';

// Översikten på svenska: nyckeltalen och utkorgen med all e-post som Basis har skickat eller fortfarande håller.

const count = (n: number) => n.toLocaleString('sv');

export const overviewSv: ConsoleMessages['overview'] = {
  navHeading: 'Översikt',

  dashboardTitle: 'Nyckeltal',
  dashboardLead:
    'Vilka ni har uppgifter om, med vilken rättslig grund för varje ändamål, vad de prenumererar på och hur samtycken förändras dag för dag.',
  loading: 'Hämtar siffrorna …',
  figuresAt: (time) => `Siffror per ${time}.`,
  noPersons:
    'Inga personer än. Personer tillkommer när besökare fyller i något av era publicerade formulär, eller när era egna system (ett CRM, en webbutik) lägger till dem via API:et. Deras rättsliga grunder visas här från och med den första personen.',
  personsHeading: 'Personer',
  personsTotal: 'Personer totalt',
  withoutValidBasis: 'Utan giltig rättslig grund',
  withoutValidBasisExplained:
    'De här personerna har ingen aktiv rättslig grund för något ändamål: de har återkallat sitt samtycke eller gjort en invändning, aldrig bekräftat, deras grund har gått ut, eller så har ingen grund någonsin registrerats. Inget som kräver en rättslig grund, till exempel ett utskick, får göras med deras uppgifter, och en gallringsregel kan radera dem.',
  purposesHeading: 'Rättsliga grunder per ändamål',
  purposesLead:
    'Varje person räknas en gång i varje ändamål: med en aktiv rättslig grund, med en post i en annan status eller utan någon post.',
  noPurposes: 'Inga ändamål än. Skapa ett under Ändamål, så visas personernas rättsliga grunder för det här.',
  rowColumn: 'Rättslig grund eller status',
  personsColumn: 'Personer',
  shareColumn: 'Andel av alla personer',
  activeOn: (basis) => `Aktiv: ${basis}`,
  noRecord: 'Ingen post',
  subscriptionsHeading: 'Prenumerationer',
  topicColumn: 'Ämne',
  subscribedColumn: 'Prenumererar',
  unsubscribedColumn: 'Avslutat',
  unsubscribedHint:
    '”Avslutat” räknar dem som har lämnat ett ämne eller valt att inte prenumerera på det; personer som aldrig har tillfrågats finns i ingen av kolumnerna.',
  noTopics: 'Inga prenumerationsämnen än.',
  optedOutOfAll: (n) =>
    `${n === 1 ? 'En person' : `${count(n)} personer`} har avslutat alla prenumerationer: inget utskick når fram, oavsett vilka ämnen som är valda.`,

  historyHeading: 'Givna och återkallade samtycken per dag',
  historyLead:
    'Givna: en person gav sitt samtycke, eller gav det igen. Återkallade: en person återkallade sitt samtycke. Dagarna är kalenderdagar i UTC.',
  rangeLabel: 'Visade dagar',
  lastDays: (days) => `Senaste ${count(days)} dagarna`,
  given: 'Givna',
  withdrawn: 'Återkallade',
  dayAxis: 'Dag (UTC)',
  countAxis: 'Samtycken',
  chartSummary: (from, to, given, withdrawn) =>
    `Samtycken per dag från ${from} till ${to}: totalt ${count(given)} givna och ${count(withdrawn)} återkallade.`,
  showFigures: 'Visa siffrorna som tabell',
  dayColumn: 'Dag',
  historyCaption: (from, to) => `Givna och återkallade samtycken per dag, ${from} till ${to}`,
  totalRow: 'Totalt',
  noEvents: 'Inget samtycke gavs eller återkallades under de här dagarna.',
  loadingHistory: 'Hämtar samtyckena för de här dagarna …',

  outboxTitle: 'Utkorg',
  outboxLead:
    'Varje e-postmeddelande som Basis har skickat eller fortfarande håller, senaste först: bekräftelser för dubbel opt-in, länkar för att hantera prenumerationer, begäranden om samtycke och utskick. Innehållet visas inte, eftersom det innehåller varje persons egna länkar.',
  loadingOutbox: 'Hämtar utkorgen …',
  outboxEmpty:
    'Basis har inte skickat något e-postmeddelande än. Meddelanden visas här när en besökare bekräftar ett formulär eller ber om länken till sina prenumerationer, eller när ett utskick går iväg.',
  outboxNoMatch: 'Inget e-postmeddelande matchar de här filtren.',
  outboxFilters: 'Filter',
  statusFilter: 'Status',
  kindFilter: 'Typ',
  anyStatus: 'Alla statusar',
  anyKind: 'Alla typer',
  kinds: {
    manage_link: 'Länk för att hantera prenumerationer',
    double_opt_in: 'Bekräftelse för dubbel opt-in',
    consent_request: 'Begäran om samtycke',
    mailing: 'Utskick till ett ämne',
    mailing_test: 'Test av ett utskick',
  },
  statuses: {
    queued: 'I kö',
    sending: 'Skickas',
    sent: 'Skickat',
    failed: 'Misslyckades',
    cancelled: 'Avbrutet',
  },
  transports: {
    smtp: 'via SMTP',
    catcher: 'kvar i den inbyggda uppsamlaren',
  },
  createdColumn: 'Skapat',
  kindColumn: 'Typ',
  recipientColumn: 'Mottagare',
  subjectLineColumn: 'Ämnesrad',
  statusColumn: 'Status',
  attemptsColumn: 'Försök',
  lastErrorColumn: 'Senaste fel',
  sentColumn: 'Skickat',
  hidden: 'Dold',
  hiddenHint: 'Dold: din roll får inte se det här personfältet.',
  openPerson: 'Öppna personen',
  openMailing: 'Öppna utskicket',
  notSent: 'Inte skickat',
  nextAttempt: (time) => `Nästa försök ${time}`,
  outboxShown: (n, more) =>
    `${n === 1 ? 'Ett e-postmeddelande' : `${count(n)} e-postmeddelanden`} visas${more ? ', fler kan hämtas' : ''}.`,
};
