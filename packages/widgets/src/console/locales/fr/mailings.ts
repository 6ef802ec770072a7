import type { ConsoleMessages } from '../index.js';

// Les campagnes en français : la liste, la rédaction, l’aperçu et le test, l’audience, le contournement, l’envoi et la progression.

const count = (n: number) => n.toLocaleString('fr');
const persons = (n: number) => (n === 1 ? 'une personne' : `${count(n)} personnes`);
const plural = (n: number, one: string, other: string) => (n < 2 ? one : other);

export const mailingsFr: ConsoleMessages['mailings'] = {
  navHeading: 'Marketing',
  title: 'Campagnes',
  lead: 'Des messages aux personnes d’un thème d’abonnement. Seules celles qui ont une base légale valide pour la finalité du thème les reçoivent.',
  newMailing: 'Nouvelle campagne',
  loading: 'Chargement des campagnes…',
  loadingMailing: 'Chargement de la campagne…',
  empty: 'Aucune campagne pour l’instant.',
  emptyCanWrite:
    'Aucune campagne pour l’instant. Rédigez-en une pour un thème d’abonnement\u00a0; elle reste un brouillon jusqu’à ce que vous l’envoyiez.',
  notFound: 'Aucune campagne ne porte cet identifiant.',
  mayNotWrite:
    'Votre rôle permet de consulter les campagnes, mais pas de les rédiger. Adressez-vous à un administrateur si vous en avez besoin.',
  shown: (shown, more) =>
    `${count(shown)} ${plural(shown, 'campagne affichée', 'campagnes affichées')}${more ? ', d’autres peuvent être chargées' : ''}.`,

  nameColumn: 'Nom',
  topicColumn: 'Thème',
  statusColumn: 'Statut',
  whenColumn: 'Date',
  deliveredColumn: 'Remis',
  notScheduled: 'Non planifiée',
  noRecipientsYet: 'Rien n’a encore été envoyé',
  scheduledFor: (when) => `Planifiée pour le ${when}`,
  startedAt: (when) => `Commencée le ${when}`,
  finishedAt: (when) => `Terminée le ${when}`,
  cancelledAt: (when) => `Annulée le ${when}`,
  sentFailedOf: (sent, failed, recipients) =>
    `${count(sent)} ${plural(sent, 'envoyé', 'envoyés')}, ${count(failed)} en échec, sur ${count(recipients)}`,
  statuses: {
    draft: 'Brouillon',
    scheduled: 'Planifiée',
    sending: 'En cours d’envoi',
    sent: 'Envoyée',
    cancelled: 'Annulée',
  },

  fromLabel: 'Expéditeur',
  languagesLabel: 'Langues',
  createdLabel: 'Créée le',
  scheduledLabel: 'Planifiée pour le',
  startedLabel: 'Commencée le',
  finishedLabel: 'Terminée le',
  topicWithPurpose: (topic, purpose) => `${topic} (finalité\u00a0: ${purpose})`,
  overrideLabel: 'Contrôle du consentement contourné',
  overrideSummary: (added, reasons, at) =>
    `Pour ${persons(added)} ${added === 1 ? 'bloquée' : 'bloquées'} pour les motifs suivants\u00a0: ${reasons}. Contournement effectué le ${at}.`,
  overrideWords: (reason) => `Motif indiqué\u00a0: «\u00a0${reason}\u00a0»`,
  readOnlyDraft:
    'Ceci est un brouillon. Votre rôle permet de le consulter\u00a0; une personne du marketing ou de l’administration le rédige et l’envoie.',

  contentSection: 'Contenu',
  nameLabel: 'Nom',
  nameHint: 'Pour vous et vos collègues\u00a0; les destinataires ne le voient pas.',
  topicLabel: 'Thème',
  topicOption: (topic, purpose) => `${topic} (finalité\u00a0: ${purpose})`,
  topicHint: (purpose) =>
    `Relève de la finalité «\u00a0${purpose}\u00a0»\u00a0: seules les personnes abonnées à ce thème et disposant d’une base légale active pour «\u00a0${purpose}\u00a0» la reçoivent.`,
  topicHintNone:
    'La campagne est envoyée aux personnes abonnées à ce thème, et uniquement à celles qui disposent d’une base légale pour sa finalité.',
  topicDeactivated: (topic) => `${topic} (désactivé)`,
  noTopics: 'Il n’y a aucun thème actif auquel écrire. Une personne autorisée à gérer les finalités en ajoute un sous Thèmes.',
  fromHint: 'Une adresse, ou un nom et une adresse\u00a0: Northwind <news@northwind.example>.',
  defaultLocaleLabel: 'Langue par défaut',
  defaultLocaleHint: 'Les personnes dont la langue ne fait pas partie de celles de la campagne reçoivent cette version.',
  languagesLegend: 'Contenu par langue',
  languageName: (name, tag) => `${name} (${tag})`,
  subjectLabel: 'Objet',
  htmlLabel: 'Corps HTML',
  htmlHint: 'Ce qu’affichent les logiciels de messagerie. Doit contenir {{unsubscribe_url}} ou {{manage_url}}.',
  textLabel: 'Corps en texte brut',
  textHint: 'Pour les logiciels de messagerie qui n’affichent pas le HTML. Doit aussi contenir {{unsubscribe_url}} ou {{manage_url}}.',
  removeLanguage: (language) => `Supprimer la langue\u00a0: ${language}`,
  addLanguageLabel: 'Ajouter une langue',
  addLanguageHint: 'Une étiquette de langue comme de ou fr-CH.',
  addLanguage: 'Ajouter la langue',
  languageTwice: 'La campagne est déjà rédigée dans cette langue.',
  languageAdded: (language) => `Langue ajoutée\u00a0: ${language}.`,
  languageRemoved: (language) => `Langue supprimée\u00a0: ${language}. Enregistrez pour conserver la modification.`,
  placeholdersTitle: 'Variables',
  placeholdersLead:
    'Écrivez-les dans l’objet ou dans un corps\u00a0; chaque personne reçoit sa propre valeur, et une valeur qu’elle n’a pas fournie reste vide.',
  placeholders: {
    email: 'l’adresse e-mail de la personne',
    name: 'son nom',
    company: 'son entreprise',
    phone: 'son numéro de téléphone',
    manage_url: 'un lien vers sa propre page d’abonnements',
    unsubscribe_url: 'un lien qui la désabonne de ce thème en un clic',
  },
  customFieldPlaceholder: 'l’un de ses champs personnalisés, par sa clé',
  wayOutRule:
    'Chaque corps, HTML et texte brut, doit contenir {{unsubscribe_url}} ou {{manage_url}}\u00a0: une personne doit toujours pouvoir se désabonner. Sans cela, le brouillon n’est pas enregistré.',
  saveDraft: 'Enregistrer le brouillon',
  savingDraft: 'Enregistrement du brouillon…',
  draftSaved: 'Brouillon enregistré.',
  draftCreated: (name) => `Brouillon «\u00a0${name}\u00a0» enregistré. Vérifiez son aperçu et son audience ci-dessous, puis envoyez-le.`,

  previewSection: 'Aperçu',
  previewLead: 'Le brouillon enregistré, rempli pour une personne fictive. Enregistrez vos modifications pour les voir ici.',
  previewLeadSent: 'Le contenu de la campagne, rempli pour une personne fictive.',
  loadingPreview: 'Chargement de l’aperçu…',
  previewLanguage: 'Langue',
  previewSubject: 'Objet',
  previewHtmlTitle: (language) => `Version HTML, ${language}`,
  previewText: 'Version texte brut',
  testSection: 'Envoi de test',
  testLead:
    'Envoie le brouillon enregistré à une seule adresse, marqué [Test] et rempli pour une personne fictive. Aucune personne du thème ne reçoit d’e-mail.',
  testTo: 'Envoyer à',
  testLanguage: 'Langue',
  sendTest: 'Envoyer le test',
  sendingTest: 'Envoi du test…',
  testSent: (language, to) => `Le test en ${language} est en route vers ${to}. Personne d’autre ne le reçoit.`,

  audienceSection: 'Audience',
  loadingAudience: 'Calcul de l’audience…',
  audienceLead: (total, topic, purpose) =>
    `La décision actuelle du contrôle du consentement pour ${total === 1 ? 'la seule personne' : `chacune des ${count(total)} personnes`} du thème «\u00a0${topic}\u00a0» (finalité\u00a0: ${purpose}). Chaque personne est de nouveau vérifiée juste avant l’envoi de son message.`,
  eligibleHeadline: (eligible) =>
    eligible === 0
      ? 'Personne ne peut la recevoir pour le moment.'
      : eligible === 1
        ? 'Une personne peut la recevoir.'
        : `${count(eligible)} personnes peuvent la recevoir.`,
  reasonColumn: 'Motif',
  personsColumn: 'Personnes',
  meaningColumn: 'Signification',
  eligibleLabel: 'Autorisées',
  eligibleMeaning: (purpose) => `Une base légale active pour «\u00a0${purpose}\u00a0» et un abonnement au thème.`,
  neverOverridden: 'jamais contournable',
  reasons: {
    anonymized: {
      label: 'Anonymisée',
      meaning: 'La personne a été effacée\u00a0: il ne reste aucune adresse à laquelle écrire.',
    },
    invalid_email: {
      label: 'E-mail invalide',
      meaning: 'Les e-mails envoyés à son adresse sont revenus définitivement en erreur.',
    },
    objected: {
      label: 'Opposition (art. 21, par. 3)',
      meaning: 'La personne s’est opposée à la prospection (art. 21, par. 2, du RGPD). En vertu de l’art. 21, par. 3, c’est définitif.',
    },
    restricted: {
      label: 'Limitation',
      meaning: 'Le traitement est limité tant qu’une de ses demandes est en cours (art. 18 du RGPD).',
    },
    opted_out_of_all: {
      label: 'Désabonnement de tout',
      meaning: 'La personne s’est désabonnée de tous les e-mails marketing.',
    },
    unsubscribed: {
      label: 'Désabonnée',
      meaning: 'La personne s’est désabonnée de ce thème.',
    },
    withdrawn: {
      label: 'Consentement retiré',
      meaning: 'La personne a retiré son consentement pour la finalité du thème.',
    },
    pending: {
      label: 'Double confirmation en attente',
      meaning: 'La personne s’est inscrite mais n’a pas encore confirmé l’e-mail de double confirmation.',
    },
    expired: {
      label: 'Expirée',
      meaning:
        'Sa base légale a expiré\u00a0: un consentement jamais confirmé, ou un consentement au-delà de la durée de conservation de la finalité.',
    },
    no_legal_basis: {
      label: 'Aucune base légale',
      meaning: 'Aucune base légale n’a jamais été enregistrée pour la finalité du thème.',
    },
  },
  neverWhy: {
    anonymized: 'Jamais\u00a0: une personne effacée n’a plus d’adresse.',
    invalid_email: 'Jamais\u00a0: les e-mails envoyés à cette adresse sont revenus définitivement en erreur.',
    objected: 'Jamais\u00a0: une opposition à la prospection est définitive (art. 21, par. 3, du RGPD).',
  },
  showPersons: 'Afficher les personnes',
  showPersonsFor: (reason) => `Afficher les personnes\u00a0: ${reason}`,
  hidePersons: 'Masquer les personnes',
  hidePersonsFor: (reason) => `Masquer les personnes\u00a0: ${reason}`,
  personsFor: (reason, n) => `${reason}\u00a0: ${persons(n)}`,
  loadingPersons: 'Chargement des personnes…',
  nobodyHere: 'Plus personne\u00a0: l’audience a changé depuis son calcul.',
  personsShown: (shown, more) =>
    `${count(shown)} ${plural(shown, 'personne affichée', 'personnes affichées')}${more ? ', d’autres peuvent être chargées' : ''}.`,

  overrideSection: 'Contourner le contrôle du consentement',
  overrideWarning:
    'À vos propres risques. Le contrôle bloque ces personnes parce qu’elles n’ont fourni aucune base légale valide pour cette campagne, ou ont refusé. Leur écrire peut enfreindre le RGPD. Votre nom, votre motif et le nombre de personnes sont conservés avec la campagne et dans le journal d’audit.',
  overrideReasonsLegend: 'Envoyer aussi aux personnes bloquées pour ces motifs',
  overrideReasonOption: (reason, n) => `${reason}\u00a0: ${persons(n)}`,
  overrideReasonLabel: 'Votre motif',
  overrideReasonHint: 'Pourquoi ces personnes peuvent la recevoir, en au moins 10 caractères. Il est conservé à titre de preuve.',
  overrideAddsExactly: (n) => `Cela ajoute ${persons(n)}.`,
  overrideAddsUpTo: (n) =>
    `Cela ajoute jusqu’à ${persons(n)}\u00a0: une personne également bloquée pour un motif que vous n’avez pas choisi reste exclue.`,
  overrideAddsNone: 'Si vous ne choisissez aucun motif, le contrôle décide seul.',

  sendSection: 'Envoi',
  sendLead:
    'Une fois envoyée ou planifiée, la campagne ne peut plus être modifiée\u00a0; tant qu’elle n’est pas partie, elle peut être annulée.',
  whenLegend: 'Quand',
  sendNowOption: 'Maintenant',
  scheduleOption: 'À une date et une heure',
  scheduleAtLabel: 'Date et heure',
  scheduleAtHint: (zone) => `Votre heure locale (${zone}).`,
  scheduleAtMissing: 'Choisissez la date et l’heure d’envoi.',
  scheduleAtPast: 'Choisissez une heure dans le futur, ou envoyez-la maintenant.',
  sendNow: 'Envoyer maintenant…',
  schedule: 'Planifier…',
  sending: 'Envoi…',
  nobodyToSend: 'Personne ne peut recevoir cette campagne pour le moment\u00a0: il n’y a donc rien à envoyer.',
  sendQuestion: (name) => `Envoyer «\u00a0${name}\u00a0» maintenant\u00a0?`,
  scheduleQuestion: (name, when) => `Planifier «\u00a0${name}\u00a0» pour le ${when}\u00a0?`,
  sendEffect: (total, exact, topic, eligible, added) =>
    `Elle concerne ${exact ? '' : 'jusqu’à '}${persons(total)} du thème «\u00a0${topic}\u00a0»\u00a0: ${count(eligible)} que le contrôle du consentement autorise` +
    (added > 0
      ? `, et ${exact ? '' : 'jusqu’à '}${count(added)} qu’il bloque, pour lesquelles vous le contournez à vos propres risques`
      : '') +
    '. Chaque personne est de nouveau vérifiée juste avant l’envoi de son message. La campagne ne pourra plus être modifiée ensuite.',
  confirmSend: 'Envoyer maintenant',
  confirmSchedule: 'Planifier',
  sendStarted: (name) => `«\u00a0${name}\u00a0» est en cours d’envoi.`,
  scheduled: (name, when) => `«\u00a0${name}\u00a0» est planifiée pour le ${when}.`,

  progressSection: 'Progression',
  resultSection: 'Résultat',
  waitingForStart: (when) => `Planifiée pour le ${when}. Elle démarrera à ce moment-là\u00a0; d’ici là, vous pouvez l’annuler.`,
  sendingSince: (when) => `Envoi en cours depuis le ${when}. Cette page s’actualise d’elle-même.`,
  progressLabel: 'Messages traités',
  notStarted: 'Aucun message n’est encore parti.',
  progressOf: (settled, recipients) => `${count(settled)} sur ${count(recipients)} ${plural(settled, 'traité', 'traités')}`,
  recipientsTotal: 'Personnes en file d’attente',
  totalQueued: 'En attente',
  totalSent: 'Envoyés',
  totalFailed: 'Échecs',
  totalSkipped: 'Ignorés',
  skippedHint:
    'Personnes bloquées lorsque leur tour est venu\u00a0: elles se sont désabonnées ou ont retiré leur consentement entre-temps.',
  refreshFailed: 'La progression n’a pas pu être actualisée à l’instant\u00a0; nouvel essai en cours.',
  cancelMailing: 'Annuler la campagne',
  cancelQuestion: (name) => `Annuler «\u00a0${name}\u00a0»\u00a0?`,
  cancelEffect:
    'Les messages pas encore envoyés sont abandonnés\u00a0; ceux déjà envoyés le restent. Une campagne annulée ne peut pas être relancée.',
  keepMailing: 'La conserver',
  cancelled: (name) => `«\u00a0${name}\u00a0» est annulée.`,
  finishedSent: (name) => `«\u00a0${name}\u00a0» a été envoyée.`,

  recipientsSection: 'Destinataires',
  loadingRecipients: 'Chargement des destinataires…',
  noRecipients: 'Aucun destinataire n’a été mis en file d’attente pour cette campagne.',
  noRecipientsWithStatus: 'Aucun destinataire n’a ce statut.',
  recipientFilter: 'Afficher',
  allStatuses: 'Tous',
  personColumn: 'Destinataire',
  sentAtColumn: 'Envoi',
  detailsColumn: 'Détails',
  recipientStatuses: {
    queued: 'En attente',
    sent: 'Envoyé',
    failed: 'Échec',
    skipped: 'Ignoré',
  },
  overriddenFor: (reason) => `Envoyé grâce au contournement\u00a0: ${reason}`,
  recipientsShown: (shown, more) =>
    `${count(shown)} ${plural(shown, 'destinataire affiché', 'destinataires affichés')}${more ? ', d’autres peuvent être chargés' : ''}.`,
};
