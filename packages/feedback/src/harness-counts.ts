/**
 * How many answers this test file checked against Portico's served document, and how many it sent
 * off every document on purpose; `harness-counts-setup.ts` records them for the run's total.
 */
export const harnessCounts = { validated: 0, undocumented: 0 };
