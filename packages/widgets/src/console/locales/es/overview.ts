import type { ConsoleMessages } from '../index.js';

// La vista general en español: las cifras del panel y la bandeja de salida de todos los correos
// que Basis ha enviado o todavía conserva.

const count = (n: number) => n.toLocaleString('es');

export const overviewEs: ConsoleMessages['overview'] = {
  navHeading: 'Vista general',

  dashboardTitle: 'Panel',
  dashboardLead:
    'A quién tiene registrado, con qué base jurídica para cada finalidad, a qué se ha suscrito y cómo cambian los consentimientos día a día.',
  loading: 'Cargando las cifras…',
  figuresAt: (time) => `Cifras a ${time}.`,
  noPersons:
    'Todavía no hay personas. Las personas llegan cuando los visitantes rellenan uno de sus formularios publicados o cuando sus propios sistemas (un CRM, una tienda en línea) las añaden a través de la API. Sus bases jurídicas aparecen aquí desde la primera.',
  personsHeading: 'Personas',
  personsTotal: 'Personas en total',
  withoutValidBasis: 'Sin una base jurídica válida',
  withoutValidBasisExplained:
    'Estas personas no tienen una base jurídica activa para ninguna finalidad: retiraron su consentimiento o se opusieron, nunca confirmaron, su base caducó o nunca se registró ninguna. No puede hacerse con sus datos nada que necesite una base jurídica, como una campaña, y una política de conservación puede suprimirlos.',
  purposesHeading: 'Bases jurídicas por finalidad',
  purposesLead:
    'Cada persona cuenta una vez en cada finalidad: con una base jurídica activa, con un registro en otro estado o sin registro.',
  noPurposes: 'Todavía no hay finalidades. Defina una en Finalidades y aquí aparecerán las bases jurídicas de las personas para ella.',
  rowColumn: 'Base jurídica o estado',
  personsColumn: 'Personas',
  shareColumn: 'Porcentaje del total de personas',
  activeOn: (basis) => `Activa: ${basis}`,
  noRecord: 'Sin registro',
  subscriptionsHeading: 'Suscripciones',
  topicColumn: 'Tema',
  subscribedColumn: 'Suscritas',
  unsubscribedColumn: 'Dadas de baja',
  unsubscribedHint:
    '«Dadas de baja» cuenta a quienes dejaron un tema o decidieron no suscribirse; las personas a las que nunca se preguntó no figuran en ninguna columna.',
  noTopics: 'Todavía no hay temas de suscripción.',
  optedOutOfAll: (n) =>
    `${n === 1 ? 'Una persona se ha dado de baja' : `${count(n)} personas se han dado de baja`} de todo: no ${n === 1 ? 'le' : 'les'} llega ninguna campaña, indiquen lo que indiquen sus temas.`,

  historyHeading: 'Consentimientos dados y retirados por día',
  historyLead:
    'Dados: una persona dio su consentimiento o volvió a darlo. Retirados: una persona lo retiró. Los días son días naturales en UTC.',
  rangeLabel: 'Días mostrados',
  lastDays: (days) => `Últimos ${count(days)} días`,
  given: 'Dados',
  withdrawn: 'Retirados',
  dayAxis: 'Día (UTC)',
  countAxis: 'Consentimientos',
  chartSummary: (from, to, given, withdrawn) =>
    `Consentimientos por día del ${from} al ${to}: ${count(given)} ${given === 1 ? 'dado' : 'dados'} y ${count(withdrawn)} ${withdrawn === 1 ? 'retirado' : 'retirados'} en total.`,
  showFigures: 'Mostrar las cifras en una tabla',
  dayColumn: 'Día',
  historyCaption: (from, to) => `Consentimientos dados y retirados por día, del ${from} al ${to}`,
  totalRow: 'Total',
  noEvents: 'En estos días no se dio ni se retiró ningún consentimiento.',
  loadingHistory: 'Cargando los consentimientos de estos días…',

  outboxTitle: 'Bandeja de salida',
  outboxLead:
    'Todos los correos que Basis ha enviado o todavía conserva, los más recientes primero: solicitudes de doble confirmación, enlaces para gestionar suscripciones, solicitudes de consentimiento y campañas. Su contenido no se muestra, porque lleva los enlaces personales de cada persona.',
  loadingOutbox: 'Cargando la bandeja de salida…',
  outboxEmpty:
    'Basis todavía no ha enviado ningún correo. Los correos aparecen aquí cuando un visitante confirma un formulario, pide el enlace a sus suscripciones o sale una campaña.',
  outboxNoMatch: 'Ningún correo coincide con estos filtros.',
  outboxFilters: 'Filtros',
  statusFilter: 'Estado',
  kindFilter: 'Tipo',
  anyStatus: 'Cualquier estado',
  anyKind: 'Cualquier tipo',
  kinds: {
    manage_link: 'Enlace para gestionar suscripciones',
    double_opt_in: 'Solicitud de doble confirmación',
    consent_request: 'Solicitud de consentimiento',
    mailing: 'Campaña a un tema',
    mailing_test: 'Prueba de una campaña',
  },
  statuses: {
    queued: 'En cola',
    sending: 'Enviándose',
    sent: 'Enviado',
    failed: 'Fallido',
    cancelled: 'Cancelado',
  },
  transports: {
    smtp: 'por SMTP',
    catcher: 'retenido por el colector integrado',
  },
  createdColumn: 'Creado',
  kindColumn: 'Tipo',
  recipientColumn: 'Destinatario',
  subjectLineColumn: 'Asunto',
  statusColumn: 'Estado',
  attemptsColumn: 'Intentos',
  lastErrorColumn: 'Último error',
  sentColumn: 'Enviado',
  hidden: 'Oculto',
  hiddenHint: 'Oculto: su rol no puede ver este campo de la persona.',
  openPerson: 'Abrir persona',
  openMailing: 'Abrir campaña',
  notSent: 'No enviado',
  nextAttempt: (time) => `Próximo intento: ${time}`,
  outboxShown: (n, more) =>
    `${n === 1 ? 'Se muestra un correo' : `Se muestran ${count(n)} correos`}${more ? '; se pueden cargar más' : ''}.`,
};
