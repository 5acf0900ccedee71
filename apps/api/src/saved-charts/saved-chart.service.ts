/** Saving, listing, opening, changing and deleting saved charts; every write in one transaction, validated first. */
import { todayIso } from '@complaints/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../auth/auth-checker';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { cachedReferenceCatalog } from '../reference/reference-catalog';
import { chartPermissions, type Viewer } from './saved-chart-permissions';
import { canonicalTrendParams, requiredText, SAVED_CHART_LIMITS } from './saved-chart-validation';
import { SavedChart } from './saved-chart.entity';
import { DataDownload } from './saved-chart.enums';
import type { SaveChartInput, UpdateSavedChartInput } from './saved-chart.inputs';

/** An id as the API receives it (GraphQL ID), or null when it cannot be one. */
export function numericId(id: string | number): number | null {
  const n = typeof id === 'number' ? id : /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

export class SavedChartService {
  constructor(private readonly dataSource: DataSource) {}

  /** The viewer's own charts, most recently changed first. */
  list(viewer: Viewer): Promise<SavedChart[]> {
    return this.dataSource.getRepository(SavedChart).find({
      where: { ownerId: viewer.id },
      relations: { owner: true },
      order: { updatedAt: 'DESC', id: 'DESC' },
    });
  }

  /** Any chart by id (staff share charts by link), or null. */
  find(id: string | number, manager: EntityManager = this.dataSource.manager): Promise<SavedChart | null> {
    const n = numericId(id);
    return n === null ? Promise.resolve(null) : manager.findOne(SavedChart, { where: { id: n }, relations: { owner: true } });
  }

  async save(input: SaveChartInput, viewer: Viewer): Promise<SavedChart> {
    const fields = await this.checked(input);
    const saved = await inTransaction(this.dataSource, (manager) =>
      manager.save(manager.create(SavedChart, { ...fields, chartType: input.chartType, dataDownload: input.dataDownload ?? DataDownload.STAFF, ownerId: viewer.id })),
    );
    return (await this.find(saved.id))!;
  }

  async update(id: string, input: UpdateSavedChartInput, viewer: Viewer): Promise<SavedChart> {
    const fields = await this.checked(input);
    const updated = await inTransaction(this.dataSource, async (manager) => {
      const chart = await this.existing(manager, id);
      if (!chartPermissions(viewer, chart).edit) throw forbidden('change a chart someone else owns');
      const changes: Partial<SavedChart> = { ...fields };
      if (input.chartType) changes.chartType = input.chartType;
      if (input.dataDownload) changes.dataDownload = input.dataDownload;
      // save() bumps version and updatedAt, which embeds' cached figures and ETags key on.
      await manager.save(manager.merge(SavedChart, chart, changes));
      return chart.id;
    });
    return (await this.find(updated))!;
  }

  async delete(id: string, viewer: Viewer): Promise<string> {
    return inTransaction(this.dataSource, async (manager) => {
      const chart = await this.existing(manager, id);
      if (!chartPermissions(viewer, chart).delete) throw forbidden('delete a chart someone else owns');
      // Its embeds go with it (ON DELETE CASCADE): their tokens then find nothing.
      await manager.delete(SavedChart, { id: chart.id });
      return String(chart.id);
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<SavedChart> {
    const chart = await this.find(id, manager);
    if (!chart) throw notFound('saved chart', id);
    return chart;
  }

  /** The text fields given, trimmed and with params canonical; BAD_USER_INPUT naming every field at fault. */
  private async checked(input: { name?: string | null; description?: string | null; params?: string | null }): Promise<Partial<Pick<SavedChart, 'name' | 'description' | 'params'>>> {
    const problems: FieldProblem[] = [];
    const fields: Partial<Pick<SavedChart, 'name' | 'description' | 'params'>> = {};
    const name = requiredText('name', input.name, SAVED_CHART_LIMITS.name, problems);
    if (name !== undefined) fields.name = name;
    const description = requiredText('description', input.description, SAVED_CHART_LIMITS.description, problems);
    if (description !== undefined) fields.description = description;
    if (input.params !== undefined && input.params !== null) {
      const canonical = canonicalTrendParams(input.params, await cachedReferenceCatalog(this.dataSource), todayIso(), problems);
      if (canonical) fields.params = canonical.params;
    }
    if (problems.length) throw badUserInput('saved chart', problems);
    return fields;
  }
}
