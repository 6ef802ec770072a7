import type { ConsoleMessages } from '../index.js';

// La panoramica in italiano: i dati del cruscotto e la posta in uscita con tutte le email che
// Basis ha inviato o trattiene ancora.

const count = (n: number) => n.toLocaleString('it');

export const overviewIt: ConsoleMessages['overview'] = {
  navHeading: 'Panoramica',

  dashboardTitle: 'Cruscotto',
  dashboardLead:
    'Le persone di cui conserva i dati, con quale base giuridica per ciascuna finalità, a cosa sono iscritte e come cambiano i consensi giorno per giorno.',
  loading: 'Caricamento dei dati…',
  figuresAt: (time) => `Dati aggiornati al ${time}.`,
  noPersons:
    'Ancora nessuna persona. Le persone arrivano quando i visitatori compilano uno dei Suoi moduli pubblicati, o quando i Suoi sistemi (un CRM, un negozio online) le aggiungono tramite l’API. Le loro basi giuridiche compaiono qui fin dalla prima.',
  personsHeading: 'Persone',
  personsTotal: 'Persone in totale',
  withoutValidBasis: 'Senza una base giuridica valida',
  withoutValidBasisExplained:
    'Queste persone non hanno una base giuridica attiva per alcuna finalità: hanno revocato il consenso o si sono opposte, non hanno mai confermato, la loro base giuridica è scaduta oppure non ne è mai stata registrata una. Con i loro dati non si può fare nulla che richieda una base giuridica, come una campagna email, e una regola di conservazione può cancellarle.',
  purposesHeading: 'Basi giuridiche per finalità',
  purposesLead:
    'Ogni persona conta una volta in ogni finalità: con una base giuridica attiva, con una registrazione in un altro stato oppure senza registrazione.',
  noPurposes: 'Ancora nessuna finalità. Ne definisca una in Finalità e qui compariranno le basi giuridiche delle persone per essa.',
  rowColumn: 'Base giuridica o stato',
  personsColumn: 'Persone',
  shareColumn: 'Quota sul totale delle persone',
  activeOn: (basis) => `Attiva: ${basis}`,
  noRecord: 'Nessuna registrazione',
  subscriptionsHeading: 'Iscrizioni',
  topicColumn: 'Argomento',
  subscribedColumn: 'Iscritti',
  unsubscribedColumn: 'Iscrizioni annullate',
  unsubscribedHint:
    'Le iscrizioni annullate contano chi ha lasciato un argomento o ha scelto di non aderirvi; le persone a cui non è mai stato chiesto non compaiono in nessuna delle due colonne.',
  noTopics: 'Ancora nessun argomento di iscrizione.',
  optedOutOfAll: (n) =>
    n === 1
      ? 'Una persona ha annullato l’iscrizione a tutto: nessuna campagna email la raggiunge, qualunque cosa indichino i suoi argomenti.'
      : `${count(n)} persone hanno annullato l’iscrizione a tutto: nessuna campagna email le raggiunge, qualunque cosa indichino i loro argomenti.`,

  historyHeading: 'Consensi prestati e revocati al giorno',
  historyLead:
    'Prestati: una persona ha prestato il consenso, o lo ha prestato di nuovo. Revocati: una persona lo ha revocato. I giorni sono giorni di calendario in UTC.',
  rangeLabel: 'Giorni visualizzati',
  lastDays: (days) => `Ultimi ${count(days)} giorni`,
  given: 'Prestati',
  withdrawn: 'Revocati',
  dayAxis: 'Giorno (UTC)',
  countAxis: 'Consensi',
  chartSummary: (from, to, given, withdrawn) =>
    `Consensi al giorno dal ${from} al ${to}: in totale ${count(given)} prestati e ${count(withdrawn)} revocati.`,
  showFigures: 'Mostra i dati in una tabella',
  dayColumn: 'Giorno',
  historyCaption: (from, to) => `Consensi prestati e revocati al giorno, dal ${from} al ${to}`,
  totalRow: 'Totale',
  noEvents: 'In questi giorni non è stato prestato né revocato alcun consenso.',
  loadingHistory: 'Caricamento dei consensi di questi giorni…',

  outboxTitle: 'Posta in uscita',
  outboxLead:
    'Ogni email che Basis ha inviato o trattiene ancora, dalla più recente: conferme del doppio opt-in, link per gestire le iscrizioni, richieste di consenso e campagne. Il contenuto non viene mostrato, perché contiene i link personali di ciascuna persona.',
  loadingOutbox: 'Caricamento della posta in uscita…',
  outboxEmpty:
    'Basis non ha ancora inviato alcuna email. Le email compaiono qui quando un visitatore conferma un modulo, chiede il link alle proprie iscrizioni o parte una campagna.',
  outboxNoMatch: 'Nessuna email corrisponde a questi filtri.',
  outboxFilters: 'Filtri',
  statusFilter: 'Stato',
  kindFilter: 'Tipo',
  anyStatus: 'Qualsiasi stato',
  anyKind: 'Qualsiasi tipo',
  kinds: {
    manage_link: 'Link per gestire le iscrizioni',
    double_opt_in: 'Conferma del doppio opt-in',
    consent_request: 'Richiesta di consenso',
    mailing: 'Campagna per un argomento',
    mailing_test: 'Prova di una campagna',
  },
  statuses: {
    queued: 'In coda',
    sending: 'Invio in corso',
    sent: 'Inviata',
    failed: 'Non riuscita',
    cancelled: 'Annullata',
  },
  transports: {
    smtp: 'tramite SMTP',
    catcher: 'trattenuta dal raccoglitore integrato',
  },
  createdColumn: 'Creata il',
  kindColumn: 'Tipo',
  recipientColumn: 'Destinatario',
  subjectLineColumn: 'Oggetto',
  statusColumn: 'Stato',
  attemptsColumn: 'Tentativi',
  lastErrorColumn: 'Ultimo errore',
  sentColumn: 'Inviata il',
  hidden: 'Nascosto',
  hiddenHint: 'Nascosto: il Suo ruolo non consente di vedere questo campo della persona.',
  openPerson: 'Apri persona',
  openMailing: 'Apri campagna',
  notSent: 'Non inviata',
  nextAttempt: (time) => `Prossimo tentativo il ${time}`,
  outboxShown: (n, more) =>
    `${n === 1 ? 'Un’email visualizzata' : `${count(n)} email visualizzate`}${more ? ', è possibile caricarne altre' : ''}.`,
};
