import { registerEnumType } from 'type-graphql';

export enum Dimension {
  RECORD_TYPE = 'RECORD_TYPE',
  DIVISION = 'DIVISION',
  SERVICE_AREA = 'SERVICE_AREA',
  ISSUE_CATEGORY = 'ISSUE_CATEGORY',
  ISSUE = 'ISSUE',
  CHANNEL = 'CHANNEL',
  OUTCOME = 'OUTCOME',
  STAGE = 'STAGE',
  COMPLAINANT_TYPE = 'COMPLAINANT_TYPE',
  ALL_SERVICE_AREAS = 'ALL_SERVICE_AREAS',
  ALL_ISSUES = 'ALL_ISSUES',
}

registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'What to split contacts by.',
  valuesConfig: {
    SERVICE_AREA: { description: "The contact's primary service area: series sum to the total (table 4)." },
    ISSUE_CATEGORY: { description: "The primary issue's category: series sum to the total (table 5)." },
    ISSUE: { description: 'The primary issue: series sum to the total.' },
    ALL_SERVICE_AREAS: {
      description: 'Every service area a contact names; a contact counts once per area, so series can sum to more than the total (3.10).',
    },
    ALL_ISSUES: { description: 'Every issue a contact raises; a contact counts once per issue, so series can sum to more than the total.' },
  },
});

export enum Granularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  FINANCIAL_YEAR = 'FINANCIAL_YEAR',
}

registerEnumType(Granularity, {
  name: 'Granularity',
  description: "Period length. Periods are keyed '2009-04' (month), '2009/10 Q1' (financial quarter from April) or '2009/10'.",
});

export enum TrendMeasure {
  CONTACTS = 'CONTACTS',
  ACKNOWLEDGED_IN_TIME_PERCENT = 'ACKNOWLEDGED_IN_TIME_PERCENT',
  RESPONDED_IN_TIME_PERCENT = 'RESPONDED_IN_TIME_PERCENT',
  MEDIAN_WORKING_DAYS_TO_RESPONSE = 'MEDIAN_WORKING_DAYS_TO_RESPONSE',
}

registerEnumType(TrendMeasure, {
  name: 'TrendMeasure',
  valuesConfig: {
    CONTACTS: { description: 'Number of contacts received.' },
    ACKNOWLEDGED_IN_TIME_PERCENT: {
      description: 'Of the contacts with an acknowledgement due and sent, the percentage sent on or before the due date.',
    },
    RESPONDED_IN_TIME_PERCENT: {
      description: 'Of the contacts with a response due and sent, the percentage sent on or before the due date.',
    },
    MEDIAN_WORKING_DAYS_TO_RESPONSE: { description: 'Median working days from receipt to the response, over contacts responded to.' },
  },
});
