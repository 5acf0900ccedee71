import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One data version per kind of data (issue 11, item 3): the existing 'contacts'
 * row now counts contacts alone, and information requests, learning actions and
 * reference data get a row each, so that caches of figures are invalidated only
 * by writes to what they read (see data-versions/data-kinds.ts).
 */
export class AddDataVersionKinds1795714000000 implements MigrationInterface {
  name = 'AddDataVersionKinds1795714000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO \"data_version\" (\"name\", \"version\", \"updatedAt\") VALUES ('information_requests', 1, datetime('now')), ('learning_actions', 1, datetime('now')), ('reference_data', 1, datetime('now'))",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"data_version\" WHERE \"name\" IN ('information_requests', 'learning_actions', 'reference_data')");
  }
}
