import type { ConsoleMessages } from '../index.js';

// Yleiskatsaus suomeksi: koontinäytön luvut ja lähtevät viestit eli jokainen sähköposti, jonka Basis on lähettänyt tai pitää yhä jonossa.

const count = (n: number) => n.toLocaleString('fi');

export const overviewFi: ConsoleMessages['overview'] = {
  navHeading: 'Yleiskatsaus',

  dashboardTitle: 'Koontinäyttö',
  dashboardLead:
    'Keiden tietoja säilytätte, millä käsittelyperusteella kunkin käyttötarkoituksen osalta, mitä he ovat tilanneet ja miten suostumukset muuttuvat päivittäin.',
  loading: 'Ladataan lukuja…',
  figuresAt: (time) => `Tilanne ${time}.`,
  noPersons:
    'Henkilöitä ei ole vielä. Henkilöitä tulee, kun kävijät täyttävät jonkin julkaistuista lomakkeistanne tai kun omat järjestelmänne (CRM, verkkokauppa) lisäävät heitä rajapinnan kautta. Heidän käsittelyperusteensa näkyvät täällä ensimmäisestä henkilöstä alkaen.',
  personsHeading: 'Henkilöt',
  personsTotal: 'Henkilöitä yhteensä',
  withoutValidBasis: 'Ei voimassa olevaa käsittelyperustetta',
  withoutValidBasisExplained:
    'Näillä henkilöillä ei ole voimassa olevaa käsittelyperustetta millekään käyttötarkoitukselle: he ovat peruneet suostumuksensa tai vastustaneet käsittelyä, eivät ole koskaan vahvistaneet, heidän perusteensa on vanhentunut, tai perustetta ei ole koskaan kirjattu. Heidän tiedoillaan ei saa tehdä mitään käsittelyperustetta edellyttävää, kuten postitusta, ja säilytyskäytäntö voi poistaa heidät.',
  purposesHeading: 'Käsittelyperusteet käyttötarkoituksittain',
  purposesLead:
    'Jokainen henkilö lasketaan kerran kussakin käyttötarkoituksessa: voimassa olevan käsittelyperusteen, muussa tilassa olevan kirjauksen tai puuttuvan kirjauksen mukaan.',
  noPurposes:
    'Käyttötarkoituksia ei ole vielä. Määritä sellainen kohdassa Käyttötarkoitukset, niin henkilöiden käsittelyperusteet sille näkyvät täällä.',
  rowColumn: 'Käsittelyperuste tai tila',
  personsColumn: 'Henkilöt',
  shareColumn: 'Osuus kaikista henkilöistä',
  activeOn: (basis) => `Voimassa: ${basis}`,
  noRecord: 'Ei kirjausta',
  subscriptionsHeading: 'Tilaukset',
  topicColumn: 'Aihe',
  subscribedColumn: 'Tilanneet',
  unsubscribedColumn: 'Peruneet',
  unsubscribedHint:
    '”Peruneet” sisältää ne, jotka ovat peruneet aiheen tilauksen tai päättäneet olla tilaamatta sitä; henkilöt, joilta ei ole koskaan kysytty, eivät ole kummassakaan sarakkeessa.',
  noTopics: 'Tilausaiheita ei ole vielä.',
  optedOutOfAll: (n) =>
    n === 1
      ? 'Yksi henkilö on perunut kaikki tilaukset: mikään postitus ei tavoita häntä, olivatpa hänen aiheensa mitä tahansa.'
      : `${count(n)} henkilöä on perunut kaikki tilaukset: mikään postitus ei tavoita heitä, olivatpa heidän aiheensa mitä tahansa.`,

  historyHeading: 'Annetut ja perutut suostumukset päivittäin',
  historyLead:
    'Annettu: henkilö antoi suostumuksen tai antoi sen uudelleen. Peruttu: henkilö perui suostumuksensa. Päivät ovat UTC-ajan kalenteripäiviä.',
  rangeLabel: 'Näytettävät päivät',
  lastDays: (days) => `Viimeiset ${count(days)} päivää`,
  given: 'Annettu',
  withdrawn: 'Peruttu',
  dayAxis: 'Päivä (UTC)',
  countAxis: 'Suostumukset',
  chartSummary: (from, to, given, withdrawn) =>
    `Suostumukset päivittäin ${from}–${to}: yhteensä ${count(given)} annettu ja ${count(withdrawn)} peruttu.`,
  showFigures: 'Näytä luvut taulukkona',
  dayColumn: 'Päivä',
  historyCaption: (from, to) => `Annetut ja perutut suostumukset päivittäin, ${from}–${to}`,
  totalRow: 'Yhteensä',
  noEvents: 'Näinä päivinä ei annettu eikä peruttu yhtään suostumusta.',
  loadingHistory: 'Ladataan näiden päivien suostumuksia…',

  outboxTitle: 'Lähtevät',
  outboxLead:
    'Jokainen sähköposti, jonka Basis on lähettänyt tai jota se pitää yhä jonossa, uusimmat ensin: kaksoisvahvistukset, tilausten hallintalinkit, suostumuspyynnöt ja postitukset. Sisältöä ei näytetä, koska siinä on kunkin henkilön omat linkit.',
  loadingOutbox: 'Ladataan lähteviä viestejä…',
  outboxEmpty:
    'Basis ei ole vielä lähettänyt yhtään sähköpostia. Sähköpostit näkyvät täällä, kun kävijä vahvistaa lomakkeen tai pyytää linkkiä tilauksiinsa tai kun postitus lähtee.',
  outboxNoMatch: 'Mikään sähköposti ei vastaa näitä suodattimia.',
  outboxFilters: 'Suodattimet',
  statusFilter: 'Tila',
  kindFilter: 'Laji',
  anyStatus: 'Kaikki tilat',
  anyKind: 'Kaikki lajit',
  kinds: {
    manage_link: 'Tilausten hallintalinkki',
    double_opt_in: 'Kaksoisvahvistus',
    consent_request: 'Suostumuspyyntö',
    mailing: 'Postitus aiheen tilaajille',
    mailing_test: 'Postituksen testi',
  },
  statuses: {
    queued: 'Jonossa',
    sending: 'Lähetetään',
    sent: 'Lähetetty',
    failed: 'Epäonnistui',
    cancelled: 'Peruttu',
  },
  transports: {
    smtp: 'SMTP:llä',
    catcher: 'sisäänrakennetun sieppaajan säilyttämä',
  },
  createdColumn: 'Luotu',
  kindColumn: 'Laji',
  recipientColumn: 'Vastaanottaja',
  subjectLineColumn: 'Aiherivi',
  statusColumn: 'Tila',
  attemptsColumn: 'Yrityksiä',
  lastErrorColumn: 'Viimeisin virhe',
  sentColumn: 'Lähetetty',
  hidden: 'Piilotettu',
  hiddenHint: 'Piilotettu: roolisi ei saa nähdä tätä henkilökenttää.',
  openPerson: 'Avaa henkilö',
  openMailing: 'Avaa postitus',
  notSent: 'Ei lähetetty',
  nextAttempt: (time) => `Seuraava yritys ${time}`,
  outboxShown: (n, more) => `Näytetään ${n === 1 ? 'yksi sähköposti' : `${count(n)} sähköpostia`}${more ? ', lisää voi ladata' : ''}.`,
};
