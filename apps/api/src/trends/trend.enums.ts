/**
 * GraphQL enums of the trend question, built from the value lists in
 * @complaints/domain, so GraphQL, the CSV export and the web's URL accept the
 * same values. Each enum is an object whose values are its codes.
 */
import { DIMENSIONS, GRANULARITIES, TREND_COMPARISONS, TREND_MEASURES } from '@complaints/domain';
import { registerEnumType } from 'type-graphql';

type CodeEnum<Code extends string> = { readonly [K in Code]: K };

function codeEnum<Code extends string>(values: Readonly<Record<Code, unknown>>): CodeEnum<Code> {
  return Object.fromEntries(Object.keys(values).map((code) => [code, code])) as CodeEnum<Code>;
}

export const Dimension = codeEnum(DIMENSIONS);
export type Dimension = keyof typeof DIMENSIONS;

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

export const Granularity = codeEnum(GRANULARITIES);
export type Granularity = keyof typeof GRANULARITIES;

registerEnumType(Granularity, {
  name: 'Granularity',
  description: "Period length. Periods are keyed '2009-04' (month), '2009/10 Q1' (financial quarter from April) or '2009/10'.",
});

export const TrendMeasure = codeEnum(TREND_MEASURES);
export type TrendMeasure = keyof typeof TREND_MEASURES;

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
    LEARNING_CAPTURED_PERCENT: {
      description: 'Of the formal complaints with their Stage 1 response sent, the percentage whose answer to "what was learned?" named a learning action.',
    },
    LEARNING_CONSIDERED_PERCENT: {
      description: 'Of the formal complaints with their Stage 1 response sent, the percentage with any answer to "what was learned?" ("nothing to learn" included).',
    },
  },
});

export const TrendComparison = codeEnum(TREND_COMPARISONS);
export type TrendComparison = keyof typeof TREND_COMPARISONS;

registerEnumType(TrendComparison, {
  name: 'TrendComparison',
  description: 'What to show beside each point and total, with the change.',
  valuesConfig: {
    PREVIOUS_YEAR: { description: "The same periods a year earlier ('2009-04' beside '2008-04')." },
  },
});
