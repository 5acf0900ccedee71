/** Whether an embed shows its chart at a given moment: the one rule for the register and for every embed request. Pure. */
import type { EmbedState, EmbedStoredStatus } from './embed.enums';

export function embedState(embed: { status: EmbedStoredStatus; expiresAt: Date | null }, now: Date): EmbedState {
  if (embed.status === 'REVOKED') return 'REVOKED';
  // Expiry is for good (resuming does not undo it), so it outranks a pause.
  if (embed.expiresAt && embed.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return embed.status;
}
