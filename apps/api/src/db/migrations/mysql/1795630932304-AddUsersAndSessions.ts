import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddUsersAndSessions1795630932304 implements MigrationInterface {
  name = 'AddUsersAndSessions1795630932304';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `app_user` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(254) NOT NULL, `name` varchar(200) NOT NULL, `passwordHash` varchar(200) NOT NULL, `role` varchar(32) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_3fa909d0e37c531ebc23770339` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session` (`tokenHash` varchar(64) NOT NULL, `userId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `expiresAt` datetime NOT NULL, INDEX `IDX_3d2f174ef04fb312fdebd0ddc5` (`userId`), INDEX `IDX_5d97cf9773002b16861b4bb8ae` (`expiresAt`), PRIMARY KEY (`tokenHash`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user_service_area` (`userId` int NOT NULL, `serviceAreaId` int NOT NULL, INDEX `IDX_b6a4c56f2ad62feb2fd19247cb` (`serviceAreaId`), PRIMARY KEY (`userId`, `serviceAreaId`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `session` ADD CONSTRAINT `FK_3d2f174ef04fb312fdebd0ddc53` FOREIGN KEY (`userId`) REFERENCES `app_user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `user_service_area` ADD CONSTRAINT `FK_8039a655a926cb9c1f3f9966822` FOREIGN KEY (`userId`) REFERENCES `app_user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `user_service_area` ADD CONSTRAINT `FK_b6a4c56f2ad62feb2fd19247cb3` FOREIGN KEY (`serviceAreaId`) REFERENCES `service_area`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user_service_area` DROP FOREIGN KEY `FK_b6a4c56f2ad62feb2fd19247cb3`");
    await queryRunner.query("ALTER TABLE `user_service_area` DROP FOREIGN KEY `FK_8039a655a926cb9c1f3f9966822`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_3d2f174ef04fb312fdebd0ddc53`");
    await queryRunner.query("DROP INDEX `IDX_b6a4c56f2ad62feb2fd19247cb` ON `user_service_area`");
    await queryRunner.query("DROP TABLE `user_service_area`");
    await queryRunner.query("DROP INDEX `IDX_5d97cf9773002b16861b4bb8ae` ON `session`");
    await queryRunner.query("DROP INDEX `IDX_3d2f174ef04fb312fdebd0ddc5` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP INDEX `IDX_3fa909d0e37c531ebc23770339` ON `app_user`");
    await queryRunner.query("DROP TABLE `app_user`");
  }
}
