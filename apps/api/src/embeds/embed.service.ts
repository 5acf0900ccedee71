/**
 * Publishing saved charts as embeds, the register, and revoking, pausing and
 * resuming them. The token is made here, returned once and stored only as its hash.
 */
import { parseTrendParams, todayIso } from '@complaints/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { forbidden } from '../auth/auth-checker';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { chartPermissions, mayManageEmbed, type Viewer } from '../saved-charts/saved-chart-permissions';
import { numericId, SavedChartService } from '../saved-charts/saved-chart.service';
import type { TrendInput } from '../trends/trend.inputs';
import { runTrend } from '../trends/trend.service';
import { embedSizeProblem, publishedQuestion } from './embed-question';
import { embedSettings } from './embed-settings';
import { embedSnippet, embedUrl } from './embed-snippet';
import { hashEmbedToken, newEmbedToken } from './embed-token';
import { Embed } from './embed.entity';
import type { EmbedStoredStatus } from './embed.enums';
import type { CreateEmbedInput } from './embed.types';

export const EMBED_NOTE_LIMIT = 500;

export interface Created {
  embed: Embed;
  url: string;
  snippet: string;
  token: string;
}

const WITH_PEOPLE = { chart: true, createdBy: true, revokedBy: true } as const;

export class EmbedService {
  constructor(private readonly dataSource: DataSource) {}

  async create(chartId: string, input: CreateEmbedInput, viewer: Viewer, now = new Date()): Promise<Created> {
    const settings = embedSettings(this.dataSource);
    const chart = await new SavedChartService(this.dataSource).find(chartId);
    if (!chart) throw notFound('saved chart', chartId);
    if (!chartPermissions(viewer, chart).publish) throw forbidden('publish charts');

    const problems: FieldProblem[] = [];
    const question = parseTrendParams(chart.params);
    if (question.problems.length) {
      problems.push({ field: 'chartId', message: `the chart's question no longer reads (${question.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}): save it again` });
    } else {
      const today = todayIso(now);
      const published = publishedQuestion(question.input, today);
      if (!published.ok) problems.push({ field: 'chartId', message: published.problem });
      else {
        // Run once, as the publisher, to refuse a chart too large to draw for readers (the routes check it again).
        const catalog = await cachedReferenceCatalog(this.dataSource);
        const result = await admitAggregate(this.dataSource, viewer, (run) => runTrend(run, catalog, published.input as TrendInput, today));
        const tooLarge = embedSizeProblem(result);
        if (tooLarge) problems.push({ field: 'chartId', message: tooLarge });
      }
    }
    if (input.expiresAt && !(input.expiresAt.getTime() > now.getTime())) problems.push({ field: 'expiresAt', message: 'must be in the future' });
    const note = input.note?.trim() || null;
    if (note && note.length > EMBED_NOTE_LIMIT) problems.push({ field: 'note', message: `is ${note.length} characters; at most ${EMBED_NOTE_LIMIT}` });
    if (problems.length) throw badUserInput('embed', problems);

    const token = newEmbedToken();
    const saved = await inTransaction(this.dataSource, (manager) =>
      manager.save(
        manager.create(Embed, {
          savedChartId: chart.id,
          tokenHash: hashEmbedToken(token),
          disclosureRule: input.disclosureRule ?? settings.disclosureRule,
          note,
          expiresAt: input.expiresAt ?? null,
          status: 'ACTIVE',
          createdById: viewer.id,
          viewCount: 0,
        }),
      ),
    );
    const embed = await this.dataSource.getRepository(Embed).findOneOrFail({ where: { id: saved.id }, relations: WITH_PEOPLE });
    return { embed, url: embedUrl(settings.publicUrl, token), snippet: embedSnippet(settings.publicUrl, token, chart.name), token };
  }

  /** Administrators: every embed. Others: those they made or that publish a chart they own. Newest first. */
  register(viewer: Viewer): Promise<Embed[]> {
    const query = this.dataSource
      .getRepository(Embed)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.chart', 'chart')
      .innerJoinAndSelect('e.createdBy', 'createdBy')
      .leftJoinAndSelect('e.revokedBy', 'revokedBy')
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (viewer.role !== 'ADMIN') query.where('(e.createdById = :me OR chart.ownerId = :me)', { me: viewer.id });
    return query.getMany();
  }

  revoke(id: string, viewer: Viewer, now = new Date()): Promise<Embed> {
    return this.change(id, viewer, async (manager, embed) => {
      if (embed.status === 'REVOKED') return;
      await manager.update(Embed, { id: embed.id, status: embed.status }, { status: 'REVOKED', revokedAt: now, revokedById: viewer.id });
    });
  }

  pause(id: string, viewer: Viewer): Promise<Embed> {
    return this.move(id, viewer, 'ACTIVE', 'PAUSED');
  }

  resume(id: string, viewer: Viewer): Promise<Embed> {
    return this.move(id, viewer, 'PAUSED', 'ACTIVE');
  }

  /** from → to; already at `to` is no change; a revoked embed stays revoked. */
  private move(id: string, viewer: Viewer, from: EmbedStoredStatus, to: EmbedStoredStatus): Promise<Embed> {
    return this.change(id, viewer, async (manager, embed) => {
      if (embed.status === 'REVOKED') throw badUserInput('embed', [{ field: 'id', message: 'is revoked, for good: publish the chart again instead' }]);
      if (embed.status === to) return;
      // Conditional on the status read: a revoke at the same moment wins rather than being undone.
      const result = await manager.update(Embed, { id: embed.id, status: from }, { status: to });
      if (!result.affected) throw badUserInput('embed', [{ field: 'id', message: 'changed while you were changing it; look again' }]);
    });
  }

  private async change(id: string, viewer: Viewer, work: (manager: EntityManager, embed: Embed) => Promise<void>): Promise<Embed> {
    const n = numericId(id);
    const embedId = await inTransaction(this.dataSource, async (manager) => {
      const embed = n === null ? null : await manager.findOne(Embed, { where: { id: n }, relations: { chart: true } });
      if (!embed) throw notFound('embed', id);
      if (!mayManageEmbed(viewer, embed, embed.chart!)) throw forbidden('change an embed of a chart you neither own nor published');
      await work(manager, embed);
      return embed.id;
    });
    return this.dataSource.getRepository(Embed).findOneOrFail({ where: { id: embedId }, relations: WITH_PEOPLE });
  }
}
