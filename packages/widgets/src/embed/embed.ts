// The script-tag entry: <script type="module" src="https://<basis>/embed.js">. It stays tiny; each
// element's code loads only when the page uses its tag.
import { setDefaultApi } from '../base/api-root.js';
import { defineWhenUsed } from './lazy-define.js';
import { visitorElements } from './visitor-elements.js';

// The elements talk to the Basis server this script was served from.
const scriptUrl = import.meta.url;
setDefaultApi(new URL('/', scriptUrl).href);

defineWhenUsed(visitorElements);
