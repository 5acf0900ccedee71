import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUsersAndSessions1795630932304 implements MigrationInterface {
  name = 'AddUsersAndSessions1795630932304';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"email\" varchar(254) NOT NULL, \"name\" varchar(200) NOT NULL, \"passwordHash\" varchar(200) NOT NULL, \"role\" varchar(32) NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_3fa909d0e37c531ebc237703391\" UNIQUE (\"email\"))");
    await queryRunner.query("CREATE TABLE \"session\" (\"tokenHash\" varchar(64) PRIMARY KEY NOT NULL, \"userId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"expiresAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_3d2f174ef04fb312fdebd0ddc5\" ON \"session\" (\"userId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5d97cf9773002b16861b4bb8ae\" ON \"session\" (\"expiresAt\") ");
    await queryRunner.query("CREATE TABLE \"user_service_area\" (\"userId\" integer NOT NULL, \"serviceAreaId\" integer NOT NULL, PRIMARY KEY (\"userId\", \"serviceAreaId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_b6a4c56f2ad62feb2fd19247cb\" ON \"user_service_area\" (\"serviceAreaId\") ");
    await queryRunner.query("DROP INDEX \"IDX_3d2f174ef04fb312fdebd0ddc5\"");
    await queryRunner.query("DROP INDEX \"IDX_5d97cf9773002b16861b4bb8ae\"");
    await queryRunner.query("CREATE TABLE \"temporary_session\" (\"tokenHash\" varchar(64) PRIMARY KEY NOT NULL, \"userId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"expiresAt\" datetime NOT NULL, CONSTRAINT \"FK_3d2f174ef04fb312fdebd0ddc53\" FOREIGN KEY (\"userId\") REFERENCES \"app_user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_session\"(\"tokenHash\", \"userId\", \"createdAt\", \"expiresAt\") SELECT \"tokenHash\", \"userId\", \"createdAt\", \"expiresAt\" FROM \"session\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("ALTER TABLE \"temporary_session\" RENAME TO \"session\"");
    await queryRunner.query("CREATE INDEX \"IDX_3d2f174ef04fb312fdebd0ddc5\" ON \"session\" (\"userId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_5d97cf9773002b16861b4bb8ae\" ON \"session\" (\"expiresAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_b6a4c56f2ad62feb2fd19247cb\"");
    await queryRunner.query("CREATE TABLE \"temporary_user_service_area\" (\"userId\" integer NOT NULL, \"serviceAreaId\" integer NOT NULL, CONSTRAINT \"FK_8039a655a926cb9c1f3f9966822\" FOREIGN KEY (\"userId\") REFERENCES \"app_user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_b6a4c56f2ad62feb2fd19247cb3\" FOREIGN KEY (\"serviceAreaId\") REFERENCES \"service_area\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY (\"userId\", \"serviceAreaId\"))");
    await queryRunner.query("INSERT INTO \"temporary_user_service_area\"(\"userId\", \"serviceAreaId\") SELECT \"userId\", \"serviceAreaId\" FROM \"user_service_area\"");
    await queryRunner.query("DROP TABLE \"user_service_area\"");
    await queryRunner.query("ALTER TABLE \"temporary_user_service_area\" RENAME TO \"user_service_area\"");
    await queryRunner.query("CREATE INDEX \"IDX_b6a4c56f2ad62feb2fd19247cb\" ON \"user_service_area\" (\"serviceAreaId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_b6a4c56f2ad62feb2fd19247cb\"");
    await queryRunner.query("ALTER TABLE \"user_service_area\" RENAME TO \"temporary_user_service_area\"");
    await queryRunner.query("CREATE TABLE \"user_service_area\" (\"userId\" integer NOT NULL, \"serviceAreaId\" integer NOT NULL, PRIMARY KEY (\"userId\", \"serviceAreaId\"))");
    await queryRunner.query("INSERT INTO \"user_service_area\"(\"userId\", \"serviceAreaId\") SELECT \"userId\", \"serviceAreaId\" FROM \"temporary_user_service_area\"");
    await queryRunner.query("DROP TABLE \"temporary_user_service_area\"");
    await queryRunner.query("CREATE INDEX \"IDX_b6a4c56f2ad62feb2fd19247cb\" ON \"user_service_area\" (\"serviceAreaId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5d97cf9773002b16861b4bb8ae\"");
    await queryRunner.query("DROP INDEX \"IDX_3d2f174ef04fb312fdebd0ddc5\"");
    await queryRunner.query("ALTER TABLE \"session\" RENAME TO \"temporary_session\"");
    await queryRunner.query("CREATE TABLE \"session\" (\"tokenHash\" varchar(64) PRIMARY KEY NOT NULL, \"userId\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"expiresAt\" datetime NOT NULL)");
    await queryRunner.query("INSERT INTO \"session\"(\"tokenHash\", \"userId\", \"createdAt\", \"expiresAt\") SELECT \"tokenHash\", \"userId\", \"createdAt\", \"expiresAt\" FROM \"temporary_session\"");
    await queryRunner.query("DROP TABLE \"temporary_session\"");
    await queryRunner.query("CREATE INDEX \"IDX_5d97cf9773002b16861b4bb8ae\" ON \"session\" (\"expiresAt\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3d2f174ef04fb312fdebd0ddc5\" ON \"session\" (\"userId\") ");
    await queryRunner.query("DROP INDEX \"IDX_b6a4c56f2ad62feb2fd19247cb\"");
    await queryRunner.query("DROP TABLE \"user_service_area\"");
    await queryRunner.query("DROP INDEX \"IDX_5d97cf9773002b16861b4bb8ae\"");
    await queryRunner.query("DROP INDEX \"IDX_3d2f174ef04fb312fdebd0ddc5\"");
    await queryRunner.query("DROP TABLE \"session\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
  }
}
