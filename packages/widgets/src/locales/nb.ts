import type { Messages } from './en.js';

const nb: Messages = {
  subscriptionsHeading: 'Dine e-postabonnementer',
  subscriptionsIntro: (email) => `Velg hva vi sender til ${email}. Ingenting endres før du lagrer.`,
  loadingPreferences: 'Henter innstillingene dine …',
  topicsLegend: 'Emner',
  optOutOfAll: 'Meld meg av alt',
  optOutOfAllHint:
    'Så lenge dette er på, sender vi deg ingen markedsføring på e-post i det hele tatt, uansett hva som er valgt for emnene over.',
  consentsLegend: 'Dine samtykker',
  consentsHint: 'Slå på for å gi samtykke, av for å trekke det tilbake. Du kan ombestemme deg når som helst.',
  save: 'Lagre',
  saving: 'Lagrer …',
  nothingToSave: 'Ingenting er endret ennå: slå noe på eller av først.',
  saved: (changes) => `Lagret: ${changes}.`,
  undo: 'Angre',
  restored: (changes) => `Angret: ${changes}.`,
  subscribedTo: (topic) => `abonnerer på ${topic}`,
  unsubscribedFrom: (topic) => `meldt av ${topic}`,
  optedOutOfAll: 'meldt av alt',
  optedBackIn: 'e-post fra oss er velkommen igjen',
  consentGiven: (purpose) => `samtykke gitt til ${purpose}`,
  consentWithdrawn: (purpose) => `samtykke til ${purpose} trukket tilbake`,
  loadFailed: 'Vi fikk ikke hentet innstillingene dine. Sjekk tilkoblingen og prøv igjen.',
  saveFailed: 'Vi fikk ikke lagret endringene dine. De er der fortsatt, så du kan prøve igjen.',
  retry: 'Prøv igjen',
  newLinkHeading: 'Få en ny lenke',
  badToken: 'Denne lenken er ugyldig eller utløpt. Skriv inn e-postadressen din, så sender vi deg en ny.',
  emailLabel: 'E-postadresse',
  emailInvalid: 'Skriv inn en gyldig e-postadresse, for eksempel navn@example.com.',
  requestLink: 'Send meg en ny lenke',
  requestingLink: 'Sender …',
  linkRequested: 'Hvis vi kjenner denne adressen, er en ny lenke på vei. Det kan ta noen minutter før den kommer.',
  linkRateLimited: 'Du har bedt om flere lenker på kort tid. Prøv igjen senere.',
  linkRequestFailed: 'Forespørselen din kunne ikke sendes. Sjekk tilkoblingen og prøv igjen.',
};

export default nb;
