import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { createApiClient, type ApiClient } from './support/apiClient'
import { describeOnDatabase, startTestPayload, type TestPayload } from './support/testPayload'
import { TEST_PASSWORD } from './support/users'

interface ReceivedMail {
  from: string
  to: string[]
  body: string
}

/** A real SMTP server on a loopback port that keeps what it is sent. */
async function startMailbox(): Promise<{ port: number; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const { mailFrom, rcptTo } = session.envelope
        mails.push({
          from: mailFrom ? mailFrom.address : '',
          to: rcptTo.map(({ address }) => address),
          body: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** "Forgot password?" on the admin's login page sends the reset link through the SMTP server SMTP_URL names. */
describeOnDatabase('password-reset email', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>
  let app: TestPayload
  let api: ApiClient

  beforeAll(async () => {
    mailbox = await startMailbox()
    process.env.SMTP_URL = `smtp://127.0.0.1:${mailbox.port}`
    process.env.EMAIL_FROM = 'admin-mail@toolkits.example'
    app = await startTestPayload()
    api = createApiClient(app.config)
    for (const email of ['forgetful@example.test', 'also-forgetful@example.test']) {
      await app.payload.create({ collection: 'users', data: { email, password: TEST_PASSWORD, userRole: 'editor' } })
    }
  })
  afterAll(async () => {
    delete process.env.SMTP_URL
    delete process.env.EMAIL_FROM
    await app?.cleanup()
    await mailbox?.close()
  })

  it('sends the reset link to the account’s address, from EMAIL_FROM', async () => {
    const { status } = await api.rest('POST', '/users/forgot-password', { body: { email: 'forgetful@example.test' } })
    expect(status).toBe(200)

    await expect.poll(() => mailbox.mails.length).toBe(1)
    const [mail] = mailbox.mails
    expect(mail!.to).toEqual(['forgetful@example.test'])
    expect(mail!.from).toBe('admin-mail@toolkits.example')
    // Quoted-printable may fold long lines: unfold before looking for the link.
    const body = mail!.body.replace(/=\r?\n/g, '')
    expect(body).toMatch(new RegExp(`${app.config.serverURL}/admin/reset/[A-Za-z0-9]+`))
  })

  it('sends nothing for an address no account has, and answers the same', async () => {
    const { status } = await api.rest('POST', '/users/forgot-password', { body: { email: 'nobody@example.test' } })
    expect(status).toBe(200)
    // A request for a real account after it: once its mail is in, any mail for the first would be too.
    await api.rest('POST', '/users/forgot-password', { body: { email: 'also-forgetful@example.test' } })
    await expect.poll(() => mailbox.mails.length).toBe(2)
    expect(mailbox.mails.map(({ to }) => to)).toEqual([['forgetful@example.test'], ['also-forgetful@example.test']])
  })
})
