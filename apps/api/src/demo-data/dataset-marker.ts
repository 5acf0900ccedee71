/** Whether this database holds the bundled demo dataset (the printed 2009/10 report's council). */
import type { DataSource, EntityManager } from 'typeorm';
import { DatasetMarker } from './dataset-marker.entity';

export const DEMO_DATASET_MARKER = 'DEMO_CHILDRENS_SERVICES_2009_10';

/** Written by the demo loader in its transaction (idempotent). */
export async function markDemoDataset(manager: EntityManager): Promise<void> {
  if (!(await manager.exists(DatasetMarker, { where: { name: DEMO_DATASET_MARKER } }))) {
    await manager.insert(DatasetMarker, { name: DEMO_DATASET_MARKER });
  }
}

export function holdsDemoDataset(dataSource: DataSource): Promise<boolean> {
  return dataSource.getRepository(DatasetMarker).exists({ where: { name: DEMO_DATASET_MARKER } });
}
