/**
 * The token check every embed request makes before anything else: a malformed
 * or unknown token is 404, a revoked, paused or expired one 410; only an
 * active embed yields its chart. The lookup is by the token's hash (one
 * indexed query, chart included), so the token itself is never compared or stored.
 */
import type { DataSource } from 'typeorm';
import type { SavedChart } from '../saved-charts/saved-chart.entity';
import { embedState } from './embed-state';
import { hashEmbedToken, isWellFormedEmbedToken } from './embed-token';
import { Embed } from './embed.entity';

export type EmbedLookup = { ok: true; embed: Embed; chart: SavedChart } | { ok: false; status: 404 | 410 };

export async function lookUpEmbed(dataSource: DataSource, token: string, now = new Date()): Promise<EmbedLookup> {
  if (!isWellFormedEmbedToken(token)) return { ok: false, status: 404 };
  const embed = await dataSource.getRepository(Embed).findOne({ where: { tokenHash: hashEmbedToken(token) }, relations: { chart: true } });
  if (!embed || !embed.chart) return { ok: false, status: 404 };
  if (embedState(embed, now) !== 'ACTIVE') return { ok: false, status: 410 };
  return { ok: true, embed, chart: embed.chart };
}
