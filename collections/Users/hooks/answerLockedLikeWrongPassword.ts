import { AuthenticationError, formatErrors, type AfterErrorHook } from 'payload'

/**
 * "This user is locked" would tell a stranger that the account exists: an unknown email only ever gets
 * "The email or password provided is incorrect". A login to a locked account therefore answers exactly
 * like a wrong password, over REST and GraphQL (this runs as a config-level hook, the only one GraphQL
 * calls). The lockout itself holds: the login is still refused. The server log keeps the real reason.
 */
export const answerLockedLikeWrongPassword: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = 'originalError' in error && error.originalError instanceof Error ? error.originalError : error
  if (original.name !== 'LockedAuth') return
  const wrongPassword = new AuthenticationError(req.t)
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: wrongPassword.message,
        extensions: { ...graphqlResult.extensions, name: wrongPassword.name, statusCode: wrongPassword.status },
      },
    }
  }
  return { response: formatErrors(wrongPassword), status: wrongPassword.status }
}
