import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAppendixIssuesAndDatasetMarker1795680999841 implements MigrationInterface {
  name = 'AddAppendixIssuesAndDatasetMarker1795680999841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"learning_action_issue\" (\"learningActionId\" integer NOT NULL, \"issueId\" integer NOT NULL, PRIMARY KEY (\"learningActionId\", \"issueId\"))");
    await queryRunner.query("CREATE INDEX \"IDX_df4eb85da8e64bb1d670fab5f4\" ON \"learning_action_issue\" (\"issueId\") ");
    await queryRunner.query("CREATE TABLE \"dataset_marker\" (\"name\" varchar(64) PRIMARY KEY NOT NULL, \"loadedAt\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("DROP INDEX \"IDX_df4eb85da8e64bb1d670fab5f4\"");
    await queryRunner.query("CREATE TABLE \"temporary_learning_action_issue\" (\"learningActionId\" integer NOT NULL, \"issueId\" integer NOT NULL, CONSTRAINT \"FK_a7a79eba4caf300d4d7b6cb5d6f\" FOREIGN KEY (\"learningActionId\") REFERENCES \"learning_action\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_df4eb85da8e64bb1d670fab5f46\" FOREIGN KEY (\"issueId\") REFERENCES \"issue\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, PRIMARY KEY (\"learningActionId\", \"issueId\"))");
    await queryRunner.query("INSERT INTO \"temporary_learning_action_issue\"(\"learningActionId\", \"issueId\") SELECT \"learningActionId\", \"issueId\" FROM \"learning_action_issue\"");
    await queryRunner.query("DROP TABLE \"learning_action_issue\"");
    await queryRunner.query("ALTER TABLE \"temporary_learning_action_issue\" RENAME TO \"learning_action_issue\"");
    await queryRunner.query("CREATE INDEX \"IDX_df4eb85da8e64bb1d670fab5f4\" ON \"learning_action_issue\" (\"issueId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_df4eb85da8e64bb1d670fab5f4\"");
    await queryRunner.query("ALTER TABLE \"learning_action_issue\" RENAME TO \"temporary_learning_action_issue\"");
    await queryRunner.query("CREATE TABLE \"learning_action_issue\" (\"learningActionId\" integer NOT NULL, \"issueId\" integer NOT NULL, PRIMARY KEY (\"learningActionId\", \"issueId\"))");
    await queryRunner.query("INSERT INTO \"learning_action_issue\"(\"learningActionId\", \"issueId\") SELECT \"learningActionId\", \"issueId\" FROM \"temporary_learning_action_issue\"");
    await queryRunner.query("DROP TABLE \"temporary_learning_action_issue\"");
    await queryRunner.query("CREATE INDEX \"IDX_df4eb85da8e64bb1d670fab5f4\" ON \"learning_action_issue\" (\"issueId\") ");
    await queryRunner.query("DROP TABLE \"dataset_marker\"");
    await queryRunner.query("DROP INDEX \"IDX_df4eb85da8e64bb1d670fab5f4\"");
    await queryRunner.query("DROP TABLE \"learning_action_issue\"");
  }
}
