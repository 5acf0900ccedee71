import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { CodeColumn, IntColumn } from '../db/columns';
import { SavedChart } from '../saved-charts/saved-chart.entity';
import { DisclosureRule, type EmbedStoredStatus } from './embed.enums';

/**
 * A saved chart published for readers who never sign in, at /embed/<token>.
 * Only the token's SHA-256 is stored: the token itself is shown once, to its publisher.
 */
@ObjectType({ description: 'A saved chart published at /embed/<token> for intranet readers (the register shows no figures).' })
@Entity('embed')
export class Embed {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @IntColumn()
  savedChartId: number;

  // Deleting a chart deletes its embeds: their tokens then find nothing (404).
  @ManyToOne(() => SavedChart, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'savedChartId' })
  chart?: SavedChart;

  /** SHA-256 of the token, hex; every embed request looks its token up by this. */
  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Field(() => DisclosureRule)
  @CodeColumn(32)
  disclosureRule: DisclosureRule;

  @Field(() => String, { nullable: true, description: 'Where or why it is published, for the register.' })
  @CodeColumn(500, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When it stops showing its chart; null: until revoked.' })
  @Column({ type: 'datetime', nullable: true })
  expiresAt: Date | null;

  /** ACTIVE, PAUSED or REVOKED; GraphQL shows `state`, which also knows expiry. */
  @Index()
  @CodeColumn(16)
  status: EmbedStoredStatus;

  @Index()
  @IntColumn()
  createdById: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdBy?: User;

  // The register lists newest first.
  @Field(() => Date)
  @Index()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a reader last loaded it (page, image or CSV), to within a minute.' })
  @Column({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Int, { description: 'Page loads (images and downloads are not counted).' })
  @IntColumn({ default: 0 })
  viewCount: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @IntColumn({ nullable: true })
  revokedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revokedById' })
  revokedBy?: User | null;
}
