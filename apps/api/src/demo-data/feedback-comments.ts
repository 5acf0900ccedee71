/**
 * Comments written on returned customer feedback forms (section 9).
 * The eleven printed in 9.2 of the 2009/10 report appear verbatim; the other
 * returned forms carry the short comments below, or none.
 */

/** 9.2, verbatim (spelling and punctuation as printed). */
export const PRINTED_FEEDBACK_COMMENTS_2009_10: readonly string[] = [
  'The need to make sure complaints are dealt with and not just a letter saying someone is unavailable it will be dealt with in the future',
  'A further full written reply responding to my secondary complaint rather than an answerphone message being left.',
  'Meeting in person with parents',
  'Remove staff who are biased, corrupt and who have relevant information. No wonder so many children are failed by the system.',
  'Some form of concrete way of making up for lost time etc.',
  'Not going via a third person all of the time, it makes this laborious and confusing not going',
  'That social services give family more support on family side, such as less people in the meetings.',
  'Get the child/children back quicker to their parents.',
  'Parents have more time with the child',
  'Investigate complaints fully with a non-bias opinion. Advise social services to record all care + letters not just those that paint a rosy picture of them. Discipline staff appropriately and accordingly work with families and not against them',
  "Actually send out replies would help a lot. Don't leave it for weeks. Don't make people chase their own complaint.",
];

/** Plausible short comments for the other returned forms (invented for the demo). */
export const SHORT_FEEDBACK_COMMENTS: readonly string[] = [
  'Thank you for listening.',
  'The response took too long.',
  'Happy with how my complaint was handled.',
  'Would have liked a phone call rather than a letter.',
  'Clear explanation of what will happen next.',
  'Nobody told me who was dealing with it.',
  'The manager who met us was very helpful.',
  'Still waiting for the actions promised.',
  'Easy to make the complaint.',
  'The letter did not answer all my points.',
  'Better information about the process at the start.',
  'Keep people updated if there is a delay.',
  'Felt that my concerns were taken seriously.',
  'Less jargon in the letters.',
];
