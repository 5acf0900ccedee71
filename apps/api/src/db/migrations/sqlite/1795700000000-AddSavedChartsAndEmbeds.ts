import { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved charts, their embeds (tokens stored hashed) and the data-version counter the embed cache keys on. */
export class AddSavedChartsAndEmbeds1795700000000 implements MigrationInterface {
  name = 'AddSavedChartsAndEmbeds1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"data_version\" (\"name\" varchar(32) PRIMARY KEY NOT NULL, \"version\" integer NOT NULL, \"updatedAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE TABLE \"saved_chart\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"name\" varchar(120) NOT NULL, \"description\" varchar(1000) NOT NULL, \"params\" varchar(2000) NOT NULL, \"chartType\" varchar(16) NOT NULL, \"dataDownload\" varchar(16) NOT NULL, \"ownerId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"FK_7cca4c20cdbdfbf9b8350c7b742\" FOREIGN KEY (\"ownerId\") REFERENCES \"app_user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"IDX_40d71fcce6cf46ffa0630c971e\" ON \"saved_chart\" (\"ownerId\", \"updatedAt\") ");
    await queryRunner.query("CREATE TABLE \"embed\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"savedChartId\" integer NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"disclosureRule\" varchar(32) NOT NULL, \"note\" varchar(500), \"expiresAt\" datetime, \"status\" varchar(16) NOT NULL, \"createdById\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"lastUsedAt\" datetime, \"viewCount\" integer NOT NULL DEFAULT (0), \"revokedAt\" datetime, \"revokedById\" integer, CONSTRAINT \"UQ_09db693fc430c0f16bde787e6b9\" UNIQUE (\"tokenHash\"), CONSTRAINT \"FK_058d4b717a87557453ac50d84b6\" FOREIGN KEY (\"savedChartId\") REFERENCES \"saved_chart\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_253313514f17f7336a4a24a3d9f\" FOREIGN KEY (\"createdById\") REFERENCES \"app_user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_29925abeea9207d80c82a3d24dc\" FOREIGN KEY (\"revokedById\") REFERENCES \"app_user\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("CREATE INDEX \"IDX_058d4b717a87557453ac50d84b\" ON \"embed\" (\"savedChartId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_964b253b73fd31c8f243eeeffb\" ON \"embed\" (\"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_253313514f17f7336a4a24a3d9\" ON \"embed\" (\"createdById\") ");
    await queryRunner.query("CREATE INDEX \"IDX_fb5b815663b69d638364dff97b\" ON \"embed\" (\"createdAt\") ");
    await queryRunner.query("INSERT INTO \"data_version\" (\"name\", \"version\", \"updatedAt\") VALUES ('contacts', 1, datetime('now'))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_fb5b815663b69d638364dff97b\"");
    await queryRunner.query("DROP INDEX \"IDX_253313514f17f7336a4a24a3d9\"");
    await queryRunner.query("DROP INDEX \"IDX_964b253b73fd31c8f243eeeffb\"");
    await queryRunner.query("DROP INDEX \"IDX_058d4b717a87557453ac50d84b\"");
    await queryRunner.query("DROP TABLE \"embed\"");
    await queryRunner.query("DROP INDEX \"IDX_40d71fcce6cf46ffa0630c971e\"");
    await queryRunner.query("DROP TABLE \"saved_chart\"");
    await queryRunner.query("DROP TABLE \"data_version\"");
  }
}
