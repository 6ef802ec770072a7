import type { ConsoleMessages } from '../index.js';

// Oversikten på norsk bokmål: nøkkeltallene og utboksen med alle e-poster som Basis har sendt
// eller fortsatt holder tilbake.

const count = (n: number) => n.toLocaleString('nb');

export const overviewNb: ConsoleMessages['overview'] = {
  navHeading: 'Oversikt',

  dashboardTitle: 'Nøkkeltall',
  dashboardLead:
    'Hvem du har opplysninger om, på hvilket behandlingsgrunnlag for hvert formål, hva de abonnerer på, og hvordan samtykker endrer seg dag for dag.',
  loading: 'Henter tallene …',
  figuresAt: (time) => `Tall per ${time}.`,
  noPersons:
    'Ingen personer ennå. Personer kommer til når besøkende fyller ut et av de publiserte skjemaene dine, eller når dine egne systemer (et CRM, en nettbutikk) legger dem til via API-et. Behandlingsgrunnlagene deres vises her fra den første personen.',
  personsHeading: 'Personer',
  personsTotal: 'Personer totalt',
  withoutValidBasis: 'Uten gyldig behandlingsgrunnlag',
  withoutValidBasisExplained:
    'Disse personene har ikke noe aktivt behandlingsgrunnlag for noe formål: de har trukket tilbake samtykket eller protestert, aldri bekreftet, grunnlaget deres er utløpt, eller det er aldri registrert noe. Ingenting som krever et behandlingsgrunnlag, for eksempel en utsendelse, kan gjøres med opplysningene deres, og en lagringsregel kan slette dem.',
  purposesHeading: 'Behandlingsgrunnlag per formål',
  purposesLead:
    'Hver person telles én gang i hvert formål: med et aktivt behandlingsgrunnlag, med en registrering i en annen status eller uten registrering.',
  noPurposes: 'Ingen formål ennå. Opprett ett under Formål, så vises personenes behandlingsgrunnlag for det her.',
  rowColumn: 'Behandlingsgrunnlag eller status',
  personsColumn: 'Personer',
  shareColumn: 'Andel av alle personer',
  activeOn: (basis) => `Aktiv: ${basis}`,
  noRecord: 'Ingen registrering',
  subscriptionsHeading: 'Abonnementer',
  topicColumn: 'Emne',
  subscribedColumn: 'Abonnerer',
  unsubscribedColumn: 'Meldt av',
  unsubscribedHint:
    'Meldt av teller dem som har forlatt et emne eller valgt det bort; personer som aldri er blitt spurt, står i ingen av kolonnene.',
  noTopics: 'Ingen abonnementsemner ennå.',
  optedOutOfAll: (n) =>
    `${n === 1 ? 'Én person' : `${count(n)} personer`} har meldt seg av alt: ingen utsendelse når frem til dem, uansett hva som er valgt for emnene deres.`,

  historyHeading: 'Samtykker gitt og trukket tilbake per dag',
  historyLead:
    'Gitt: en person ga samtykke, eller ga det på nytt. Trukket tilbake: en person trakk samtykket sitt tilbake. Dagene er kalenderdager i UTC.',
  rangeLabel: 'Dager som vises',
  lastDays: (days) => `Siste ${count(days)} dager`,
  given: 'Gitt',
  withdrawn: 'Trukket tilbake',
  dayAxis: 'Dag (UTC)',
  countAxis: 'Samtykker',
  chartSummary: (from, to, given, withdrawn) =>
    `Samtykker per dag fra ${from} til ${to}: totalt ${count(given)} gitt og ${count(withdrawn)} trukket tilbake.`,
  showFigures: 'Vis tallene som tabell',
  dayColumn: 'Dag',
  historyCaption: (from, to) => `Samtykker gitt og trukket tilbake per dag, ${from} til ${to}`,
  totalRow: 'Totalt',
  noEvents: 'Ingen samtykker ble gitt eller trukket tilbake disse dagene.',
  loadingHistory: 'Henter samtykkene for disse dagene …',

  outboxTitle: 'Utboks',
  outboxLead:
    'Hver e-post Basis har sendt eller fortsatt holder tilbake, nyeste først: bekreftelser av dobbel opt-in, lenker for å administrere abonnementer, forespørsler om samtykke og utsendelser. Innholdet vises ikke, siden det inneholder hver persons egne lenker.',
  loadingOutbox: 'Henter utboksen …',
  outboxEmpty:
    'Basis har ikke sendt noen e-post ennå. E-poster vises her når en besøkende bekrefter et skjema, ber om lenken til abonnementene sine, eller en utsendelse går ut.',
  outboxNoMatch: 'Ingen e-post passer til disse filtrene.',
  outboxFilters: 'Filtre',
  statusFilter: 'Status',
  kindFilter: 'Type',
  anyStatus: 'Alle statuser',
  anyKind: 'Alle typer',
  kinds: {
    manage_link: 'Lenke for å administrere abonnementer',
    double_opt_in: 'Bekreftelse av dobbel opt-in',
    consent_request: 'Forespørsel om samtykke',
    mailing: 'Utsendelse til et emne',
    mailing_test: 'Test av en utsendelse',
  },
  statuses: {
    queued: 'I kø',
    sending: 'Sendes',
    sent: 'Sendt',
    failed: 'Mislykket',
    cancelled: 'Avbrutt',
  },
  transports: {
    smtp: 'via SMTP',
    catcher: 'holdt tilbake av den innebygde oppsamleren',
  },
  createdColumn: 'Opprettet',
  kindColumn: 'Type',
  recipientColumn: 'Mottaker',
  subjectLineColumn: 'Emnelinje',
  statusColumn: 'Status',
  attemptsColumn: 'Forsøk',
  lastErrorColumn: 'Siste feil',
  sentColumn: 'Sendt',
  hidden: 'Skjult',
  hiddenHint: 'Skjult: rollen din får ikke se dette personfeltet.',
  openPerson: 'Åpne person',
  openMailing: 'Åpne utsendelse',
  notSent: 'Ikke sendt',
  nextAttempt: (time) => `Neste forsøk ${time}`,
  outboxShown: (n, more) => `${n === 1 ? 'Én e-post' : `${count(n)} e-poster`} vises${more ? ', flere kan hentes' : ''}.`,
};
