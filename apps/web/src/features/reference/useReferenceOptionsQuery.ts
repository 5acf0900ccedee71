import { isInForceOn, type IsoDate } from '@complaints/domain';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { RecordFormOptionsQuery, ReferenceOptionsQuery } from '../../graphql/graphql';

// One document for every page: the normalized cache answers the next page from what the first one loaded.
const ReferenceOptionsDocument = graphql(`
  query ReferenceOptions {
    recordTypes {
      code
      name
      group
    }
    channels {
      code
      name
    }
    divisions {
      code
      name
    }
    serviceAreas {
      code
      name
    }
    issueCategories {
      code
      name
      issues {
        code
        name
      }
    }
  }
`);

export type ReferenceOptions = ReferenceOptionsQuery;

/** The reference data that filters, forms and histories are built from. */
export function useReferenceOptionsQuery() {
  return useQuery({ query: ReferenceOptionsDocument });
}

// The forms that record a new contact or request also need the dates each value is in force between.
const RecordFormOptionsDocument = graphql(`
  query RecordFormOptions {
    recordTypes {
      code
      name
      group
      effectiveFrom
      retiredFrom
    }
    channels {
      code
      name
      effectiveFrom
      retiredFrom
    }
    serviceAreas {
      code
      name
      effectiveFrom
      retiredFrom
    }
    issueCategories {
      code
      name
      effectiveFrom
      retiredFrom
      issues {
        code
        name
        effectiveFrom
        retiredFrom
      }
    }
  }
`);

export type RecordFormOptions = RecordFormOptionsQuery;

/** The choices of the forms that record new contacts and requests, retirement dates included (see optionsInUseOn). */
export function useRecordFormOptionsQuery() {
  return useQuery({ query: RecordFormOptionsDocument });
}

/**
 * The choices a new record received on `date` may use: values retired on or
 * before it, or not in force until later (a coming reorganisation's), are not
 * offered (the API refuses them), except those already
 * chosen (`keep`, codes of any kind), so changing the date never silently
 * swaps a choice; the API then names the field. A category whose issues are
 * all retired goes too.
 */
function inForceOn<T extends { code: string; effectiveFrom?: string | null; retiredFrom?: string | null }>(values: readonly T[], date: IsoDate, keep: readonly string[]): T[] {
  return values.filter((value) => isInForceOn(value, date) || keep.includes(value.code));
}

export function optionsInUseOn(options: RecordFormOptions, date: IsoDate, keep: readonly string[] = []): RecordFormOptions {
  return {
    ...options,
    recordTypes: inForceOn(options.recordTypes, date, keep),
    channels: inForceOn(options.channels, date, keep),
    serviceAreas: inForceOn(options.serviceAreas, date, keep),
    issueCategories: options.issueCategories
      .map((category) => ({ ...category, issues: inForceOn(category.issues, date, keep) }))
      .filter((category) => category.issues.length > 0),
  };
}
