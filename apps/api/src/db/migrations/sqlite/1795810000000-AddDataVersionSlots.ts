import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Eight rows per kind of data version instead of one (data-versions/version-slots.ts): writes bump one at random,
 * so concurrent writers of a kind stop queueing for one row's lock. The new slots start at 0 with the kind's time,
 * so each kind's version (the sum) and time (the latest) are unchanged.
 */
export class AddDataVersionSlots1795810000000 implements MigrationInterface {
  name = 'AddDataVersionSlots1795810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "INSERT INTO \"data_version\" (\"name\", \"version\", \"updatedAt\") SELECT \"d\".\"name\" || '#' || \"s\".\"n\", 0, \"d\".\"updatedAt\" FROM \"data_version\" \"d\" " +
        'CROSS JOIN (SELECT 1 AS "n" UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) "s" ' +
        "WHERE \"d\".\"name\" IN ('contacts', 'information_requests', 'learning_actions', 'reference_data')",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Each kind's slots folded back into its own row.
    await queryRunner.query(
      'UPDATE "data_version" SET ' +
        '"version" = (SELECT SUM("v"."version") FROM "data_version" "v" WHERE "v"."name" = "data_version"."name" OR "v"."name" LIKE "data_version"."name" || \'#%\'), ' +
        '"updatedAt" = (SELECT MAX("v"."updatedAt") FROM "data_version" "v" WHERE "v"."name" = "data_version"."name" OR "v"."name" LIKE "data_version"."name" || \'#%\') ' +
        "WHERE \"name\" NOT LIKE '%#%'",
    );
    await queryRunner.query("DELETE FROM \"data_version\" WHERE \"name\" LIKE '%#%'");
  }
}
