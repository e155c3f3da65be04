// The time window of story grouping: an article joins only a story whose articles are this close
// in days, and an article's candidates leave the index once they fall out of it.

/** days between an article and the last one of a story it may still join */
export const WINDOW_DAYS = 3;

/** The day number of an ISO date (undefined for an undated article). */
export const dayOf = (date?: string) => (date ? Math.floor(Date.parse(date) / 86_400_000) : undefined);

/** Whether two days lie inside the window (an undated article is near every day). */
export const near = (a?: number, b?: number) =>
  a === undefined || b === undefined || Math.abs(a - b) <= WINDOW_DAYS;
