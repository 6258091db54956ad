/** Problems with how kblint was called (bad flag, no files matched): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
