// The console's English for the overview: the dashboard's figures and the outbox of every email
// Basis sent or holds. Hooked into the catalog as `overview`.

const count = (n: number) => n.toLocaleString('en');

export const overviewEn = {
  navHeading: 'Overview',

  // Dashboard
  dashboardTitle: 'Dashboard',
  dashboardLead: 'Whom you hold, on which legal basis for each purpose, what they subscribed to, and how consents change day by day.',
  loading: 'Loading the figures…',
  figuresAt: (time: string) => `Figures as of ${time}.`,
  noPersons:
    'No persons yet. Persons arrive when visitors fill in one of your published forms, or when your own systems (a CRM, a shop) add them through the API. Their legal bases show here from the first one on.',
  personsHeading: 'Persons',
  personsTotal: 'Persons in total',
  withoutValidBasis: 'Without a valid legal basis',
  withoutValidBasisExplained:
    'These persons have no active legal basis for any purpose: they withdrew or objected, never confirmed, their basis expired, or none was ever recorded. Nothing that needs a legal basis, such as a mailing, may be done with their data, and a retention policy may erase them.',
  purposesHeading: 'Legal bases by purpose',
  purposesLead: 'Each person counts once in every purpose: with an active legal basis, with a record in another status, or with no record.',
  noPurposes: 'No purposes yet. Define one under Purposes, and the persons’ legal bases for it show here.',
  rowColumn: 'Legal basis or status',
  personsColumn: 'Persons',
  shareColumn: 'Share of all persons',
  activeOn: (basis: string) => `Active: ${basis}`,
  noRecord: 'No record',
  subscriptionsHeading: 'Subscriptions',
  topicColumn: 'Topic',
  subscribedColumn: 'Subscribed',
  unsubscribedColumn: 'Unsubscribed',
  unsubscribedHint: 'Unsubscribed counts those who left a topic or chose not to join it; persons never asked are in neither column.',
  noTopics: 'No subscription topics yet.',
  optedOutOfAll: (n: number) =>
    `${n === 1 ? 'One person' : `${count(n)} persons`} opted out of everything: no mailing reaches them, whatever their topics say.`,

  // Consents per day
  historyHeading: 'Consents given and withdrawn per day',
  historyLead: 'Given: a person gave consent, or gave it again. Withdrawn: a person withdrew it. Days are calendar days in UTC.',
  rangeLabel: 'Days shown',
  lastDays: (days: number) => `Last ${count(days)} days`,
  given: 'Given',
  withdrawn: 'Withdrawn',
  dayAxis: 'Day (UTC)',
  countAxis: 'Consents',
  chartSummary: (from: string, to: string, given: number, withdrawn: number) =>
    `Consents per day from ${from} to ${to}: ${count(given)} given and ${count(withdrawn)} withdrawn in all.`,
  showFigures: 'Show the figures as a table',
  dayColumn: 'Day',
  historyCaption: (from: string, to: string) => `Consents given and withdrawn per day, ${from} to ${to}`,
  totalRow: 'In all',
  noEvents: 'No consent was given or withdrawn in these days.',
  loadingHistory: 'Loading the consents of these days…',

  // Outbox
  outboxTitle: 'Outbox',
  outboxLead:
    'Every email Basis sent or still holds, newest first: confirmations of double opt-in, links to manage subscriptions, consent requests and mailings. Their content is not shown, as it carries each person’s own links.',
  loadingOutbox: 'Loading the outbox…',
  outboxEmpty:
    'Basis has not sent any email yet. Emails appear here when a visitor confirms a form, asks for the link to their subscriptions, or a mailing goes out.',
  outboxNoMatch: 'No email matches these filters.',
  outboxFilters: 'Filters',
  statusFilter: 'Status',
  kindFilter: 'Kind',
  anyStatus: 'Any status',
  anyKind: 'Any kind',
  kinds: {
    manage_link: 'Link to manage subscriptions',
    double_opt_in: 'Double opt-in confirmation',
    consent_request: 'Consent request',
    mailing: 'Mailing to a topic',
    mailing_test: 'Test of a mailing',
  },
  statuses: {
    queued: 'Queued',
    sending: 'Sending',
    sent: 'Sent',
    failed: 'Failed',
    cancelled: 'Cancelled',
  },
  transports: {
    smtp: 'by SMTP',
    catcher: 'kept by the built-in catcher',
  },
  createdColumn: 'Created',
  kindColumn: 'Kind',
  recipientColumn: 'Recipient',
  subjectLineColumn: 'Subject',
  statusColumn: 'Status',
  attemptsColumn: 'Attempts',
  lastErrorColumn: 'Last error',
  sentColumn: 'Sent',
  hidden: 'Hidden',
  hiddenHint: 'Hidden: your role may not see this person field.',
  openPerson: 'Open person',
  openMailing: 'Open mailing',
  notSent: 'Not sent',
  nextAttempt: (time: string) => `Next try ${time}`,
  outboxShown: (n: number, more: boolean) => `${n === 1 ? 'One email' : `${count(n)} emails`} shown${more ? ', more can be loaded' : ''}.`,
};
