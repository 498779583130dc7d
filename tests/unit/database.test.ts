import { describe, expect, it } from 'vitest'

import { databaseKindFor, redactCredentials } from '@/database/databaseKind'

describe('databaseKindFor', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['  ', 'sqlite'],
    ['file:./data/site.db', 'sqlite'],
    ['file:///var/lib/site/site.db', 'sqlite'],
    ['mongodb://localhost:27017/toolkits?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://user:secret@cluster0.example.net/toolkits', 'mongodb'],
  ] as const)('%j selects %s', (uri, kind) => {
    expect(databaseKindFor(uri)).toBe(kind)
  })

  it.each(['postgres://localhost/toolkits', 'mysql://x', './data/site.db', 'sqlite:site.db'])(
    'refuses %j with a message naming DATABASE_URI',
    (uri) => {
      expect(() => databaseKindFor(uri)).toThrow(/DATABASE_URI must start with "file:"/)
    },
  )

  it('never prints the password of a refused URI', () => {
    expect(() => databaseKindFor('postgres://admin:hunter2@db.example.net/x')).toThrow(/\/\/\*\*\*@db\.example\.net/)
    expect(() => databaseKindFor('postgres://admin:hunter2@db.example.net/x')).not.toThrow(/hunter2/)
  })
})

describe('redactCredentials', () => {
  it('hides user and password and keeps the host', () => {
    expect(redactCredentials('mongodb+srv://user:pw@cluster.example.net/db')).toBe('mongodb+srv://***@cluster.example.net/db')
    expect(redactCredentials('mongodb://localhost:27017/db')).toBe('mongodb://localhost:27017/db')
  })
})
