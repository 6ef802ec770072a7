import type { Messages } from './en.js';

// French puts a non-breaking space before a colon.
const fr: Messages = {
  subscriptionsHeading: 'Vos abonnements e-mail',
  subscriptionsIntro: (email) => `Choisissez ce que nous envoyons à ${email}. Rien ne change tant que vous n’avez pas enregistré.`,
  loadingPreferences: 'Chargement de vos préférences…',
  topicsLegend: 'Thèmes',
  optOutOfAll: 'Me désabonner de tout',
  optOutOfAllHint:
    'Tant que cette option est activée, nous ne vous envoyons aucun e-mail marketing, quels que soient les thèmes ci-dessus.',
  consentsLegend: 'Vos consentements',
  consentsHint: 'Activez pour donner votre consentement, désactivez pour le retirer. Vous pouvez changer d’avis à tout moment.',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  nothingToSave: 'Rien n’a encore changé\u00a0: activez ou désactivez d’abord une option.',
  saved: (changes) => `Enregistré\u00a0: ${changes}.`,
  undo: 'Annuler',
  restored: (changes) => `Annulé\u00a0: ${changes}.`,
  subscribedTo: (topic) => `abonnement à ${topic}`,
  unsubscribedFrom: (topic) => `désabonnement de ${topic}`,
  optedOutOfAll: 'désabonnement de tout',
  optedBackIn: 'réception de nos e-mails rétablie',
  consentGiven: (purpose) => `consentement donné pour ${purpose}`,
  consentWithdrawn: (purpose) => `consentement retiré pour ${purpose}`,
  loadFailed: 'Impossible de charger vos préférences. Vérifiez votre connexion et réessayez.',
  saveFailed: 'Impossible d’enregistrer vos modifications. Elles sont toujours là, vous pouvez donc réessayer.',
  retry: 'Réessayer',
  newLinkHeading: 'Recevoir un nouveau lien',
  badToken: 'Ce lien est invalide ou a expiré. Saisissez votre adresse e-mail et nous vous en enverrons un nouveau.',
  emailLabel: 'Adresse e-mail',
  emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@example.com.',
  requestLink: 'M’envoyer un nouveau lien',
  requestingLink: 'Envoi en cours…',
  linkRequested: 'Si cette adresse nous est connue, un nouveau lien est en route. Il peut mettre quelques minutes à arriver.',
  linkRateLimited: 'Vous avez demandé plusieurs liens en peu de temps. Veuillez réessayer plus tard.',
  linkRequestFailed: 'Votre demande n’a pas pu être envoyée. Vérifiez votre connexion et réessayez.',
};

export default fr;
