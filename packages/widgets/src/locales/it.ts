import type { Messages } from './en.js';

const it: Messages = {
  subscriptionsHeading: 'Le tue iscrizioni email',
  subscriptionsIntro: (email) => `Scegli cosa inviamo a ${email}. Non cambia nulla finché non salvi.`,
  loadingPreferences: 'Caricamento delle tue preferenze…',
  topicsLegend: 'Argomenti',
  optOutOfAll: 'Annulla l’iscrizione a tutto',
  optOutOfAllHint:
    'Finché questa opzione è attiva, non ti inviamo alcuna email promozionale, qualunque cosa indichino gli argomenti qui sopra.',
  consentsLegend: 'I tuoi consensi',
  consentsHint: 'Attiva per dare il consenso, disattiva per revocarlo. Puoi cambiare idea in qualsiasi momento.',
  save: 'Salva',
  saving: 'Salvataggio…',
  nothingToSave: 'Non è ancora cambiato nulla: prima attiva o disattiva qualcosa.',
  saved: (changes) => `Salvato: ${changes}.`,
  undo: 'Annulla',
  restored: (changes) => `Annullato: ${changes}.`,
  subscribedTo: (topic) => `iscrizione a ${topic}`,
  unsubscribedFrom: (topic) => `iscrizione a ${topic} annullata`,
  optedOutOfAll: 'iscrizione a tutto annullata',
  optedBackIn: 'ricezione delle nostre email riattivata',
  consentGiven: (purpose) => `consenso dato per ${purpose}`,
  consentWithdrawn: (purpose) => `consenso revocato per ${purpose}`,
  loadFailed: 'Non è stato possibile caricare le tue preferenze. Controlla la connessione e riprova.',
  saveFailed: 'Non è stato possibile salvare le modifiche. Sono ancora qui, quindi puoi riprovare.',
  retry: 'Riprova',
  newLinkHeading: 'Ricevi un nuovo link',
  badToken: 'Questo link non è valido o è scaduto. Inserisci il tuo indirizzo email e te ne invieremo uno nuovo.',
  emailLabel: 'Indirizzo email',
  emailInvalid: 'Inserisci un indirizzo email valido, ad esempio nome@example.com.',
  requestLink: 'Inviami un nuovo link',
  requestingLink: 'Invio in corso…',
  linkRequested: 'Se conosciamo questo indirizzo, un nuovo link è in arrivo. Potrebbero volerci alcuni minuti.',
  linkRateLimited: 'Hai richiesto diversi link in poco tempo. Riprova più tardi.',
  linkRequestFailed: 'Non è stato possibile inviare la richiesta. Controlla la connessione e riprova.',
};

export default it;
