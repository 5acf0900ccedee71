import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns';
import { User } from './user.entity';

/** A signed-in session. Only a hash of the token is stored, so a database leak yields no usable tokens. */
@Entity('session')
export class Session {
  /** SHA-256 of the token, hex. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @IntColumn()
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Index()
  @Column({ type: 'datetime' })
  expiresAt: Date;
}
