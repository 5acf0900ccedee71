import { valuesInUseOn, type IsoDate } from '@complaints/domain';
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

// The forms that record a new contact or request also need each value's retirement date.
const RecordFormOptionsDocument = graphql(`
  query RecordFormOptions {
    recordTypes {
      code
      name
      group
      retiredFrom
    }
    channels {
      code
      name
      retiredFrom
    }
    serviceAreas {
      code
      name
      retiredFrom
    }
    issueCategories {
      code
      name
      retiredFrom
      issues {
        code
        name
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
 * before it are not offered (the API refuses them), except those already
 * chosen (`keep`, codes of any kind), so changing the date never silently
 * swaps a choice; the API then names the field. A category whose issues are
 * all retired goes too.
 */
export function optionsInUseOn(options: RecordFormOptions, date: IsoDate, keep: readonly string[] = []): RecordFormOptions {
  return {
    ...options,
    recordTypes: valuesInUseOn(options.recordTypes, date, keep),
    channels: valuesInUseOn(options.channels, date, keep),
    serviceAreas: valuesInUseOn(options.serviceAreas, date, keep),
    issueCategories: options.issueCategories
      .map((category) => ({ ...category, issues: valuesInUseOn(category.issues, date, keep) }))
      .filter((category) => category.issues.length > 0),
  };
}
