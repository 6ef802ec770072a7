// The console's English for mailings: the list, composing, preview and test, the audience, the
// override, sending and progress. Hooked into the catalog as `mailings`.

const count = (n: number) => n.toLocaleString('en');
const persons = (n: number) => (n === 1 ? 'one person' : `${count(n)} persons`);

export const mailingsEn = {
  navHeading: 'Marketing',
  title: 'Mailings',
  lead: 'Messages to the persons of one subscription topic. Only those with a valid legal basis for the topic’s purpose receive them.',
  newMailing: 'New mailing',
  loading: 'Loading mailings…',
  loadingMailing: 'Loading the mailing…',
  empty: 'No mailings yet.',
  emptyCanWrite: 'No mailings yet. Write one to a subscription topic; it stays a draft until you send it.',
  notFound: 'There is no mailing with this id.',
  mayNotWrite: 'Your role may read mailings but not write them. Ask an administrator if you need to.',
  shown: (shown: number, more: boolean) => `${count(shown)} mailings shown${more ? ', more can be loaded' : ''}.`,

  // Columns and facts
  nameColumn: 'Name',
  topicColumn: 'Topic',
  statusColumn: 'Status',
  whenColumn: 'When',
  deliveredColumn: 'Delivered',
  notScheduled: 'Not scheduled',
  noRecipientsYet: 'Nothing sent yet',
  scheduledFor: (when: string) => `Scheduled for ${when}`,
  startedAt: (when: string) => `Started ${when}`,
  finishedAt: (when: string) => `Finished ${when}`,
  cancelledAt: (when: string) => `Cancelled ${when}`,
  sentFailedOf: (sent: number, failed: number, recipients: number) =>
    `${count(sent)} sent, ${count(failed)} failed of ${count(recipients)}`,
  statuses: {
    draft: 'Draft',
    scheduled: 'Scheduled',
    sending: 'Sending',
    sent: 'Sent',
    cancelled: 'Cancelled',
  },

  // One mailing, read-only
  fromLabel: 'From',
  languagesLabel: 'Languages',
  createdLabel: 'Created',
  scheduledLabel: 'Scheduled for',
  startedLabel: 'Started',
  finishedLabel: 'Finished',
  topicWithPurpose: (topic: string, purpose: string) => `${topic} (purpose: ${purpose})`,
  overrideLabel: 'Consent gate overridden',
  overrideSummary: (added: number, reasons: string, at: string) =>
    `For ${persons(added)} blocked because of: ${reasons}. Overridden on ${at}.`,
  overrideWords: (reason: string) => `Reason given: “${reason}”`,
  readOnlyDraft: 'This is a draft. Your role may read it; a marketer or an administrator writes and sends it.',

  // Compose
  contentSection: 'Content',
  nameLabel: 'Name',
  nameHint: 'For you and your colleagues; recipients do not see it.',
  topicLabel: 'Topic',
  topicOption: (topic: string, purpose: string) => `${topic} (purpose: ${purpose})`,
  topicHint: (purpose: string) =>
    `Governed by the purpose “${purpose}”: only persons subscribed to this topic with an active legal basis for “${purpose}” receive it.`,
  topicHintNone: 'The mailing goes to the persons subscribed to this topic, and only to those with a legal basis for its purpose.',
  topicDeactivated: (topic: string) => `${topic} (deactivated)`,
  noTopics: 'There is no active topic to write to. Someone who may manage purposes adds one under Topics.',
  fromHint: 'An address, or a name and an address: Northwind <news@northwind.example>.',
  defaultLocaleLabel: 'Default language',
  defaultLocaleHint: 'Persons whose language the mailing is not written in get this version.',
  languagesLegend: 'Content per language',
  languageName: (name: string, tag: string) => `${name} (${tag})`,
  subjectLabel: 'Subject',
  htmlLabel: 'HTML body',
  htmlHint: 'What mail programs show. Must contain {{unsubscribe_url}} or {{manage_url}}.',
  textLabel: 'Plain-text body',
  textHint: 'For mail programs that show no HTML. Must contain {{unsubscribe_url}} or {{manage_url}} too.',
  removeLanguage: (language: string) => `Remove ${language}`,
  addLanguageLabel: 'Add a language',
  addLanguageHint: 'A language tag such as de or fr-CH.',
  addLanguage: 'Add language',
  languageTwice: 'The mailing is already written in this language.',
  languageAdded: (language: string) => `${language} added.`,
  languageRemoved: (language: string) => `${language} removed. Save to keep the change.`,
  placeholdersTitle: 'Placeholders',
  placeholdersLead:
    'Write these in the subject or a body; each person gets their own value, and a value they have not given comes out empty.',
  placeholders: {
    email: 'the person’s email address',
    name: 'their name',
    company: 'their company',
    phone: 'their phone number',
    manage_url: 'a link to their own subscription page',
    unsubscribe_url: 'a link that unsubscribes them from this topic in one click',
  },
  customFieldPlaceholder: 'one of their custom fields, by its key',
  wayOutRule:
    'Every body, HTML and plain text, must contain {{unsubscribe_url}} or {{manage_url}}: a person must always be able to leave. Without it the draft is not saved.',
  saveDraft: 'Save draft',
  savingDraft: 'Saving the draft…',
  draftSaved: 'Draft saved.',
  draftCreated: (name: string) => `Draft “${name}” saved. Check its preview and its audience below, then send it.`,

  // Preview and test
  previewSection: 'Preview',
  previewLead: 'The saved draft, filled in for a sample person. Save changes to see them here.',
  previewLeadSent: 'What the mailing says, filled in for a sample person.',
  loadingPreview: 'Loading the preview…',
  previewLanguage: 'Language',
  previewSubject: 'Subject',
  previewHtmlTitle: (language: string) => `HTML version, ${language}`,
  previewText: 'Plain-text version',
  testSection: 'Test send',
  testLead: 'Sends the saved draft to one address, marked [Test] and filled in for a sample person. No person of the topic is mailed.',
  testTo: 'Send to',
  testLanguage: 'Language',
  sendTest: 'Send test',
  sendingTest: 'Sending the test…',
  testSent: (language: string, to: string) => `The ${language} test is on its way to ${to}. Nobody else receives it.`,

  // Audience
  audienceSection: 'Audience',
  loadingAudience: 'Counting the audience…',
  audienceLead: (total: number, topic: string, purpose: string) =>
    `The consent gate’s decision for each of the ${persons(total)} of “${topic}” (purpose: ${purpose}), as of now. Each person is checked again just before their message goes out.`,
  eligibleHeadline: (eligible: number) =>
    eligible === 0
      ? 'Nobody may receive it at the moment.'
      : eligible === 1
        ? 'One person may receive it.'
        : `${count(eligible)} persons may receive it.`,
  reasonColumn: 'Reason',
  personsColumn: 'Persons',
  meaningColumn: 'What it means',
  eligibleLabel: 'Let through',
  eligibleMeaning: (purpose: string) => `An active legal basis for “${purpose}” and subscribed to the topic.`,
  neverOverridden: 'never overridden',
  reasons: {
    anonymized: {
      label: 'Anonymized',
      meaning: 'The person was erased: no address is left to write to.',
    },
    invalid_email: {
      label: 'Invalid email',
      meaning: 'Mail to their address bounced for good.',
    },
    objected: {
      label: 'Objected (Art. 21(3))',
      meaning: 'They objected to direct marketing (GDPR Art. 21(2)). Under Art. 21(3) that is final.',
    },
    restricted: {
      label: 'Restricted',
      meaning: 'Processing is restricted while a request of theirs is open (GDPR Art. 18).',
    },
    opted_out_of_all: {
      label: 'Opted out of all',
      meaning: 'They unsubscribed from all marketing email.',
    },
    unsubscribed: {
      label: 'Unsubscribed',
      meaning: 'They unsubscribed from this topic.',
    },
    withdrawn: {
      label: 'Withdrawn',
      meaning: 'They withdrew their consent for the topic’s purpose.',
    },
    pending: {
      label: 'Pending double opt-in',
      meaning: 'They signed up but have not yet confirmed the double opt-in email.',
    },
    expired: {
      label: 'Expired',
      meaning: 'Their legal basis lapsed: a consent never confirmed, or one past the purpose’s retention period.',
    },
    no_legal_basis: {
      label: 'No legal basis',
      meaning: 'No legal basis was ever recorded for the topic’s purpose.',
    },
  },
  neverWhy: {
    anonymized: 'Never: an erased person has no address left.',
    invalid_email: 'Never: mail to the address bounced for good.',
    objected: 'Never: an objection to direct marketing is final (GDPR Art. 21(3)).',
  },
  showPersons: 'Show persons',
  showPersonsFor: (reason: string) => `Show persons: ${reason}`,
  hidePersons: 'Hide persons',
  hidePersonsFor: (reason: string) => `Hide persons: ${reason}`,
  personsFor: (reason: string, n: number) => `${reason}: ${persons(n)}`,
  loadingPersons: 'Loading persons…',
  nobodyHere: 'Nobody any more: the audience changed since it was counted.',
  personsShown: (shown: number, more: boolean) => `${count(shown)} persons shown${more ? ', more can be loaded' : ''}.`,

  // Override
  overrideSection: 'Override the consent gate',
  overrideWarning:
    'At your own risk. The gate blocks these persons because they gave no valid legal basis for this mailing, or said no. Sending to them may breach the GDPR. Your name, your reason and the number of persons are kept with the mailing and in the audit log.',
  overrideReasonsLegend: 'Also send to persons blocked because of',
  overrideReasonOption: (reason: string, n: number) => `${reason}: ${persons(n)}`,
  overrideReasonLabel: 'Your reason',
  overrideReasonHint: 'Why these persons may receive it, in at least 10 characters. It is kept as evidence.',
  overrideAddsExactly: (n: number) => `This adds ${persons(n)}.`,
  overrideAddsUpTo: (n: number) => `This adds up to ${persons(n)}: someone also blocked for a reason you did not choose stays out.`,
  overrideAddsNone: 'Choose no reason, and the gate decides alone.',

  // Sending
  sendSection: 'Send',
  sendLead: 'Once sent or scheduled, the mailing can no longer be changed; until it has gone out, it can be cancelled.',
  whenLegend: 'When',
  sendNowOption: 'Now',
  scheduleOption: 'At a date and time',
  scheduleAtLabel: 'Date and time',
  scheduleAtHint: (zone: string) => `Your time (${zone}).`,
  scheduleAtMissing: 'Choose the date and time to send it.',
  scheduleAtPast: 'Choose a time in the future, or send it now.',
  sendNow: 'Send now…',
  schedule: 'Schedule…',
  sending: 'Sending…',
  nobodyToSend: 'Nobody may receive this mailing at the moment, so there is nothing to send.',
  sendQuestion: (name: string) => `Send “${name}” now?`,
  scheduleQuestion: (name: string, when: string) => `Schedule “${name}” for ${when}?`,
  sendEffect: (total: number, exact: boolean, topic: string, eligible: number, added: number) =>
    `It goes to ${exact ? '' : 'up to '}${persons(total)} of the topic “${topic}”: ${count(eligible)} the consent gate lets through` +
    (added > 0 ? `, and ${exact ? '' : 'up to '}${count(added)} it blocks, which you override at your own risk` : '') +
    '. Each person is checked again just before their message goes out. The mailing can no longer be changed afterwards.',
  confirmSend: 'Send now',
  confirmSchedule: 'Schedule',
  sendStarted: (name: string) => `“${name}” is being sent.`,
  scheduled: (name: string, when: string) => `“${name}” is scheduled for ${when}.`,

  // Progress
  progressSection: 'Progress',
  resultSection: 'Result',
  waitingForStart: (when: string) => `Scheduled for ${when}. It starts then; until then you can cancel it.`,
  sendingSince: (when: string) => `Sending since ${when}. This page refreshes by itself.`,
  progressLabel: 'Messages settled',
  notStarted: 'No message has gone out yet.',
  progressOf: (settled: number, recipients: number) => `${count(settled)} of ${count(recipients)} settled`,
  recipientsTotal: 'Persons queued',
  totalQueued: 'Waiting',
  totalSent: 'Sent',
  totalFailed: 'Failed',
  totalSkipped: 'Skipped',
  skippedHint: 'Blocked when their turn came: they unsubscribed or withdrew in the meantime.',
  refreshFailed: 'The progress could not be refreshed just now; trying again.',
  cancelMailing: 'Cancel mailing',
  cancelQuestion: (name: string) => `Cancel “${name}”?`,
  cancelEffect: 'Messages not yet sent are dropped; those already sent stay sent. A cancelled mailing cannot be restarted.',
  keepMailing: 'Keep it',
  cancelled: (name: string) => `“${name}” is cancelled.`,
  finishedSent: (name: string) => `“${name}” has been sent.`,

  // Recipients
  recipientsSection: 'Recipients',
  loadingRecipients: 'Loading recipients…',
  noRecipients: 'Nobody was queued for this mailing.',
  noRecipientsWithStatus: 'No recipient has this status.',
  recipientFilter: 'Show',
  allStatuses: 'All',
  personColumn: 'Recipient',
  sentAtColumn: 'Sent',
  detailsColumn: 'Details',
  recipientStatuses: {
    queued: 'Waiting',
    sent: 'Sent',
    failed: 'Failed',
    skipped: 'Skipped',
  },
  overriddenFor: (reason: string) => `Sent under the override: ${reason}`,
  recipientsShown: (shown: number, more: boolean) => `${count(shown)} recipients shown${more ? ', more can be loaded' : ''}.`,
};
