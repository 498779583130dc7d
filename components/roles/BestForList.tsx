/** A "Best for" heading and its bulleted list, without a wrapper: the caller places them. Styled by `best-for` (app/globals.css). */
export function BestForList({ items, headingLevel = 'h4' }: { items: string[]; headingLevel?: 'h2' | 'h3' | 'h4' }) {
  if (items.length === 0) return null
  const Heading = headingLevel
  return (
    <>
      <Heading>Best for</Heading>
      <ul className="bullets best-for">
        {items.map((item, index) => (
          // Index keys: a static list with no client state; the text as the key would be sent twice.
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  )
}
