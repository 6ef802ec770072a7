// English, the default: bundled with the elements. Every other catalog is typed against this one,
// so a missing or extra key fails the build.
const en = {
  subscriptionsHeading: 'Your email subscriptions',
  subscriptionsIntro: (email: string) => `Choose what we send to ${email}. Nothing changes until you save.`,
  loadingPreferences: 'Loading your preferences…',
  topicsLegend: 'Topics',
  optOutOfAll: 'Unsubscribe from everything',
  optOutOfAllHint: 'While this is on, we send you no marketing email at all, whatever the topics above say.',
  consentsLegend: 'Your consents',
  consentsHint: 'Switch on to give your consent, off to withdraw it. You can change your mind at any time.',
  save: 'Save',
  saving: 'Saving…',
  nothingToSave: 'Nothing has changed yet: switch something on or off first.',
  saved: (changes: string) => `Saved: ${changes}.`,
  undo: 'Undo',
  restored: (changes: string) => `Undone: ${changes}.`,
  subscribedTo: (topic: string) => `subscribed to ${topic}`,
  unsubscribedFrom: (topic: string) => `unsubscribed from ${topic}`,
  optedOutOfAll: 'unsubscribed from everything',
  optedBackIn: 'email from us is welcome again',
  consentGiven: (purpose: string) => `consent given for ${purpose}`,
  consentWithdrawn: (purpose: string) => `consent withdrawn for ${purpose}`,
  loadFailed: 'Your preferences could not be loaded. Check your connection and try again.',
  saveFailed: 'Your changes could not be saved. They are still here, so you can try again.',
  retry: 'Try again',
  newLinkHeading: 'Get a new link',
  badToken: 'This link is invalid or has expired. Enter your email address and we will send you a new one.',
  emailLabel: 'Email address',
  emailInvalid: 'Enter a valid email address, such as name@example.com.',
  requestLink: 'Email me a new link',
  requestingLink: 'Sending…',
  linkRequested: 'If this address is known, a new link is on its way. It can take a few minutes to arrive.',
  linkRateLimited: 'You have asked for several links in a short time. Please try again later.',
  linkRequestFailed: 'Your request could not be sent. Check your connection and try again.',
};

/** Every visible string of the elements; functions take the parts only known at run time. */
export type Messages = typeof en;

export default en;
