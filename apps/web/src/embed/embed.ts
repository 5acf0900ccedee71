// Entry of dist/embed.js (vite.embed.config.ts): the optional script in the embed snippet.
import { installFrameResizer } from './frame-resizer';

installFrameResizer(window);
