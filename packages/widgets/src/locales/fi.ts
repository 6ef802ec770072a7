import type { Messages } from './en.js';

// Finnish inflects names; the phrases keep topic and purpose names in their base form.
const fi: Messages = {
  subscriptionsHeading: 'Sähköpostitilauksesi',
  subscriptionsIntro: (email) => `Valitse, mitä lähetämme osoitteeseen ${email}. Mikään ei muutu ennen kuin tallennat.`,
  loadingPreferences: 'Haetaan asetuksiasi…',
  topicsLegend: 'Aiheet',
  optOutOfAll: 'Peru kaikki tilaukset',
  optOutOfAllHint: 'Kun tämä on päällä, emme lähetä sinulle lainkaan markkinointiviestejä, olivatpa aiheiden valinnat mitä tahansa.',
  consentsLegend: 'Suostumuksesi',
  consentsHint: 'Kytke päälle antaaksesi suostumuksen ja pois peruaksesi sen. Voit muuttaa mieltäsi milloin tahansa.',
  save: 'Tallenna',
  saving: 'Tallennetaan…',
  nothingToSave: 'Mitään ei ole vielä muutettu: kytke ensin jokin päälle tai pois.',
  saved: (changes) => `Tallennettu: ${changes}.`,
  undo: 'Kumoa',
  restored: (changes) => `Kumottu: ${changes}.`,
  subscribedTo: (topic) => `${topic} tilattu`,
  unsubscribedFrom: (topic) => `${topic} peruttu`,
  optedOutOfAll: 'kaikki tilaukset peruttu',
  optedBackIn: 'sähköpostit meiltä ovat taas tervetulleita',
  consentGiven: (purpose) => `suostumus annettu (${purpose})`,
  consentWithdrawn: (purpose) => `suostumus peruttu (${purpose})`,
  loadFailed: 'Asetuksiasi ei voitu hakea. Tarkista yhteys ja yritä uudelleen.',
  saveFailed: 'Muutoksiasi ei voitu tallentaa. Ne ovat yhä tallessa, joten voit yrittää uudelleen.',
  retry: 'Yritä uudelleen',
  newLinkHeading: 'Pyydä uusi linkki',
  badToken: 'Tämä linkki on virheellinen tai vanhentunut. Kirjoita sähköpostiosoitteesi, niin lähetämme uuden.',
  emailLabel: 'Sähköpostiosoite',
  emailInvalid: 'Kirjoita kelvollinen sähköpostiosoite, esimerkiksi nimi@example.com.',
  requestLink: 'Lähetä minulle uusi linkki',
  requestingLink: 'Lähetetään…',
  linkRequested: 'Jos tämä osoite on tiedossamme, uusi linkki on matkalla. Sen saapuminen voi kestää muutaman minuutin.',
  linkRateLimited: 'Olet pyytänyt useita linkkejä lyhyessä ajassa. Yritä myöhemmin uudelleen.',
  linkRequestFailed: 'Pyyntöäsi ei voitu lähettää. Tarkista yhteys ja yritä uudelleen.',
};

export default fi;
