/**
 * The demo dataset: 2008/09 and 2009/10 contacts, information requests,
 * service activity and learning actions that reproduce the published figures
 * of the 2009/10 annual report (docs/demo-data.md), then 2010/11 and 2011/12
 * contacts recorded after the restructure. Pure and deterministic:
 * every call returns the same records, built afresh.
 */
import type { DemoDataset } from './demo-dataset.types';
import { generateContacts } from './generate-contacts';
import { generateInformationRequests } from './generate-information-requests';
import { LEARNING_ACTIONS_2009_10 } from './learning-actions';
import { PLAN_2008_09 } from './targets-2008-09';
import { PLAN_2009_10, SERVICE_ACTIVITY_2009_10 } from './targets-2009-10';
import { recodeForRestructure } from './restructure-2010-11';
import { financialYearLabel } from './financial-years';

const YEARS = [PLAN_2008_09, PLAN_2009_10];

/**
 * After the 2010/11 restructure (restructure-2010-11.ts): contacts only, spread
 * like 2009/10 and 2008/09 (their plans, dealt with each year's own seeds) and
 * recorded under the new divisions, service areas and issues.
 */
const LATER_YEARS = [
  { ...PLAN_2009_10, startYear: 2010 },
  { ...PLAN_2008_09, startYear: 2011 },
];

export function generateDemoDataset(): DemoDataset {
  return {
    contacts: [
      ...YEARS.flatMap(generateContacts),
      ...LATER_YEARS.flatMap((plan) => recodeForRestructure(generateContacts(plan), financialYearLabel(plan.startYear))),
    ],
    informationRequests: YEARS.flatMap(generateInformationRequests),
    serviceActivity: [{ ...SERVICE_ACTIVITY_2009_10 }],
    learningActions: LEARNING_ACTIONS_2009_10.map((action) => ({ ...action })),
  };
}
