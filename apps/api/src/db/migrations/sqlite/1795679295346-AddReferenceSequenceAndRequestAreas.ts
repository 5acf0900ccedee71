import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * References are stored in upper case from now on (reference-numbers/canonical-reference.ts).
 * SQLite's unique index compared them with their case, so two saved references may differ
 * only by case: then stop, naming them, rather than merge or rename anyone's records.
 */
async function upperCaseReferences(queryRunner: QueryRunner): Promise<void> {
  for (const table of ['contact', 'information_request']) {
    const clashes: Array<{ spellings: string }> = await queryRunner.query(
      `SELECT GROUP_CONCAT("reference", ', ') AS spellings FROM "${table}" GROUP BY UPPER("reference") HAVING COUNT(*) > 1 LIMIT 10`,
    );
    if (clashes.length) {
      throw new Error(
        `Cannot upgrade: these ${table} references differ only by letter case, and references are now compared without regard to case: ` +
          `${clashes.map((c) => c.spellings).join('; ')}. Change one of each (UPDATE ${table} SET reference = … WHERE reference = …) and start again.`,
      );
    }
    await queryRunner.query(`UPDATE "${table}" SET "reference" = UPPER("reference") WHERE "reference" <> UPPER("reference")`);
  }
}

export class AddReferenceSequenceAndRequestAreas1795679295346 implements MigrationInterface {
  name = 'AddReferenceSequenceAndRequestAreas1795679295346';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"reference_sequence\" (\"prefix\" varchar(40) PRIMARY KEY NOT NULL, \"lastValue\" integer NOT NULL)");
    await queryRunner.query("DROP INDEX \"IDX_556ad35de2eebb2af01122068d\"");
    await queryRunner.query("DROP INDEX \"IDX_961067675453823e0faebbabae\"");
    await queryRunner.query("DROP INDEX \"IDX_206f2c4e44176dd94eb7c081da\"");
    await queryRunner.query("DROP INDEX \"IDX_2b2565e72cfc9817b77221250b\"");
    await queryRunner.query("DROP INDEX \"IDX_cbd9835961e59fb4de0f432b5e\"");
    await queryRunner.query("DROP INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\"");
    await queryRunner.query("DROP INDEX \"IDX_883708442c719c82237790fca3\"");
    await queryRunner.query("CREATE TABLE \"temporary_information_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reference\" varchar(40) NOT NULL, \"kind\" varchar(32) NOT NULL, \"requesterType\" varchar(32) NOT NULL, \"receivedDate\" date NOT NULL, \"receivedMonth\" varchar(7) NOT NULL, \"receivedQuarter\" varchar(10) NOT NULL, \"receivedFinancialYear\" varchar(7) NOT NULL, \"dueDate\" date NOT NULL, \"completedDate\" date, \"extended\" boolean NOT NULL DEFAULT (0), \"jointWithDirectorate\" varchar(200), \"deadlineRuleId\" varchar(64) NOT NULL, \"summary\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"serviceAreaId\" integer, CONSTRAINT \"UQ_bf3fbec46cba277d82b52fd91a4\" UNIQUE (\"reference\"))");
    await queryRunner.query("INSERT INTO \"temporary_information_request\"(\"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\" FROM \"information_request\"");
    await queryRunner.query("DROP TABLE \"information_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_information_request\" RENAME TO \"information_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_556ad35de2eebb2af01122068d\" ON \"information_request\" (\"receivedFinancialYear\", \"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_961067675453823e0faebbabae\" ON \"information_request\" (\"receivedFinancialYear\") ");
    await queryRunner.query("CREATE INDEX \"IDX_206f2c4e44176dd94eb7c081da\" ON \"information_request\" (\"receivedQuarter\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2b2565e72cfc9817b77221250b\" ON \"information_request\" (\"receivedMonth\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cbd9835961e59fb4de0f432b5e\" ON \"information_request\" (\"receivedDate\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\" ON \"information_request\" (\"requesterType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_883708442c719c82237790fca3\" ON \"information_request\" (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_822818ea7076575ded84f51577\" ON \"information_request\" (\"serviceAreaId\") ");
    await queryRunner.query("DROP INDEX \"IDX_556ad35de2eebb2af01122068d\"");
    await queryRunner.query("DROP INDEX \"IDX_961067675453823e0faebbabae\"");
    await queryRunner.query("DROP INDEX \"IDX_206f2c4e44176dd94eb7c081da\"");
    await queryRunner.query("DROP INDEX \"IDX_2b2565e72cfc9817b77221250b\"");
    await queryRunner.query("DROP INDEX \"IDX_cbd9835961e59fb4de0f432b5e\"");
    await queryRunner.query("DROP INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\"");
    await queryRunner.query("DROP INDEX \"IDX_883708442c719c82237790fca3\"");
    await queryRunner.query("DROP INDEX \"IDX_822818ea7076575ded84f51577\"");
    await queryRunner.query("CREATE TABLE \"temporary_information_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reference\" varchar(40) NOT NULL, \"kind\" varchar(32) NOT NULL, \"requesterType\" varchar(32) NOT NULL, \"receivedDate\" date NOT NULL, \"receivedMonth\" varchar(7) NOT NULL, \"receivedQuarter\" varchar(10) NOT NULL, \"receivedFinancialYear\" varchar(7) NOT NULL, \"dueDate\" date NOT NULL, \"completedDate\" date, \"extended\" boolean NOT NULL DEFAULT (0), \"jointWithDirectorate\" varchar(200), \"deadlineRuleId\" varchar(64) NOT NULL, \"summary\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"serviceAreaId\" integer, CONSTRAINT \"UQ_bf3fbec46cba277d82b52fd91a4\" UNIQUE (\"reference\"), CONSTRAINT \"FK_822818ea7076575ded84f51577b\" FOREIGN KEY (\"serviceAreaId\") REFERENCES \"service_area\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_information_request\"(\"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\", \"serviceAreaId\") SELECT \"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\", \"serviceAreaId\" FROM \"information_request\"");
    await queryRunner.query("DROP TABLE \"information_request\"");
    await queryRunner.query("ALTER TABLE \"temporary_information_request\" RENAME TO \"information_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_556ad35de2eebb2af01122068d\" ON \"information_request\" (\"receivedFinancialYear\", \"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_961067675453823e0faebbabae\" ON \"information_request\" (\"receivedFinancialYear\") ");
    await queryRunner.query("CREATE INDEX \"IDX_206f2c4e44176dd94eb7c081da\" ON \"information_request\" (\"receivedQuarter\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2b2565e72cfc9817b77221250b\" ON \"information_request\" (\"receivedMonth\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cbd9835961e59fb4de0f432b5e\" ON \"information_request\" (\"receivedDate\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\" ON \"information_request\" (\"requesterType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_883708442c719c82237790fca3\" ON \"information_request\" (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_822818ea7076575ded84f51577\" ON \"information_request\" (\"serviceAreaId\") ");
    await upperCaseReferences(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // References stay upper-cased: their former case is not kept.
    await queryRunner.query("DROP INDEX \"IDX_822818ea7076575ded84f51577\"");
    await queryRunner.query("DROP INDEX \"IDX_883708442c719c82237790fca3\"");
    await queryRunner.query("DROP INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\"");
    await queryRunner.query("DROP INDEX \"IDX_cbd9835961e59fb4de0f432b5e\"");
    await queryRunner.query("DROP INDEX \"IDX_2b2565e72cfc9817b77221250b\"");
    await queryRunner.query("DROP INDEX \"IDX_206f2c4e44176dd94eb7c081da\"");
    await queryRunner.query("DROP INDEX \"IDX_961067675453823e0faebbabae\"");
    await queryRunner.query("DROP INDEX \"IDX_556ad35de2eebb2af01122068d\"");
    await queryRunner.query("ALTER TABLE \"information_request\" RENAME TO \"temporary_information_request\"");
    await queryRunner.query("CREATE TABLE \"information_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reference\" varchar(40) NOT NULL, \"kind\" varchar(32) NOT NULL, \"requesterType\" varchar(32) NOT NULL, \"receivedDate\" date NOT NULL, \"receivedMonth\" varchar(7) NOT NULL, \"receivedQuarter\" varchar(10) NOT NULL, \"receivedFinancialYear\" varchar(7) NOT NULL, \"dueDate\" date NOT NULL, \"completedDate\" date, \"extended\" boolean NOT NULL DEFAULT (0), \"jointWithDirectorate\" varchar(200), \"deadlineRuleId\" varchar(64) NOT NULL, \"summary\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"serviceAreaId\" integer, CONSTRAINT \"UQ_bf3fbec46cba277d82b52fd91a4\" UNIQUE (\"reference\"))");
    await queryRunner.query("INSERT INTO \"information_request\"(\"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\", \"serviceAreaId\") SELECT \"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\", \"serviceAreaId\" FROM \"temporary_information_request\"");
    await queryRunner.query("DROP TABLE \"temporary_information_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_822818ea7076575ded84f51577\" ON \"information_request\" (\"serviceAreaId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_883708442c719c82237790fca3\" ON \"information_request\" (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\" ON \"information_request\" (\"requesterType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cbd9835961e59fb4de0f432b5e\" ON \"information_request\" (\"receivedDate\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2b2565e72cfc9817b77221250b\" ON \"information_request\" (\"receivedMonth\") ");
    await queryRunner.query("CREATE INDEX \"IDX_206f2c4e44176dd94eb7c081da\" ON \"information_request\" (\"receivedQuarter\") ");
    await queryRunner.query("CREATE INDEX \"IDX_961067675453823e0faebbabae\" ON \"information_request\" (\"receivedFinancialYear\") ");
    await queryRunner.query("CREATE INDEX \"IDX_556ad35de2eebb2af01122068d\" ON \"information_request\" (\"receivedFinancialYear\", \"kind\") ");
    await queryRunner.query("DROP INDEX \"IDX_822818ea7076575ded84f51577\"");
    await queryRunner.query("DROP INDEX \"IDX_883708442c719c82237790fca3\"");
    await queryRunner.query("DROP INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\"");
    await queryRunner.query("DROP INDEX \"IDX_cbd9835961e59fb4de0f432b5e\"");
    await queryRunner.query("DROP INDEX \"IDX_2b2565e72cfc9817b77221250b\"");
    await queryRunner.query("DROP INDEX \"IDX_206f2c4e44176dd94eb7c081da\"");
    await queryRunner.query("DROP INDEX \"IDX_961067675453823e0faebbabae\"");
    await queryRunner.query("DROP INDEX \"IDX_556ad35de2eebb2af01122068d\"");
    await queryRunner.query("ALTER TABLE \"information_request\" RENAME TO \"temporary_information_request\"");
    await queryRunner.query("CREATE TABLE \"information_request\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"reference\" varchar(40) NOT NULL, \"kind\" varchar(32) NOT NULL, \"requesterType\" varchar(32) NOT NULL, \"receivedDate\" date NOT NULL, \"receivedMonth\" varchar(7) NOT NULL, \"receivedQuarter\" varchar(10) NOT NULL, \"receivedFinancialYear\" varchar(7) NOT NULL, \"dueDate\" date NOT NULL, \"completedDate\" date, \"extended\" boolean NOT NULL DEFAULT (0), \"jointWithDirectorate\" varchar(200), \"deadlineRuleId\" varchar(64) NOT NULL, \"summary\" text, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_bf3fbec46cba277d82b52fd91a4\" UNIQUE (\"reference\"))");
    await queryRunner.query("INSERT INTO \"information_request\"(\"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"reference\", \"kind\", \"requesterType\", \"receivedDate\", \"receivedMonth\", \"receivedQuarter\", \"receivedFinancialYear\", \"dueDate\", \"completedDate\", \"extended\", \"jointWithDirectorate\", \"deadlineRuleId\", \"summary\", \"createdAt\", \"updatedAt\" FROM \"temporary_information_request\"");
    await queryRunner.query("DROP TABLE \"temporary_information_request\"");
    await queryRunner.query("CREATE INDEX \"IDX_883708442c719c82237790fca3\" ON \"information_request\" (\"kind\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6afd5c1571b40f68ea73e4a7ee\" ON \"information_request\" (\"requesterType\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cbd9835961e59fb4de0f432b5e\" ON \"information_request\" (\"receivedDate\") ");
    await queryRunner.query("CREATE INDEX \"IDX_2b2565e72cfc9817b77221250b\" ON \"information_request\" (\"receivedMonth\") ");
    await queryRunner.query("CREATE INDEX \"IDX_206f2c4e44176dd94eb7c081da\" ON \"information_request\" (\"receivedQuarter\") ");
    await queryRunner.query("CREATE INDEX \"IDX_961067675453823e0faebbabae\" ON \"information_request\" (\"receivedFinancialYear\") ");
    await queryRunner.query("CREATE INDEX \"IDX_556ad35de2eebb2af01122068d\" ON \"information_request\" (\"receivedFinancialYear\", \"kind\") ");
    await queryRunner.query("DROP TABLE \"reference_sequence\"");
  }
}
