import type { ConsoleMessages } from '../index.js';

// Postitukset suomeksi: luettelo, kirjoittaminen, esikatselu ja testi, vastaanottajajoukko, ohitus, lähetys ja edistyminen.

const count = (n: number) => n.toLocaleString('fi');
const persons = (n: number) => (n === 1 ? 'yksi henkilö' : `${count(n)} henkilöä`);
const personsPartitive = (n: number) => (n === 1 ? 'yhtä henkilöä' : `${count(n)} henkilöä`);
const personsObject = (n: number) => (n === 1 ? 'yhden henkilön' : `${count(n)} henkilöä`);

export const mailingsFi: ConsoleMessages['mailings'] = {
  navHeading: 'Markkinointi',
  title: 'Postitukset',
  lead: 'Viestit yhden tilausaiheen henkilöille. Vain ne, joilla on voimassa oleva käsittelyperuste aiheen käyttötarkoitukselle, saavat ne.',
  newMailing: 'Uusi postitus',
  loading: 'Ladataan postituksia…',
  loadingMailing: 'Ladataan postitusta…',
  empty: 'Postituksia ei ole vielä.',
  emptyCanWrite: 'Postituksia ei ole vielä. Kirjoita postitus jonkin tilausaiheen tilaajille; se pysyy luonnoksena, kunnes lähetät sen.',
  notFound: 'Tällä tunnisteella ei ole postitusta.',
  mayNotWrite: 'Roolisi saa lukea postituksia mutta ei kirjoittaa niitä. Pyydä ylläpitäjältä, jos tarvitset tätä oikeutta.',
  shown: (shown, more) => `Näytetään ${shown === 1 ? 'yksi postitus' : `${count(shown)} postitusta`}${more ? ', lisää voi ladata' : ''}.`,

  nameColumn: 'Nimi',
  topicColumn: 'Aihe',
  statusColumn: 'Tila',
  whenColumn: 'Milloin',
  deliveredColumn: 'Toimitettu',
  notScheduled: 'Ei ajastettu',
  noRecipientsYet: 'Mitään ei ole vielä lähetetty',
  scheduledFor: (when) => `Ajastettu: ${when}`,
  startedAt: (when) => `Aloitettu ${when}`,
  finishedAt: (when) => `Valmis ${when}`,
  cancelledAt: (when) => `Peruttu ${when}`,
  sentFailedOf: (sent, failed, recipients) => `${count(sent)} lähetetty, ${count(failed)} epäonnistui, yhteensä ${count(recipients)}`,
  statuses: {
    draft: 'Luonnos',
    scheduled: 'Ajastettu',
    sending: 'Lähetetään',
    sent: 'Lähetetty',
    cancelled: 'Peruttu',
  },

  fromLabel: 'Lähettäjä',
  languagesLabel: 'Kielet',
  createdLabel: 'Luotu',
  scheduledLabel: 'Ajastettu',
  startedLabel: 'Aloitettu',
  finishedLabel: 'Valmis',
  topicWithPurpose: (topic, purpose) => `${topic} (käyttötarkoitus: ${purpose})`,
  overrideLabel: 'Suostumustarkistus ohitettu',
  overrideSummary: (added, reasons, at) => `Ohitus koskee ${personsPartitive(added)}. Eston syyt: ${reasons}. Ohitettu ${at}.`,
  overrideWords: (reason) => `Annettu perustelu: ”${reason}”`,
  readOnlyDraft: 'Tämä on luonnos. Roolisi saa lukea sen; markkinoija tai ylläpitäjä kirjoittaa ja lähettää sen.',

  contentSection: 'Sisältö',
  nameLabel: 'Nimi',
  nameHint: 'Sinulle ja kollegoillesi; vastaanottajat eivät näe sitä.',
  topicLabel: 'Aihe',
  topicOption: (topic, purpose) => `${topic} (käyttötarkoitus: ${purpose})`,
  topicHint: (purpose) =>
    `Käyttötarkoitus: ”${purpose}”. Sen saavat vain henkilöt, jotka ovat tilanneet tämän aiheen ja joilla on voimassa oleva käsittelyperuste käyttötarkoitukselle ”${purpose}”.`,
  topicHintNone: 'Postitus lähtee tämän aiheen tilaajille ja vain niille, joilla on käsittelyperuste aiheen käyttötarkoitukselle.',
  topicDeactivated: (topic) => `${topic} (poistettu käytöstä)`,
  noTopics: 'Käytössä olevaa aihetta, jolle kirjoittaa, ei ole. Käyttötarkoituksia hallitseva käyttäjä voi lisätä aiheen kohdassa Aiheet.',
  fromHint: 'Osoite tai nimi ja osoite: Northwind <news@northwind.example>.',
  defaultLocaleLabel: 'Oletuskieli',
  defaultLocaleHint: 'Henkilöt, joiden kielellä postitusta ei ole kirjoitettu, saavat tämän version.',
  languagesLegend: 'Sisältö kielittäin',
  languageName: (name, tag) => `${name} (${tag})`,
  subjectLabel: 'Aiherivi',
  htmlLabel: 'HTML-sisältö',
  htmlHint: 'Mitä sähköpostiohjelmat näyttävät. Sisällössä on oltava {{unsubscribe_url}} tai {{manage_url}}.',
  textLabel: 'Tekstimuotoinen sisältö',
  textHint: 'Sähköpostiohjelmille, jotka eivät näytä HTML:ää. Myös siinä on oltava {{unsubscribe_url}} tai {{manage_url}}.',
  removeLanguage: (language) => `Poista kieli: ${language}`,
  addLanguageLabel: 'Lisää kieli',
  addLanguageHint: 'Kielitunniste, kuten fi tai fr-CH.',
  addLanguage: 'Lisää kieli',
  languageTwice: 'Postitus on jo kirjoitettu tällä kielellä.',
  languageAdded: (language) => `Kieli lisätty: ${language}.`,
  languageRemoved: (language) => `Kieli poistettu: ${language}. Tallenna, jotta muutos säilyy.`,
  placeholdersTitle: 'Paikkamerkit',
  placeholdersLead:
    'Kirjoita näitä aiheriville tai sisältöön; jokainen henkilö saa oman arvonsa, ja arvo, jota hän ei ole antanut, jää tyhjäksi.',
  placeholders: {
    email: 'henkilön sähköpostiosoite',
    name: 'hänen nimensä',
    company: 'hänen yrityksensä',
    phone: 'hänen puhelinnumeronsa',
    manage_url: 'linkki hänen omalle tilaussivulleen',
    unsubscribe_url: 'linkki, jolla hän peruu tämän aiheen tilauksen yhdellä napsautuksella',
  },
  customFieldPlaceholder: 'jokin hänen mukautetuista kentistään, avaimen mukaan',
  wayOutRule:
    'Jokaisessa sisällössä, sekä HTML- että tekstimuotoisessa, on oltava {{unsubscribe_url}} tai {{manage_url}}: henkilön on aina voitava perua tilaus. Ilman sitä luonnosta ei tallenneta.',
  saveDraft: 'Tallenna luonnos',
  savingDraft: 'Tallennetaan luonnosta…',
  draftSaved: 'Luonnos tallennettu.',
  draftCreated: (name) => `Luonnos ”${name}” tallennettu. Tarkista alta sen esikatselu ja vastaanottajajoukko ja lähetä se sitten.`,

  previewSection: 'Esikatselu',
  previewLead: 'Tallennettu luonnos esimerkkihenkilön tiedoilla. Tallenna muutokset nähdäksesi ne täällä.',
  previewLeadSent: 'Mitä postituksessa sanotaan, esimerkkihenkilön tiedoilla.',
  loadingPreview: 'Ladataan esikatselua…',
  previewLanguage: 'Kieli',
  previewSubject: 'Aiherivi',
  previewHtmlTitle: (language) => `HTML-versio, ${language}`,
  previewText: 'Tekstiversio',
  testSection: 'Testilähetys',
  testLead:
    'Lähettää tallennetun luonnoksen yhteen osoitteeseen merkinnällä [Test] ja esimerkkihenkilön tiedoilla. Kenellekään aiheen henkilöistä ei lähetetä mitään.',
  testTo: 'Vastaanottaja',
  testLanguage: 'Kieli',
  sendTest: 'Lähetä testi',
  sendingTest: 'Lähetetään testiä…',
  testSent: (language, to) => `Testi (${language}) on matkalla osoitteeseen ${to}. Kukaan muu ei saa sitä.`,

  audienceSection: 'Vastaanottajajoukko',
  loadingAudience: 'Lasketaan vastaanottajajoukkoa…',
  audienceLead: (total, topic, purpose) =>
    `Suostumustarkistuksen päätös ${total === 1 ? 'aiheen ainoalle henkilölle' : `kullekin aiheen ${count(total)} henkilöstä`} tällä hetkellä (aihe: ”${topic}”, käyttötarkoitus: ${purpose}). Jokainen henkilö tarkistetaan uudelleen juuri ennen kuin hänen viestinsä lähtee.`,
  eligibleHeadline: (eligible) =>
    eligible === 0
      ? 'Kukaan ei saa vastaanottaa sitä tällä hetkellä.'
      : eligible === 1
        ? 'Yksi henkilö saa vastaanottaa sen.'
        : `${count(eligible)} henkilöä saa vastaanottaa sen.`,
  reasonColumn: 'Syy',
  personsColumn: 'Henkilöt',
  meaningColumn: 'Mitä se tarkoittaa',
  eligibleLabel: 'Päästetään läpi',
  eligibleMeaning: (purpose) => `Voimassa oleva käsittelyperuste käyttötarkoitukselle ”${purpose}” ja aiheen tilaus.`,
  neverOverridden: 'ei voi koskaan ohittaa',
  reasons: {
    anonymized: {
      label: 'Anonymisoitu',
      meaning: 'Henkilö on poistettu: osoitetta, johon kirjoittaa, ei ole enää.',
    },
    invalid_email: {
      label: 'Virheellinen sähköpostiosoite',
      meaning: 'Posti hänen osoitteeseensa on palautunut pysyvästi.',
    },
    objected: {
      label: 'Vastustanut (21 art. 3 kohta)',
      meaning:
        'Hän on vastustanut suoramarkkinointia (tietosuoja-asetuksen 21 artiklan 2 kohta). 21 artiklan 3 kohdan mukaan se on lopullista.',
    },
    restricted: {
      label: 'Rajoitettu',
      meaning: 'Käsittelyä on rajoitettu niin kauan kuin hänen pyyntönsä on käsittelyssä (tietosuoja-asetuksen 18 artikla).',
    },
    opted_out_of_all: {
      label: 'Kaikki tilaukset peruttu',
      meaning: 'Hän on perunut kaikki markkinointisähköpostit.',
    },
    unsubscribed: {
      label: 'Tilaus peruttu',
      meaning: 'Hän on perunut tämän aiheen tilauksen.',
    },
    withdrawn: {
      label: 'Suostumus peruttu',
      meaning: 'Hän on perunut suostumuksensa aiheen käyttötarkoitukseen.',
    },
    pending: {
      label: 'Kaksoisvahvistus kesken',
      meaning: 'Hän on rekisteröitynyt mutta ei ole vielä vahvistanut kaksoisvahvistuksen sähköpostia.',
    },
    expired: {
      label: 'Vanhentunut',
      meaning:
        'Hänen käsittelyperusteensa on rauennut: suostumusta ei koskaan vahvistettu, tai käyttötarkoituksen säilytysaika on ylittynyt.',
    },
    no_legal_basis: {
      label: 'Ei käsittelyperustetta',
      meaning: 'Aiheen käyttötarkoitukselle ei ole koskaan kirjattu käsittelyperustetta.',
    },
  },
  neverWhy: {
    anonymized: 'Ei koskaan: poistetulla henkilöllä ei ole enää osoitetta.',
    invalid_email: 'Ei koskaan: posti osoitteeseen on palautunut pysyvästi.',
    objected: 'Ei koskaan: suoramarkkinoinnin vastustaminen on lopullista (tietosuoja-asetuksen 21 artiklan 3 kohta).',
  },
  showPersons: 'Näytä henkilöt',
  showPersonsFor: (reason) => `Näytä henkilöt: ${reason}`,
  hidePersons: 'Piilota henkilöt',
  hidePersonsFor: (reason) => `Piilota henkilöt: ${reason}`,
  personsFor: (reason, n) => `${reason}: ${persons(n)}`,
  loadingPersons: 'Ladataan henkilöitä…',
  nobodyHere: 'Ei enää ketään: vastaanottajajoukko on muuttunut laskennan jälkeen.',
  personsShown: (shown, more) =>
    `Näytetään ${shown === 1 ? 'yksi henkilö' : `${count(shown)} henkilöä`}${more ? ', lisää voi ladata' : ''}.`,

  overrideSection: 'Ohita suostumustarkistus',
  overrideWarning:
    'Omalla vastuullasi. Tarkistus estää nämä henkilöt, koska he eivät ole antaneet voimassa olevaa käsittelyperustetta tälle postitukselle tai ovat kieltäytyneet. Lähettäminen heille voi rikkoa tietosuoja-asetusta. Nimesi, perustelusi ja henkilöiden määrä tallennetaan postituksen yhteyteen ja tarkastuslokiin.',
  overrideReasonsLegend: 'Lähetä myös henkilöille, jotka on estetty seuraavasta syystä',
  overrideReasonOption: (reason, n) => `${reason}: ${persons(n)}`,
  overrideReasonLabel: 'Perustelusi',
  overrideReasonHint: 'Miksi nämä henkilöt saavat vastaanottaa sen, vähintään 10 merkkiä. Perustelu säilytetään todisteena.',
  overrideAddsExactly: (n) => `Tämä lisää vastaanottajiin ${personsObject(n)}.`,
  overrideAddsUpTo: (n) =>
    `Tämä lisää vastaanottajiin enintään ${personsObject(n)}: jos henkilö on estetty myös jostakin muusta kuin valitsemastasi syystä, hän jää ulkopuolelle.`,
  overrideAddsNone: 'Jos et valitse syytä, tarkistus päättää yksin.',

  sendSection: 'Lähetys',
  sendLead: 'Kun postitus on lähetetty tai ajastettu, sitä ei voi enää muuttaa; ennen kuin se on lähtenyt, sen voi perua.',
  whenLegend: 'Milloin',
  sendNowOption: 'Nyt',
  scheduleOption: 'Tiettynä ajankohtana',
  scheduleAtLabel: 'Päivä ja kellonaika',
  scheduleAtHint: (zone) => `Paikallinen aikasi (${zone}).`,
  scheduleAtMissing: 'Valitse lähetyksen päivä ja kellonaika.',
  scheduleAtPast: 'Valitse tuleva ajankohta tai lähetä nyt.',
  sendNow: 'Lähetä nyt…',
  schedule: 'Ajasta…',
  sending: 'Lähetetään…',
  nobodyToSend: 'Kukaan ei saa vastaanottaa tätä postitusta tällä hetkellä, joten lähetettävää ei ole.',
  sendQuestion: (name) => `Lähetetäänkö ”${name}” nyt?`,
  scheduleQuestion: (name, when) => `Ajastetaanko ”${name}” ajankohtaan ${when}?`,
  sendEffect: (total, exact, topic, eligible, added) =>
    `Aihe: ”${topic}”. Postitus lähtee ${exact ? '' : 'enintään '}${total === 1 ? 'yhdelle henkilölle' : `${count(total)} henkilölle`}: ${count(eligible)}, jotka suostumustarkistus päästää läpi` +
    (added > 0 ? `, sekä ${exact ? '' : 'enintään '}${count(added)}, jotka se estää ja jotka ohitat omalla vastuullasi` : '') +
    '. Jokainen henkilö tarkistetaan uudelleen juuri ennen kuin hänen viestinsä lähtee. Postitusta ei voi muuttaa jälkeenpäin.',
  confirmSend: 'Lähetä nyt',
  confirmSchedule: 'Ajasta',
  sendStarted: (name) => `Postitusta ”${name}” lähetetään.`,
  scheduled: (name, when) => `Postitus ”${name}” on ajastettu: ${when}.`,

  progressSection: 'Edistyminen',
  resultSection: 'Tulos',
  waitingForStart: (when) => `Ajastettu: ${when}. Lähetys alkaa silloin; siihen asti voit perua sen.`,
  sendingSince: (when) => `Lähetys alkoi ${when}. Tämä sivu päivittyy itsestään.`,
  progressLabel: 'Käsitellyt viestit',
  notStarted: 'Yhtään viestiä ei ole vielä lähtenyt.',
  progressOf: (settled, recipients) => `${count(settled)}/${count(recipients)} käsitelty`,
  recipientsTotal: 'Jonoon asetetut henkilöt',
  totalQueued: 'Odottaa',
  totalSent: 'Lähetetty',
  totalFailed: 'Epäonnistui',
  totalSkipped: 'Ohitettu',
  skippedHint: 'Estetty, kun heidän vuoronsa tuli: he olivat sillä välin peruneet tilauksensa tai suostumuksensa.',
  refreshFailed: 'Edistymistä ei juuri nyt voitu päivittää; yritetään uudelleen.',
  cancelMailing: 'Peru postitus',
  cancelQuestion: (name) => `Perutaanko ”${name}”?`,
  cancelEffect:
    'Vielä lähettämättömät viestit hylätään; jo lähetetyt pysyvät lähetettyinä. Peruttua postitusta ei voi käynnistää uudelleen.',
  keepMailing: 'Älä peru',
  cancelled: (name) => `”${name}” on peruttu.`,
  finishedSent: (name) => `”${name}” on lähetetty.`,

  recipientsSection: 'Vastaanottajat',
  loadingRecipients: 'Ladataan vastaanottajia…',
  noRecipients: 'Tälle postitukselle ei asetettu ketään jonoon.',
  noRecipientsWithStatus: 'Millään vastaanottajalla ei ole tätä tilaa.',
  recipientFilter: 'Näytä',
  allStatuses: 'Kaikki',
  personColumn: 'Vastaanottaja',
  sentAtColumn: 'Lähetetty',
  detailsColumn: 'Tiedot',
  recipientStatuses: {
    queued: 'Odottaa',
    sent: 'Lähetetty',
    failed: 'Epäonnistui',
    skipped: 'Ohitettu',
  },
  overriddenFor: (reason) => `Lähetetty ohituksella: ${reason}`,
  recipientsShown: (shown, more) =>
    `Näytetään ${shown === 1 ? 'yksi vastaanottaja' : `${count(shown)} vastaanottajaa`}${more ? ', lisää voi ladata' : ''}.`,
};
