import { defaultLoggerOptions, type Config } from 'payload'

/**
 * A refused request is the client's doing, not the server's: it is logged as one INFO line, and ERROR
 * (with a stack trace) stays for what an operator must look at.
 */

/** Payload's names for expected refusals (payload/dist/errors): wrong input, no access, no such thing. */
const EXPECTED_ERRORS = [
  'AuthenticationError', // wrong email or password
  'LockedAuth', // too many wrong passwords
  'UnauthorizedError',
  'UnverifiedEmail',
  'Forbidden',
  'ValidationError',
  'QueryError',
  'NotFound',
  'Locked', // a document another user is editing
  'MissingFile',
] as const

export const expectedErrorLoggingLevels: NonNullable<Config['loggingLevels']> = Object.fromEntries(
  EXPECTED_ERRORS.map((name) => [name, 'info']),
)

/** The client error an ERROR entry reports, if it is one: any 4xx, also when GraphQL wraps it. */
function clientErrorIn(entry: unknown): Error | undefined {
  if (typeof entry !== 'object' || entry === null || !('err' in entry)) return undefined
  const error = entry.err as { message?: unknown; status?: unknown; originalError?: { status?: unknown } } | undefined
  const status = error?.originalError?.status ?? error?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? (error as Error) : undefined
}

const ERROR_LEVEL = 50

/**
 * Payload's default pretty output, with one rule: an ERROR entry for a 4xx is written as INFO with its
 * message. `loggingLevels` above cannot do this for GraphQL, which logs every error as a GraphQLError
 * wrapping Payload's own, nor for errors a route throws as a plain APIError with a 4xx status.
 */
export const payloadLogger: Config['logger'] = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(args, method, level) {
        const clientError = level === ERROR_LEVEL ? clientErrorIn(args[0]) : undefined
        if (clientError) return this.info(clientError.message)
        return method.apply(this, args)
      },
    },
  },
}
