import type { Messages } from './en.js';

const da: Messages = {
  subscriptionsHeading: 'Dine e-mailabonnementer',
  subscriptionsIntro: (email) => `Vælg, hvad vi sender til ${email}. Intet ændres, før du gemmer.`,
  loadingPreferences: 'Henter dine indstillinger …',
  topicsLegend: 'Emner',
  optOutOfAll: 'Afmeld mig alt',
  optOutOfAllHint:
    'Så længe dette er slået til, sender vi dig slet ingen markedsføringsmails, uanset hvad der er valgt ved emnerne ovenfor.',
  consentsLegend: 'Dine samtykker',
  consentsHint: 'Slå til for at give dit samtykke, fra for at trække det tilbage. Du kan altid ombestemme dig.',
  save: 'Gem',
  saving: 'Gemmer …',
  nothingToSave: 'Intet er ændret endnu: slå først noget til eller fra.',
  saved: (changes) => `Gemt: ${changes}.`,
  undo: 'Fortryd',
  restored: (changes) => `Fortrudt: ${changes}.`,
  subscribedTo: (topic) => `tilmeldt ${topic}`,
  unsubscribedFrom: (topic) => `afmeldt ${topic}`,
  optedOutOfAll: 'afmeldt alt',
  optedBackIn: 'mails fra os er velkomne igen',
  consentGiven: (purpose) => `samtykke givet til ${purpose}`,
  consentWithdrawn: (purpose) => `samtykke til ${purpose} trukket tilbage`,
  loadFailed: 'Dine indstillinger kunne ikke hentes. Tjek din forbindelse, og prøv igen.',
  saveFailed: 'Dine ændringer kunne ikke gemmes. De er her stadig, så du kan prøve igen.',
  retry: 'Prøv igen',
  newLinkHeading: 'Få et nyt link',
  badToken: 'Dette link er ugyldigt eller udløbet. Skriv din e-mailadresse, så sender vi dig et nyt.',
  emailLabel: 'E-mailadresse',
  emailInvalid: 'Skriv en gyldig e-mailadresse, fx navn@example.com.',
  requestLink: 'Send mig et nyt link',
  requestingLink: 'Sender …',
  linkRequested: 'Hvis vi kender adressen, er et nyt link på vej. Der kan gå et par minutter, før det kommer frem.',
  linkRateLimited: 'Du har bedt om flere links på kort tid. Prøv igen senere.',
  linkRequestFailed: 'Din anmodning kunne ikke sendes. Tjek din forbindelse, og prøv igen.',
};

export default da;
