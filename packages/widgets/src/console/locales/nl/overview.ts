import type { ConsoleMessages } from '../index.js';

// Het overzicht in het Nederlands: de kerncijfers en het postvak uit met alle e-mails die
// Basis heeft verstuurd of nog vasthoudt.

const count = (n: number) => n.toLocaleString('nl');

export const overviewNl: ConsoleMessages['overview'] = {
  navHeading: 'Overzicht',

  dashboardTitle: 'Kerncijfers',
  dashboardLead:
    'Van wie u gegevens bewaart, op welke rechtsgrond per doel, waarvoor ze zich hebben aangemeld en hoe toestemmingen van dag tot dag veranderen.',
  loading: 'De cijfers worden geladen…',
  figuresAt: (time) => `Stand op ${time}.`,
  noPersons:
    'Nog geen personen. Personen komen erbij wanneer bezoekers een van uw gepubliceerde formulieren invullen, of wanneer uw eigen systemen (een CRM, een webwinkel) ze via de API toevoegen. Hun rechtsgronden verschijnen hier vanaf de eerste persoon.',
  personsHeading: 'Personen',
  personsTotal: 'Personen in totaal',
  withoutValidBasis: 'Zonder geldige rechtsgrond',
  withoutValidBasisExplained:
    'Deze personen hebben voor geen enkel doel een actieve rechtsgrond: ze hebben hun toestemming ingetrokken of bezwaar gemaakt, nooit bevestigd, hun rechtsgrond is verlopen, of er is er nooit een vastgelegd. Niets wat een rechtsgrond vereist, zoals een mailing, mag met hun gegevens gebeuren, en een bewaarbeleid mag ze wissen.',
  purposesHeading: 'Rechtsgronden per doel',
  purposesLead:
    'Elke persoon telt in elk doel één keer mee: met een actieve rechtsgrond, met een registratie in een andere status, of zonder registratie.',
  noPurposes: 'Nog geen doelen. Leg er een vast onder Doelen, dan verschijnen hier de rechtsgronden van personen daarvoor.',
  rowColumn: 'Rechtsgrond of status',
  personsColumn: 'Personen',
  shareColumn: 'Aandeel van alle personen',
  activeOn: (basis) => `Actief: ${basis}`,
  noRecord: 'Geen registratie',
  subscriptionsHeading: 'Abonnementen',
  topicColumn: 'Onderwerp',
  subscribedColumn: 'Aangemeld',
  unsubscribedColumn: 'Afgemeld',
  unsubscribedHint:
    'Onder Afgemeld valt wie een onderwerp heeft verlaten of ervoor heeft gekozen zich niet aan te melden; personen aan wie het nooit is gevraagd, staan in geen van beide kolommen.',
  noTopics: 'Nog geen abonnementsonderwerpen.',
  optedOutOfAll: (n) =>
    n === 1
      ? 'Eén persoon heeft zich voor alles afgemeld: geen enkele mailing bereikt die persoon, wat er bij de onderwerpen ook staat.'
      : `${count(n)} personen hebben zich voor alles afgemeld: geen enkele mailing bereikt hen, wat er bij hun onderwerpen ook staat.`,

  historyHeading: 'Gegeven en ingetrokken toestemmingen per dag',
  historyLead:
    'Gegeven: iemand heeft toestemming gegeven, of opnieuw gegeven. Ingetrokken: iemand heeft die ingetrokken. Dagen zijn kalenderdagen in UTC.',
  rangeLabel: 'Getoonde dagen',
  lastDays: (days) => `Laatste ${count(days)} dagen`,
  given: 'Gegeven',
  withdrawn: 'Ingetrokken',
  dayAxis: 'Dag (UTC)',
  countAxis: 'Toestemmingen',
  chartSummary: (from, to, given, withdrawn) =>
    `Toestemmingen per dag van ${from} tot en met ${to}: in totaal ${count(given)} gegeven en ${count(withdrawn)} ingetrokken.`,
  showFigures: 'De cijfers als tabel tonen',
  dayColumn: 'Dag',
  historyCaption: (from, to) => `Gegeven en ingetrokken toestemmingen per dag, ${from} tot en met ${to}`,
  totalRow: 'Totaal',
  noEvents: 'In deze dagen is geen toestemming gegeven of ingetrokken.',
  loadingHistory: 'De toestemmingen van deze dagen worden geladen…',

  outboxTitle: 'Postvak uit',
  outboxLead:
    'Elke e-mail die Basis heeft verstuurd of nog vasthoudt, nieuwste eerst: bevestigingen van de dubbele opt-in, links om abonnementen te beheren, toestemmingsverzoeken en mailings. De inhoud wordt niet getoond, omdat die de persoonlijke links van elke persoon bevat.',
  loadingOutbox: 'Het postvak uit wordt geladen…',
  outboxEmpty:
    'Basis heeft nog geen e-mail verstuurd. E-mails verschijnen hier zodra een bezoeker een formulier bevestigt, om de link naar de eigen abonnementen vraagt, of een mailing wordt verstuurd.',
  outboxNoMatch: 'Geen enkele e-mail past bij deze filters.',
  outboxFilters: 'Filters',
  statusFilter: 'Status',
  kindFilter: 'Soort',
  anyStatus: 'Elke status',
  anyKind: 'Elke soort',
  kinds: {
    manage_link: 'Link om abonnementen te beheren',
    double_opt_in: 'Bevestiging van dubbele opt-in',
    consent_request: 'Toestemmingsverzoek',
    mailing: 'Mailing aan een onderwerp',
    mailing_test: 'Test van een mailing',
  },
  statuses: {
    queued: 'In de wachtrij',
    sending: 'Wordt verstuurd',
    sent: 'Verstuurd',
    failed: 'Mislukt',
    cancelled: 'Geannuleerd',
  },
  transports: {
    smtp: 'via SMTP',
    catcher: 'vastgehouden door de ingebouwde opvanger',
  },
  createdColumn: 'Aangemaakt',
  kindColumn: 'Soort',
  recipientColumn: 'Ontvanger',
  subjectLineColumn: 'Onderwerpregel',
  statusColumn: 'Status',
  attemptsColumn: 'Pogingen',
  lastErrorColumn: 'Laatste fout',
  sentColumn: 'Verstuurd',
  hidden: 'Verborgen',
  hiddenHint: 'Verborgen: uw rol mag dit persoonsveld niet zien.',
  openPerson: 'Persoon openen',
  openMailing: 'Mailing openen',
  notSent: 'Niet verstuurd',
  nextAttempt: (time) => `Volgende poging op ${time}`,
  outboxShown: (n, more) => `${n === 1 ? 'Eén e-mail' : `${count(n)} e-mails`} getoond${more ? ', er kunnen meer worden geladen' : ''}.`,
};
