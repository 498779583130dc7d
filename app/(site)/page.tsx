export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">Engineering toolkits and their alternatives</h1>
    </main>
  )
}
