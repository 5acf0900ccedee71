/** How an embed's use is written in the register. */
import { formatShortDateTime } from '../actions/action-format';
import type { EmbedRecord } from './useEmbedsQuery';

export { formatShortDateTime };

export function lastUsed(embed: Pick<EmbedRecord, 'lastUsedAt'>): string {
  return embed.lastUsedAt ? formatShortDateTime(embed.lastUsedAt) : 'Not used yet';
}

export function views(embed: Pick<EmbedRecord, 'viewCount'>): string {
  return embed.viewCount === 1 ? '1 view' : `${embed.viewCount.toLocaleString('en-GB')} views`;
}
