import type { ConsoleMessages } from './en.js';
import en from './en.js';

// Placeholder until the German catalog is written.
const de: ConsoleMessages = { ...en };

export default de;
