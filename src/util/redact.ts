// Secrets that links carry (credentials in the URL, tokens in the query) are
// never echoed: every report message and the link cache see them redacted.

/** Query parameter names whose values are secrets (compared case-insensitively). */
const SECRET_NAMES = new Set([
  'access_token', 'accesstoken', 'token', 'id_token', 'refresh_token', 'auth', 'authorization', 'key', 'api_key', 'apikey', 'api-key',
  'sig', 'signature', 'password', 'passwd', 'pwd', 'secret', 'client_secret', 'sessionid', 'jwt',
  'x-amz-signature', 'x-amz-credential', 'x-amz-security-token', 'x-goog-signature', 'x-goog-credential',
]);
/** Names like `private_token`, `gitlab-token`, `app_key`, `aws_secret`. */
const SECRET_SUFFIX = /[_-](token|key|secret|sig|signature|password)$/i;

export const REDACTED = 'REDACTED';

export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_NAMES.has(lower) || SECRET_SUFFIX.test(lower);
}

// `scheme://user:pass@` (the userinfo part may be empty of a password).
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;
// `?name=value` or `&name=value` up to the next separator.
const QUERY_PARAM = /([?&;])([^=&#\s"'<>]+)=([^&#\s"'<>)\]]*)/g;

/** `text` with URL credentials and token-like query values replaced by REDACTED. */
export function redactSecrets(text: string): string {
  if (!text.includes('@') && !text.includes('=')) return text;
  return text
    .replace(USERINFO, `$1${REDACTED}@`)
    .replace(QUERY_PARAM, (whole, separator: string, name: string, value: string) =>
      value !== '' && isSecretName(safeDecode(name)) ? `${separator}${name}=${REDACTED}` : whole,
    );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
