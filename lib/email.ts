import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { env } from './env'

const FROM_NAME = 'Toolkit alternatives'

/**
 * The admin's one email: "Forgot password?" on the login page. With SMTP_URL set it goes out through
 * that server; without, nothing is sent and the log says to whom and about what, never the body (it
 * carries the reset link). An admin can always set anyone's password in Users. Our own adapter, not
 * `@payloadcms/email-nodemailer`: that has no release for this Payload version (see README).
 */
export const emailAdapter: EmailAdapter = ({ payload }) => {
  const sender = { defaultFromAddress: env.email.fromAddress, defaultFromName: FROM_NAME }
  if (!env.email.smtpUrl) {
    // Said once, where it matters: a production server, whose users would wait for a reset email.
    if (env.isProduction && env.isServerProcess) {
      payload.logger.warn('SMTP_URL is not set: password-reset emails are not sent, only logged (to whom, the subject).')
    }
    return {
      ...sender,
      name: 'log',
      sendEmail: async (message) => {
        payload.logger.info(`Email not sent (SMTP_URL is not set): "${message.subject ?? ''}" to ${recipients(message.to)}`)
      },
    }
  }
  const transport = createTransport(env.email.smtpUrl)
  return {
    ...sender,
    name: 'smtp',
    sendEmail: (message) => transport.sendMail({ from: { name: FROM_NAME, address: env.email.fromAddress }, ...message }),
  }
}

/** "a@x, b@y" from a message's `to`: a string, an address object or a list of them. */
function recipients(to: unknown): string {
  if (Array.isArray(to)) return to.map(recipients).join(', ')
  if (to && typeof to === 'object' && 'address' in to) return String(to.address)
  return String(to ?? '')
}
