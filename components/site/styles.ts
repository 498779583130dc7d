/** Class lists used by more than one component. */
export const textLink =
  'rounded font-medium text-sky-700 underline decoration-sky-700/30 underline-offset-4 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40 dark:hover:decoration-sky-300'

export const sectionHeading = 'text-2xl font-bold tracking-tight'
