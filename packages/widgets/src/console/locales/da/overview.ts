import type { ConsoleMessages } from '../index.js';

// Overblikket på dansk: nøgletallene og udbakken med alle e-mails, som Basis har sendt eller
// stadig holder tilbage.

const count = (n: number) => n.toLocaleString('da');

export const overviewDa: ConsoleMessages['overview'] = {
  navHeading: 'Overblik',

  dashboardTitle: 'Nøgletal',
  dashboardLead:
    'Hvem du har oplysninger om, på hvilket retsgrundlag for hvert formål, hvad de har tilmeldt sig, og hvordan samtykker ændrer sig dag for dag.',
  loading: 'Henter tallene …',
  figuresAt: (time) => `Tal pr. ${time}.`,
  noPersons:
    'Ingen personer endnu. Personer kommer til, når besøgende udfylder en af dine udgivne formularer, eller når dine egne systemer (et CRM, en webshop) tilføjer dem via API’et. Deres retsgrundlag vises her fra den første person.',
  personsHeading: 'Personer',
  personsTotal: 'Personer i alt',
  withoutValidBasis: 'Uden gyldigt retsgrundlag',
  withoutValidBasisExplained:
    'Disse personer har intet aktivt retsgrundlag for noget formål: de har trukket samtykket tilbage eller gjort indsigelse, aldrig bekræftet, deres retsgrundlag er udløbet, eller der er aldrig registreret et. Intet, der kræver et retsgrundlag, fx en udsendelse, må ske med deres oplysninger, og en opbevaringspolitik kan slette dem.',
  purposesHeading: 'Retsgrundlag pr. formål',
  purposesLead:
    'Hver person tælles én gang i hvert formål: med et aktivt retsgrundlag, med en registrering i en anden status eller uden registrering.',
  noPurposes: 'Ingen formål endnu. Opret et under Formål, så vises personernes retsgrundlag for det her.',
  rowColumn: 'Retsgrundlag eller status',
  personsColumn: 'Personer',
  shareColumn: 'Andel af alle personer',
  activeOn: (basis) => `Aktiv: ${basis}`,
  noRecord: 'Ingen registrering',
  subscriptionsHeading: 'Abonnementer',
  topicColumn: 'Emne',
  subscribedColumn: 'Tilmeldt',
  unsubscribedColumn: 'Afmeldt',
  unsubscribedHint:
    'Afmeldt tæller dem, der har forladt et emne eller har fravalgt det; personer, der aldrig er blevet spurgt, står i ingen af kolonnerne.',
  noTopics: 'Ingen abonnementsemner endnu.',
  optedOutOfAll: (n) =>
    `${n === 1 ? 'Én person' : `${count(n)} personer`} har afmeldt alt: ingen udsendelse når frem til dem, uanset hvad der er valgt ved deres emner.`,

  historyHeading: 'Samtykker givet og trukket tilbage pr. dag',
  historyLead:
    'Givet: en person gav samtykke eller gav det igen. Trukket tilbage: en person trak sit samtykke tilbage. Dage er kalenderdage i UTC.',
  rangeLabel: 'Viste dage',
  lastDays: (days) => `Seneste ${count(days)} dage`,
  given: 'Givet',
  withdrawn: 'Trukket tilbage',
  dayAxis: 'Dag (UTC)',
  countAxis: 'Samtykker',
  chartSummary: (from, to, given, withdrawn) =>
    `Samtykker pr. dag fra ${from} til ${to}: i alt ${count(given)} givet og ${count(withdrawn)} trukket tilbage.`,
  showFigures: 'Vis tallene som tabel',
  dayColumn: 'Dag',
  historyCaption: (from, to) => `Samtykker givet og trukket tilbage pr. dag, ${from} til ${to}`,
  totalRow: 'I alt',
  noEvents: 'Der blev hverken givet eller trukket samtykke tilbage i disse dage.',
  loadingHistory: 'Henter samtykkerne for disse dage …',

  outboxTitle: 'Udbakke',
  outboxLead:
    'Hver e-mail, som Basis har sendt eller stadig holder tilbage, nyeste først: bekræftelser af dobbelt opt-in, links til at administrere abonnementer, anmodninger om samtykke og udsendelser. Indholdet vises ikke, da det indeholder hver persons egne links.',
  loadingOutbox: 'Henter udbakken …',
  outboxEmpty:
    'Basis har ikke sendt nogen e-mail endnu. E-mails vises her, når en besøgende bekræfter en formular, beder om linket til sine abonnementer, eller en udsendelse går ud.',
  outboxNoMatch: 'Ingen e-mail passer til disse filtre.',
  outboxFilters: 'Filtre',
  statusFilter: 'Status',
  kindFilter: 'Type',
  anyStatus: 'Alle statusser',
  anyKind: 'Alle typer',
  kinds: {
    manage_link: 'Link til at administrere abonnementer',
    double_opt_in: 'Bekræftelse af dobbelt opt-in',
    consent_request: 'Anmodning om samtykke',
    mailing: 'Udsendelse til et emne',
    mailing_test: 'Test af en udsendelse',
  },
  statuses: {
    queued: 'I kø',
    sending: 'Sendes',
    sent: 'Sendt',
    failed: 'Mislykket',
    cancelled: 'Annulleret',
  },
  transports: {
    smtp: 'via SMTP',
    catcher: 'opbevaret af den indbyggede opsamler',
  },
  createdColumn: 'Oprettet',
  kindColumn: 'Type',
  recipientColumn: 'Modtager',
  subjectLineColumn: 'Emnelinje',
  statusColumn: 'Status',
  attemptsColumn: 'Forsøg',
  lastErrorColumn: 'Seneste fejl',
  sentColumn: 'Sendt',
  hidden: 'Skjult',
  hiddenHint: 'Skjult: din rolle må ikke se dette personfelt.',
  openPerson: 'Åbn person',
  openMailing: 'Åbn udsendelse',
  notSent: 'Ikke sendt',
  nextAttempt: (time) => `Næste forsøg ${time}`,
  outboxShown: (n, more) => `${n === 1 ? 'Én e-mail' : `${count(n)} e-mails`} vist${more ? ', flere kan hentes' : ''}.`,
};
