/** npm run seed: loads the demo dataset into the configured database (idempotent). */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { ContactBatchError } from '../contacts/contact.service';
import { openDatabase } from '../db/data-source';
import { ensureReferenceData } from '../reference/ensure-reference-data';
import { generateDemoDataset } from './generate-demo-dataset';
import { loadDemoDataset } from './load-demo-dataset';

async function main() {
  const config = loadConfig();
  if (config.env === 'production') {
    console.error('Refusing to load demo data with NODE_ENV=production.');
    process.exit(1);
  }
  const dataSource = await openDatabase(config.database);
  try {
    await ensureReferenceData(dataSource);
    const summary = await loadDemoDataset(dataSource, generateDemoDataset());
    console.log(
      `Demo data loaded: ${summary.contacts} contacts, ${summary.informationRequests} information requests, ` +
        `${summary.serviceActivity} service-activity years, ${summary.learningActions} learning actions added ` +
        '(records already present were left as they were).',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof ContactBatchError) {
    console.error(error.message);
    for (const p of error.problems.slice(0, 20)) console.error(`  contact #${p.index + 1}: ${p.field}: ${p.message}`);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
