/**
 * Everything a database needs before the API serves from it: migrations, the
 * standard reference data, and (outside production, on an empty database) the
 * demo dataset.
 */
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config';
import { Contact } from '../contacts/contact.entity';
import { generateDemoDataset } from '../demo-data/generate-demo-dataset';
import { loadDemoDataset, type LoadSummary } from '../demo-data/load-demo-dataset';
import { ensureReferenceData } from '../reference/ensure-reference-data';
import { openDatabase } from './data-source';

export async function prepareDatabase(
  config: Pick<AppConfig, 'database' | 'seedDemoData'>,
): Promise<{ dataSource: DataSource; seeded: LoadSummary | null }> {
  const dataSource = await openDatabase(config.database);
  await ensureReferenceData(dataSource);
  let seeded: LoadSummary | null = null;
  if (config.seedDemoData && (await dataSource.getRepository(Contact).count()) === 0) {
    seeded = await loadDemoDataset(dataSource, generateDemoDataset());
  }
  return { dataSource, seeded };
}
