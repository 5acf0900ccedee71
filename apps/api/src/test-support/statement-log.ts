import type { DataSource } from 'typeorm';

/**
 * The SQL the data source sends while `work` runs, in order, read from its query log (TypeORM logs every
 * statement of every query runner there, transactions' BEGIN/START and COMMIT included).
 */
export async function loggedStatements(dataSource: DataSource, work: () => Promise<unknown>): Promise<string[]> {
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  const seen: string[] = [];
  logger.logQuery = (query, ...rest) => {
    seen.push(query);
    return logQuery(query, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = logQuery;
  }
  return seen;
}
