/** A "Best for" heading and its bulleted list, without a wrapper: the caller places them. */
export function BestForList({ items, headingLevel = 'h4' }: { items: string[]; headingLevel?: 'h2' | 'h3' | 'h4' }) {
  if (items.length === 0) return null
  const Heading = headingLevel
  return (
    <>
      <Heading className="font-semibold">Best for</Heading>
      <ul className="bullets mt-2">
        {items.map((item, index) => (
          // Index keys: a static list with no client state; the text as the key would be sent twice.
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  )
}
