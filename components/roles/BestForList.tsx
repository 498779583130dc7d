export function BestForList({ items, headingLevel = 'h4' }: { items: string[]; headingLevel?: 'h2' | 'h3' | 'h4' }) {
  if (items.length === 0) return null
  const Heading = headingLevel
  return (
    <div>
      <Heading className="font-semibold">Best for</Heading>
      <ul className="mt-2 list-disc space-y-1 pl-5 marker:text-sky-700 dark:marker:text-sky-300">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  )
}
