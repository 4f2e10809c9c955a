// The general renewals of the conseils municipaux (every six years, code électoral, L. 227): the dates the rules that
// depend on them read. Add the next renewal here.

/** Years of a general renewal: the budget is voted by 30 April instead of 15 April (CGCT, art. L. 1612-2; DAT-007). */
export const RENEWAL_YEARS: readonly number[] = [2014, 2020, 2026, 2032];

/**
 * The days the first meeting after a general renewal may be held (L. 2121-7: the Friday to the Sunday after the round
 * that elected the conseil, first or second): 2014 (rounds on 23 and 30 March), 2020 (installations deferred to 23–28 May
 * and 3–5 July by ordonnance n° 2020-562), 2026 (rounds on 15 and 22 March). SEA-001 applies 3 jours francs then.
 */
export const FIRST_MEETING_DAYS: readonly (readonly [string, string])[] = [
  ['2014-03-28', '2014-04-06'], ['2020-05-23', '2020-05-28'], ['2020-07-03', '2020-07-05'], ['2026-03-20', '2026-03-29'],
];

/**
 * The renewal whose campaign ends the délégations of loans (L. 2122-22, last paragraph; DEL-004): its first round, the
 * opening of its campaign (the second Monday before it, code électoral, R. 26), the first day a new conseil can be
 * installed (L. 2121-7).
 */
export const LOAN_RENEWALS: readonly { readonly firstRound: string; readonly campaign: string; readonly installedFrom: string }[] = [
  { firstRound: '2026-03-15', campaign: '2026-03-02', installedFrom: '2026-03-20' },
];

/**
 * The general renewals as a délégation of the conseil sees them (L. 2122-22: « pour la durée de son mandat »; DEL-002):
 * the first round, the first day a new conseil could be installed (L. 2121-7: the Friday after the round that elected
 * it in full; in 2020, 23 May, ordonnance n° 2020-562), and the last day the new conseils were installed (the end of
 * FIRST_MEETING_DAYS for that year; in 2020 the outgoing conseils sat until May or July). A décision after that last day
 * cannot rest on a délégation voted before the first installation: the outgoing conseil voted it.
 */
/**
 * The same renewals as an EPCI's organe délibérant sees them: its conseillers are elected with the conseils municipaux,
 * and it meets at the latest on the Friday of the fourth week after the maires' election (L. 5211-8; in 2020, by 17 July,
 * loi n° 2020-760). A délégation to its président or bureau voted before the first round ended with that mandate.
 */
export const EPCI_RENEWALS: readonly { readonly firstRound: string; readonly installedBy: string; readonly label: string }[] = [
  { firstRound: '2014-03-23', installedBy: '2014-04-25', label: 'mars 2014' },
  { firstRound: '2020-03-15', installedBy: '2020-07-17', label: 'mars 2020' },
  { firstRound: '2026-03-15', installedBy: '2026-04-17', label: 'mars 2026' },
];

export const GENERAL_RENEWALS: readonly { readonly firstRound: string; readonly installedFrom: string; readonly installedBy: string; readonly label: string }[] = [
  { firstRound: '2014-03-23', installedFrom: '2014-03-28', installedBy: '2014-04-06', label: 'mars 2014' },
  { firstRound: '2020-03-15', installedFrom: '2020-05-23', installedBy: '2020-07-05', label: 'mars 2020' },
  { firstRound: '2026-03-15', installedFrom: '2026-03-20', installedBy: '2026-03-29', label: 'mars 2026' },
];
