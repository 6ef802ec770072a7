// Debian's Chromium, launched the same way by the browser tests and the end-to-end tests.
// Nothing downloads a browser of its own; without the background-networking flags Chromium
// keeps trying to reach the internet, which this machine's network refuses.

export const CHROMIUM = '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
