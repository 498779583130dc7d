/** Class lists used by more than one component. Links and lists are styled in app/globals.css. */
export const sectionHeading = 'text-2xl font-bold tracking-tight'
