/** A bulleted list of short texts (a comparison's Best for cell); nothing for none. */
export function Bullets({ items }: { items: string[] }) {
  if (items.length === 0) return null
  return (
    <ul className="bullets">
      {items.map((item, index) => (
        // Index keys: a static list; the text as the key would be sent twice.
        <li key={index}>{item}</li>
      ))}
    </ul>
  )
}
