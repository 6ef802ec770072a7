import type { ConsoleMessages } from '../index.js';

// La vue d’ensemble en français : les chiffres du tableau de bord et la boîte d’envoi de tous les
// e-mails que Basis a envoyés ou conserve encore.

const count = (n: number) => n.toLocaleString('fr');

export const overviewFr: ConsoleMessages['overview'] = {
  navHeading: 'Vue d’ensemble',

  dashboardTitle: 'Tableau de bord',
  dashboardLead:
    'Les personnes dont vous détenez les données, sur quelle base légale pour chaque finalité, ce à quoi elles sont abonnées, et comment les consentements évoluent jour après jour.',
  loading: 'Chargement des chiffres…',
  figuresAt: (time) => `Chiffres au ${time}.`,
  noPersons:
    'Aucune personne pour l’instant. Les personnes arrivent lorsque des visiteurs remplissent l’un de vos formulaires publiés, ou lorsque vos propres systèmes (un CRM, une boutique en ligne) les ajoutent via l’API. Leurs bases légales s’affichent ici dès la première personne.',
  personsHeading: 'Personnes',
  personsTotal: 'Personnes au total',
  withoutValidBasis: 'Sans base légale valide',
  withoutValidBasisExplained:
    'Ces personnes n’ont de base légale active pour aucune finalité\u00a0: elles ont retiré leur consentement ou se sont opposées, n’ont jamais confirmé, leur base a expiré, ou aucune n’a jamais été enregistrée. Rien de ce qui nécessite une base légale, comme une campagne, ne peut être fait avec leurs données, et une politique de conservation peut les effacer.',
  purposesHeading: 'Bases légales par finalité',
  purposesLead:
    'Chaque personne compte une fois dans chaque finalité\u00a0: avec une base légale active, avec un enregistrement dans un autre statut, ou sans enregistrement.',
  noPurposes:
    'Aucune finalité pour l’instant. Définissez-en une sous Finalités, et les bases légales des personnes pour celle-ci s’afficheront ici.',
  rowColumn: 'Base légale ou statut',
  personsColumn: 'Personnes',
  shareColumn: 'Part du total des personnes',
  activeOn: (basis) => `Active\u00a0: ${basis}`,
  noRecord: 'Aucun enregistrement',
  subscriptionsHeading: 'Abonnements',
  topicColumn: 'Thème',
  subscribedColumn: 'Abonnés',
  unsubscribedColumn: 'Désabonnés',
  unsubscribedHint:
    '«\u00a0Désabonnés\u00a0» compte les personnes qui ont quitté un thème ou choisi de ne pas s’y abonner\u00a0; les personnes jamais sollicitées ne figurent dans aucune colonne.',
  noTopics: 'Aucun thème d’abonnement pour l’instant.',
  optedOutOfAll: (n) =>
    `${n === 1 ? 'Une personne s’est désabonnée' : `${count(n)} personnes se sont désabonnées`} de tout\u00a0: aucune campagne ne ${n === 1 ? 'lui' : 'leur'} parvient, quels que soient ${n === 1 ? 'ses' : 'leurs'} thèmes.`,

  historyHeading: 'Consentements donnés et retirés par jour',
  historyLead:
    'Donnés\u00a0: une personne a donné son consentement, ou l’a donné de nouveau. Retirés\u00a0: une personne l’a retiré. Les jours sont des jours calendaires en UTC.',
  rangeLabel: 'Jours affichés',
  lastDays: (days) => `${count(days)} derniers jours`,
  given: 'Donnés',
  withdrawn: 'Retirés',
  dayAxis: 'Jour (UTC)',
  countAxis: 'Consentements',
  chartSummary: (from, to, given, withdrawn) =>
    `Consentements par jour du ${from} au ${to}\u00a0: ${count(given)} ${given < 2 ? 'donné' : 'donnés'} et ${count(withdrawn)} ${withdrawn < 2 ? 'retiré' : 'retirés'} au total.`,
  showFigures: 'Afficher les chiffres sous forme de tableau',
  dayColumn: 'Jour',
  historyCaption: (from, to) => `Consentements donnés et retirés par jour, du ${from} au ${to}`,
  totalRow: 'Total',
  noEvents: 'Aucun consentement n’a été donné ni retiré pendant ces jours.',
  loadingHistory: 'Chargement des consentements de ces jours…',

  outboxTitle: 'Boîte d’envoi',
  outboxLead:
    'Chaque e-mail que Basis a envoyé ou conserve encore, les plus récents en premier\u00a0: demandes de double confirmation, liens de gestion des abonnements, demandes de consentement et campagnes. Leur contenu n’est pas affiché, car il contient les liens personnels de chaque personne.',
  loadingOutbox: 'Chargement de la boîte d’envoi…',
  outboxEmpty:
    'Basis n’a encore envoyé aucun e-mail. Les e-mails apparaissent ici lorsqu’un visiteur confirme un formulaire, demande le lien vers ses abonnements, ou qu’une campagne est envoyée.',
  outboxNoMatch: 'Aucun e-mail ne correspond à ces filtres.',
  outboxFilters: 'Filtres',
  statusFilter: 'Statut',
  kindFilter: 'Type',
  anyStatus: 'Tous les statuts',
  anyKind: 'Tous les types',
  kinds: {
    manage_link: 'Lien de gestion des abonnements',
    double_opt_in: 'Demande de double confirmation',
    consent_request: 'Demande de consentement',
    mailing: 'Campagne vers un thème',
    mailing_test: 'Test d’une campagne',
  },
  statuses: {
    queued: 'En file d’attente',
    sending: 'En cours d’envoi',
    sent: 'Envoyé',
    failed: 'Échec',
    cancelled: 'Annulé',
  },
  transports: {
    smtp: 'par SMTP',
    catcher: 'conservé par le collecteur intégré',
  },
  createdColumn: 'Création',
  kindColumn: 'Type',
  recipientColumn: 'Destinataire',
  subjectLineColumn: 'Objet',
  statusColumn: 'Statut',
  attemptsColumn: 'Tentatives',
  lastErrorColumn: 'Dernière erreur',
  sentColumn: 'Envoi',
  hidden: 'Masqué',
  hiddenHint: 'Masqué\u00a0: votre rôle ne permet pas de voir ce champ de la personne.',
  openPerson: 'Ouvrir la fiche',
  openMailing: 'Ouvrir la campagne',
  notSent: 'Non envoyé',
  nextAttempt: (time) => `Prochain essai\u00a0: ${time}`,
  outboxShown: (n, more) =>
    `${n === 1 ? 'Un e-mail affiché' : `${count(n)} e-mails affichés`}${more ? ', d’autres peuvent être chargés' : ''}.`,
};
