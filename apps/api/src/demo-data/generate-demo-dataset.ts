/**
 * The demo dataset: 2008/09 and 2009/10 contacts, information requests,
 * service activity and learning actions that reproduce the published figures
 * of the 2009/10 annual report (docs/demo-data.md). Pure and deterministic:
 * every call returns the same records, built afresh.
 */
import type { DemoDataset } from './demo-dataset.types';
import { generateContacts } from './generate-contacts';
import { generateInformationRequests } from './generate-information-requests';
import { LEARNING_ACTIONS_2009_10 } from './learning-actions';
import { PLAN_2008_09 } from './targets-2008-09';
import { PLAN_2009_10, SERVICE_ACTIVITY_2009_10 } from './targets-2009-10';

const YEARS = [PLAN_2008_09, PLAN_2009_10];

export function generateDemoDataset(): DemoDataset {
  return {
    contacts: YEARS.flatMap(generateContacts),
    informationRequests: YEARS.flatMap(generateInformationRequests),
    serviceActivity: [{ ...SERVICE_ACTIVITY_2009_10 }],
    learningActions: LEARNING_ACTIONS_2009_10.map((action) => ({ ...action })),
  };
}
