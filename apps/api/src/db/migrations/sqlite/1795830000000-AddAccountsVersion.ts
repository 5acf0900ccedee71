import { MigrationInterface, QueryRunner } from 'typeorm';

/** The accounts version's rows: see the MySQL migration of the same name. */
export class AddAccountsVersion1795830000000 implements MigrationInterface {
  name = 'AddAccountsVersion1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO \"data_version\" (\"name\", \"version\", \"updatedAt\") VALUES ('accounts', 1, datetime('now')), " +
        [1, 2, 3, 4, 5, 6, 7].map((n) => `('accounts#${n}', 0, datetime('now'))`).join(', '),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM \"data_version\" WHERE \"name\" = 'accounts' OR \"name\" LIKE 'accounts#%'");
  }
}
