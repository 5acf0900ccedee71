import { Role } from '../auth/role';
import { enquiry, statutory } from '../test-support/contact-lifecycle-fixtures';
import { contactPermissions, openSteps, type ContactStepPermissions } from './contact-permissions';

const TODAY = '2009-11-10';
const offered = (steps: ContactStepPermissions) => Object.entries(steps).flatMap(([step, ok]) => (ok ? [step] : []));

describe('openSteps', () => {
  it('offers a new complaint its acknowledgement, response, extension and withdrawal', () => {
    expect(offered(openSteps(statutory(), TODAY))).toEqual(['acknowledge', 'respond', 'extend', 'withdraw']);
  });

  it('offers no extension once the response was due, nor for an enquiry', () => {
    expect(openSteps(statutory(), '2009-11-17').extend).toBe(false);
    expect(offered(openSteps(enquiry(), TODAY))).toEqual(['acknowledge', 'respond']);
  });

  it('offers Stage 2 after the Stage 1 response, and then its response and withdrawal', () => {
    const responded = { acknowledgementSentDate: '2009-11-03', responseSentDate: '2009-11-09', outcome: 'NOT_UPHELD' as const };
    expect(offered(openSteps(statutory(responded), TODAY))).toEqual(['escalateToStage2']);
    const atStage2 = statutory({ ...responded, stage: 'STAGE_2' }, [{ requestedDate: '2009-12-01' }]);
    expect(offered(openSteps(atStage2, '2009-12-05'))).toEqual(['recordEscalationResponse', 'withdraw']);
  });

  it('asks for the Stage 3 panel before its response', () => {
    const responded = { acknowledgementSentDate: '2009-11-03', responseSentDate: '2009-11-09', outcome: 'NOT_UPHELD' as const, stage: 'STAGE_3' as const };
    const stage2 = { stage: 'STAGE_2' as const, requestedDate: '2009-11-20', responseSentDate: '2009-11-30', outcome: 'NOT_UPHELD' as const };
    const waiting = statutory(responded, [stage2, { stage: 'STAGE_3', requestedDate: '2009-12-02' }]);
    expect(offered(openSteps(waiting, '2009-12-10'))).toEqual(['recordPanelHeld', 'withdraw']);
    const met = statutory(responded, [stage2, { stage: 'STAGE_3', requestedDate: '2009-12-02', panelHeldDate: '2009-12-08' }]);
    expect(offered(openSteps(met, '2009-12-10'))).toEqual(['recordEscalationResponse', 'withdraw']);
  });

  it('offers nothing on a withdrawn complaint', () => {
    expect(offered(openSteps(statutory({ withdrawnDate: '2009-11-05', outcome: 'WITHDRAWN' }), TODAY))).toEqual([]);
  });
});

describe('contactPermissions', () => {
  it('gives the steps to complaints officers only', () => {
    expect(contactPermissions(Role.COMPLAINTS_OFFICER, statutory(), TODAY)).toEqual(openSteps(statutory(), TODAY));
    for (const role of [Role.SERVICE_MANAGER, Role.ANALYST, Role.ADMIN, null]) {
      expect(offered(contactPermissions(role, statutory(), TODAY))).toEqual([]);
    }
  });
});
