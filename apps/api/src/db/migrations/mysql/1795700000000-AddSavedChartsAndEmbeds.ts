import { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved charts, their embeds (tokens stored hashed) and the data-version counter the embed cache keys on. */
export class AddSavedChartsAndEmbeds1795700000000 implements MigrationInterface {
  name = 'AddSavedChartsAndEmbeds1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `data_version` (`name` varchar(32) NOT NULL, `version` int NOT NULL, `updatedAt` datetime NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `saved_chart` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `description` varchar(1000) NOT NULL, `params` varchar(2000) NOT NULL, `chartType` varchar(16) NOT NULL, `dataDownload` varchar(16) NOT NULL, `ownerId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL, INDEX `IDX_40d71fcce6cf46ffa0630c971e` (`ownerId`, `updatedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `embed` (`id` int NOT NULL AUTO_INCREMENT, `savedChartId` int NOT NULL, `tokenHash` varchar(64) NOT NULL, `disclosureRule` varchar(32) NOT NULL, `note` varchar(500) NULL, `expiresAt` datetime NULL, `status` varchar(16) NOT NULL, `createdById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `lastUsedAt` datetime NULL, `viewCount` int NOT NULL DEFAULT '0', `revokedAt` datetime NULL, `revokedById` int NULL, INDEX `IDX_058d4b717a87557453ac50d84b` (`savedChartId`), INDEX `IDX_964b253b73fd31c8f243eeeffb` (`status`), INDEX `IDX_253313514f17f7336a4a24a3d9` (`createdById`), INDEX `IDX_fb5b815663b69d638364dff97b` (`createdAt`), UNIQUE INDEX `IDX_09db693fc430c0f16bde787e6b` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `saved_chart` ADD CONSTRAINT `FK_7cca4c20cdbdfbf9b8350c7b742` FOREIGN KEY (`ownerId`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `embed` ADD CONSTRAINT `FK_058d4b717a87557453ac50d84b6` FOREIGN KEY (`savedChartId`) REFERENCES `saved_chart`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `embed` ADD CONSTRAINT `FK_253313514f17f7336a4a24a3d9f` FOREIGN KEY (`createdById`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `embed` ADD CONSTRAINT `FK_29925abeea9207d80c82a3d24dc` FOREIGN KEY (`revokedById`) REFERENCES `app_user`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("INSERT INTO `data_version` (`name`, `version`, `updatedAt`) VALUES ('contacts', 1, UTC_TIMESTAMP())");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `embed` DROP FOREIGN KEY `FK_29925abeea9207d80c82a3d24dc`");
    await queryRunner.query("ALTER TABLE `embed` DROP FOREIGN KEY `FK_253313514f17f7336a4a24a3d9f`");
    await queryRunner.query("ALTER TABLE `embed` DROP FOREIGN KEY `FK_058d4b717a87557453ac50d84b6`");
    await queryRunner.query("ALTER TABLE `saved_chart` DROP FOREIGN KEY `FK_7cca4c20cdbdfbf9b8350c7b742`");
    await queryRunner.query("DROP INDEX `IDX_09db693fc430c0f16bde787e6b` ON `embed`");
    await queryRunner.query("DROP INDEX `IDX_fb5b815663b69d638364dff97b` ON `embed`");
    await queryRunner.query("DROP INDEX `IDX_253313514f17f7336a4a24a3d9` ON `embed`");
    await queryRunner.query("DROP INDEX `IDX_964b253b73fd31c8f243eeeffb` ON `embed`");
    await queryRunner.query("DROP INDEX `IDX_058d4b717a87557453ac50d84b` ON `embed`");
    await queryRunner.query("DROP TABLE `embed`");
    await queryRunner.query("DROP INDEX `IDX_40d71fcce6cf46ffa0630c971e` ON `saved_chart`");
    await queryRunner.query("DROP TABLE `saved_chart`");
    await queryRunner.query("DROP TABLE `data_version`");
  }
}
