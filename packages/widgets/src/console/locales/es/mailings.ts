import type { ConsoleMessages } from '../index.js';

// Las campañas en español: la lista, la redacción, la vista previa y la prueba, la audiencia, la anulación, el envío y el progreso.

const count = (n: number) => n.toLocaleString('es');
const persons = (n: number) => (n === 1 ? 'una persona' : `${count(n)} personas`);

export const mailingsEs: ConsoleMessages['mailings'] = {
  navHeading: 'Marketing',
  title: 'Campañas',
  lead: 'Mensajes a las personas de un tema de suscripción. Solo los reciben quienes tienen una base jurídica válida para la finalidad del tema.',
  newMailing: 'Nueva campaña',
  loading: 'Cargando campañas…',
  loadingMailing: 'Cargando la campaña…',
  empty: 'Todavía no hay campañas.',
  emptyCanWrite: 'Todavía no hay campañas. Escriba una para un tema de suscripción; seguirá siendo un borrador hasta que la envíe.',
  notFound: 'No hay ninguna campaña con este identificador.',
  mayNotWrite: 'Su rol puede consultar las campañas, pero no redactarlas. Pídaselo a un administrador si lo necesita.',
  shown: (shown, more) =>
    `${shown === 1 ? 'Se muestra 1 campaña' : `Se muestran ${count(shown)} campañas`}${more ? '; se pueden cargar más' : ''}.`,

  nameColumn: 'Nombre',
  topicColumn: 'Tema',
  statusColumn: 'Estado',
  whenColumn: 'Cuándo',
  deliveredColumn: 'Entregados',
  notScheduled: 'Sin programar',
  noRecipientsYet: 'Todavía no se ha enviado nada',
  scheduledFor: (when) => `Programada para el ${when}`,
  startedAt: (when) => `Iniciada el ${when}`,
  finishedAt: (when) => `Terminada el ${when}`,
  cancelledAt: (when) => `Cancelada el ${when}`,
  sentFailedOf: (sent, failed, recipients) =>
    `${count(sent)} ${sent === 1 ? 'enviado' : 'enviados'}, ${count(failed)} ${failed === 1 ? 'fallido' : 'fallidos'}, de ${count(recipients)}`,
  statuses: {
    draft: 'Borrador',
    scheduled: 'Programada',
    sending: 'Enviándose',
    sent: 'Enviada',
    cancelled: 'Cancelada',
  },

  fromLabel: 'Remitente',
  languagesLabel: 'Idiomas',
  createdLabel: 'Creada',
  scheduledLabel: 'Programada para',
  startedLabel: 'Iniciada',
  finishedLabel: 'Terminada',
  topicWithPurpose: (topic, purpose) => `${topic} (finalidad: ${purpose})`,
  overrideLabel: 'Control de consentimiento anulado',
  overrideSummary: (added, reasons, at) =>
    `Para ${persons(added)} ${added === 1 ? 'bloqueada' : 'bloqueadas'} por estos motivos: ${reasons}. Anulado el ${at}.`,
  overrideWords: (reason) => `Motivo indicado: «${reason}»`,
  readOnlyDraft: 'Esto es un borrador. Su rol puede consultarlo; lo redacta y lo envía alguien de marketing o de administración.',

  contentSection: 'Contenido',
  nameLabel: 'Nombre',
  nameHint: 'Para usted y sus colegas; los destinatarios no lo ven.',
  topicLabel: 'Tema',
  topicOption: (topic, purpose) => `${topic} (finalidad: ${purpose})`,
  topicHint: (purpose) =>
    `Depende de la finalidad «${purpose}»: solo la reciben las personas suscritas a este tema con una base jurídica activa para «${purpose}».`,
  topicHintNone: 'La campaña va a las personas suscritas a este tema, y solo a las que tienen una base jurídica para su finalidad.',
  topicDeactivated: (topic) => `${topic} (desactivado)`,
  noTopics: 'No hay ningún tema activo al que escribir. Quien pueda gestionar finalidades puede añadir uno en Temas.',
  fromHint: 'Una dirección, o un nombre y una dirección: Northwind <news@northwind.example>.',
  defaultLocaleLabel: 'Idioma predeterminado',
  defaultLocaleHint: 'Las personas cuyo idioma no está entre los de la campaña reciben esta versión.',
  languagesLegend: 'Contenido por idioma',
  languageName: (name, tag) => `${name} (${tag})`,
  subjectLabel: 'Asunto',
  htmlLabel: 'Cuerpo HTML',
  htmlHint: 'Lo que muestran los programas de correo. Debe contener {{unsubscribe_url}} o {{manage_url}}.',
  textLabel: 'Cuerpo en texto sin formato',
  textHint: 'Para los programas de correo que no muestran HTML. También debe contener {{unsubscribe_url}} o {{manage_url}}.',
  removeLanguage: (language) => `Quitar el idioma: ${language}`,
  addLanguageLabel: 'Añadir un idioma',
  addLanguageHint: 'Una etiqueta de idioma como de o fr-CH.',
  addLanguage: 'Añadir idioma',
  languageTwice: 'La campaña ya está escrita en este idioma.',
  languageAdded: (language) => `Idioma añadido: ${language}.`,
  languageRemoved: (language) => `Idioma quitado: ${language}. Guarde para conservar el cambio.`,
  placeholdersTitle: 'Marcadores',
  placeholdersLead:
    'Escríbalos en el asunto o en un cuerpo; cada persona recibe su propio valor, y un valor que no haya facilitado queda vacío.',
  placeholders: {
    email: 'la dirección de correo electrónico de la persona',
    name: 'su nombre',
    company: 'su empresa',
    phone: 'su número de teléfono',
    manage_url: 'un enlace a su propia página de suscripciones',
    unsubscribe_url: 'un enlace que la da de baja de este tema con un clic',
  },
  customFieldPlaceholder: 'uno de sus campos personalizados, por su clave',
  wayOutRule:
    'Cada cuerpo, HTML y texto sin formato, debe contener {{unsubscribe_url}} o {{manage_url}}: una persona siempre debe poder darse de baja. Sin ello, el borrador no se guarda.',
  saveDraft: 'Guardar borrador',
  savingDraft: 'Guardando el borrador…',
  draftSaved: 'Borrador guardado.',
  draftCreated: (name) => `Borrador «${name}» guardado. Revise su vista previa y su audiencia más abajo y después envíelo.`,

  previewSection: 'Vista previa',
  previewLead: 'El borrador guardado, rellenado para una persona de ejemplo. Guarde los cambios para verlos aquí.',
  previewLeadSent: 'Lo que dice la campaña, rellenado para una persona de ejemplo.',
  loadingPreview: 'Cargando la vista previa…',
  previewLanguage: 'Idioma',
  previewSubject: 'Asunto',
  previewHtmlTitle: (language) => `Versión HTML, ${language}`,
  previewText: 'Versión en texto sin formato',
  testSection: 'Envío de prueba',
  testLead:
    'Envía el borrador guardado a una sola dirección, marcado con [Test] y rellenado para una persona de ejemplo. No se escribe a ninguna persona del tema.',
  testTo: 'Enviar a',
  testLanguage: 'Idioma',
  sendTest: 'Enviar prueba',
  sendingTest: 'Enviando la prueba…',
  testSent: (language, to) => `La prueba en ${language} va de camino a ${to}. Nadie más la recibe.`,

  audienceSection: 'Audiencia',
  loadingAudience: 'Contando la audiencia…',
  audienceLead: (total, topic, purpose) =>
    `La decisión actual del control de consentimiento para ${total === 1 ? 'la única persona' : `cada una de las ${count(total)} personas`} de «${topic}» (finalidad: ${purpose}). Cada persona se vuelve a comprobar justo antes de que salga su mensaje.`,
  eligibleHeadline: (eligible) =>
    eligible === 0
      ? 'En este momento nadie puede recibirla.'
      : eligible === 1
        ? 'Una persona puede recibirla.'
        : `${count(eligible)} personas pueden recibirla.`,
  reasonColumn: 'Motivo',
  personsColumn: 'Personas',
  meaningColumn: 'Qué significa',
  eligibleLabel: 'Permitidas',
  eligibleMeaning: (purpose) => `Una base jurídica activa para «${purpose}» y suscripción al tema.`,
  neverOverridden: 'nunca se puede anular',
  reasons: {
    anonymized: {
      label: 'Anonimizada',
      meaning: 'Los datos de la persona se suprimieron: no queda ninguna dirección a la que escribir.',
    },
    invalid_email: {
      label: 'Correo no válido',
      meaning: 'Los correos a su dirección se devolvieron de forma definitiva.',
    },
    objected: {
      label: 'Oposición (art. 21.3)',
      meaning: 'Se opuso a la mercadotecnia directa (art. 21.2 del RGPD). Según el art. 21.3, es definitivo.',
    },
    restricted: {
      label: 'Limitación',
      meaning: 'El tratamiento está limitado mientras haya abierta una solicitud suya (art. 18 del RGPD).',
    },
    opted_out_of_all: {
      label: 'Baja de todo',
      meaning: 'Se dio de baja de todos los correos comerciales.',
    },
    unsubscribed: {
      label: 'Dada de baja',
      meaning: 'Se dio de baja de este tema.',
    },
    withdrawn: {
      label: 'Consentimiento retirado',
      meaning: 'Retiró su consentimiento para la finalidad del tema.',
    },
    pending: {
      label: 'Doble confirmación pendiente',
      meaning: 'Se registró, pero todavía no ha confirmado el correo de doble confirmación.',
    },
    expired: {
      label: 'Caducada',
      meaning: 'Su base jurídica caducó: un consentimiento nunca confirmado, o uno que superó el plazo de conservación de la finalidad.',
    },
    no_legal_basis: {
      label: 'Sin base jurídica',
      meaning: 'Nunca se registró una base jurídica para la finalidad del tema.',
    },
  },
  neverWhy: {
    anonymized: 'Nunca: a una persona cuyos datos se suprimieron no le queda ninguna dirección.',
    invalid_email: 'Nunca: los correos a esa dirección se devolvieron de forma definitiva.',
    objected: 'Nunca: la oposición a la mercadotecnia directa es definitiva (art. 21.3 del RGPD).',
  },
  showPersons: 'Mostrar personas',
  showPersonsFor: (reason) => `Mostrar personas: ${reason}`,
  hidePersons: 'Ocultar personas',
  hidePersonsFor: (reason) => `Ocultar personas: ${reason}`,
  personsFor: (reason, n) => `${reason}: ${persons(n)}`,
  loadingPersons: 'Cargando personas…',
  nobodyHere: 'Ya no hay nadie: la audiencia ha cambiado desde que se contó.',
  personsShown: (shown, more) =>
    `${shown === 1 ? 'Se muestra 1 persona' : `Se muestran ${count(shown)} personas`}${more ? '; se pueden cargar más' : ''}.`,

  overrideSection: 'Anular el control de consentimiento',
  overrideWarning:
    'Bajo su propia responsabilidad. El control bloquea a estas personas porque no dieron una base jurídica válida para esta campaña o dijeron que no. Enviarles la campaña puede infringir el RGPD. Su nombre, su motivo y el número de personas se guardan con la campaña y en el registro de auditoría.',
  overrideReasonsLegend: 'Enviar también a las personas bloqueadas por',
  overrideReasonOption: (reason, n) => `${reason}: ${persons(n)}`,
  overrideReasonLabel: 'Su motivo',
  overrideReasonHint: 'Por qué pueden recibirla estas personas, en al menos 10 caracteres. Se conserva como prueba.',
  overrideAddsExactly: (n) => `Esto añade ${persons(n)}.`,
  overrideAddsUpTo: (n) => `Esto añade hasta ${persons(n)}: quien también esté bloqueado por un motivo que usted no eligió se queda fuera.`,
  overrideAddsNone: 'Si no elige ningún motivo, el control decide por sí solo.',

  sendSection: 'Enviar',
  sendLead: 'Una vez enviada o programada, la campaña ya no se puede cambiar; hasta que haya salido, se puede cancelar.',
  whenLegend: 'Cuándo',
  sendNowOption: 'Ahora',
  scheduleOption: 'En una fecha y hora',
  scheduleAtLabel: 'Fecha y hora',
  scheduleAtHint: (zone) => `Su hora local (${zone}).`,
  scheduleAtMissing: 'Elija la fecha y la hora de envío.',
  scheduleAtPast: 'Elija una hora futura o envíela ahora.',
  sendNow: 'Enviar ahora…',
  schedule: 'Programar…',
  sending: 'Enviando…',
  nobodyToSend: 'En este momento nadie puede recibir esta campaña, así que no hay nada que enviar.',
  sendQuestion: (name) => `¿Enviar «${name}» ahora?`,
  scheduleQuestion: (name, when) => `¿Programar «${name}» para el ${when}?`,
  sendEffect: (total, exact, topic, eligible, added) =>
    `Va dirigida a ${exact ? '' : 'un máximo de '}${persons(total)} del tema «${topic}»: ${count(eligible)} que el control de consentimiento deja pasar` +
    (added > 0
      ? `, y ${exact ? '' : 'un máximo de '}${count(added)} que bloquea y cuyo bloqueo usted anula bajo su propia responsabilidad`
      : '') +
    '. Cada persona se vuelve a comprobar justo antes de que salga su mensaje. Después, la campaña ya no se puede cambiar.',
  confirmSend: 'Enviar ahora',
  confirmSchedule: 'Programar',
  sendStarted: (name) => `«${name}» se está enviando.`,
  scheduled: (name, when) => `«${name}» está programada para el ${when}.`,

  progressSection: 'Progreso',
  resultSection: 'Resultado',
  waitingForStart: (when) => `Programada para el ${when}. Empezará entonces; hasta ese momento puede cancelarla.`,
  sendingSince: (when) => `Enviándose desde el ${when}. Esta página se actualiza sola.`,
  progressLabel: 'Mensajes procesados',
  notStarted: 'Todavía no ha salido ningún mensaje.',
  progressOf: (settled, recipients) => `${count(settled)} de ${count(recipients)} ${recipients === 1 ? 'procesado' : 'procesados'}`,
  recipientsTotal: 'Personas en cola',
  totalQueued: 'En espera',
  totalSent: 'Enviados',
  totalFailed: 'Fallidos',
  totalSkipped: 'Omitidos',
  skippedHint: 'Bloqueados cuando les llegó el turno: entretanto se dieron de baja o retiraron su consentimiento.',
  refreshFailed: 'No se ha podido actualizar el progreso ahora mismo; se volverá a intentar.',
  cancelMailing: 'Cancelar campaña',
  cancelQuestion: (name) => `¿Cancelar «${name}»?`,
  cancelEffect:
    'Los mensajes que aún no se han enviado se descartan; los ya enviados siguen enviados. Una campaña cancelada no se puede reanudar.',
  keepMailing: 'Mantenerla',
  cancelled: (name) => `«${name}» se ha cancelado.`,
  finishedSent: (name) => `«${name}» se ha enviado.`,

  recipientsSection: 'Destinatarios',
  loadingRecipients: 'Cargando destinatarios…',
  noRecipients: 'No se puso a nadie en cola para esta campaña.',
  noRecipientsWithStatus: 'Ningún destinatario tiene este estado.',
  recipientFilter: 'Mostrar',
  allStatuses: 'Todos',
  personColumn: 'Destinatario',
  sentAtColumn: 'Enviado',
  detailsColumn: 'Detalles',
  recipientStatuses: {
    queued: 'En espera',
    sent: 'Enviado',
    failed: 'Fallido',
    skipped: 'Omitido',
  },
  overriddenFor: (reason) => `Enviado gracias a la anulación: ${reason}`,
  recipientsShown: (shown, more) =>
    `${shown === 1 ? 'Se muestra 1 destinatario' : `Se muestran ${count(shown)} destinatarios`}${more ? '; se pueden cargar más' : ''}.`,
};
