// Entry of dist/embed-page.js (vite.embed.config.ts): loaded by the embed page, /embed/<token>, inside the iframe.
import { startSizeReporter } from './size-reporter';
import { installTableToggles } from './table-toggle';

installTableToggles(document);
// Only inside a frame: opened on its own, there is nobody to tell.
if (window.parent !== window) startSizeReporter(window);
