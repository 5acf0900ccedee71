import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import type { ClockPauseReason, InformationRequestEventKind } from './information-request.enums';
import { InformationRequest } from './information-request.entity';

/**
 * One step taken on a request (recorded, acknowledged, extended, clock paused
 * or resumed, responded, withdrawn): who recorded it and when. The clock's
 * pauses are read back from here to recompute the due date on each resumption.
 */
@Entity('information_request_event')
@Index(['informationRequestId', 'date'])
export class InformationRequestEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @IntColumn()
  informationRequestId: number;

  @ManyToOne(() => InformationRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'informationRequestId' })
  informationRequest?: InformationRequest;

  @CodeColumn(32)
  kind: InformationRequestEventKind;

  /** The day it happened (not the day it was recorded). */
  @DateColumn()
  date: string;

  /** Why the clock was paused (CLOCK_PAUSED only). */
  @CodeColumn(32, { nullable: true })
  reason: ClockPauseReason | null;

  /** The reason for an extension or a withdrawal, as typed. May hold personal data. */
  @TextColumn({ nullable: true })
  note: string | null;

  /** The request's due date after this step. */
  @DateColumn({ nullable: true })
  dueDate: string | null;

  /** The name of the person who recorded it. */
  @CodeColumn(200)
  recordedBy: string;

  @CreateDateColumn({ type: 'datetime' })
  recordedAt: Date;
}
