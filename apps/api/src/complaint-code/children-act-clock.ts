/**
 * When a Children Act Stage 2 clock starts (config CHILDREN_ACT_STAGE2_CLOCK):
 * on the request, or on the agreed statement of complaint. Set once by
 * createServer from the validated config; REQUEST until then (and in tests that do not set it).
 */
export type ChildrenActStage2Clock = 'REQUEST' | 'AGREED_STATEMENT';

let clock: ChildrenActStage2Clock = 'REQUEST';

export function configureChildrenActStage2Clock(value: ChildrenActStage2Clock): void {
  clock = value;
}

export function childrenActStage2Clock(): ChildrenActStage2Clock {
  return clock;
}
