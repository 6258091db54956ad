// The User-Agent of the link checker, naming kblint and its version.
import { KBLINT_REPOSITORY, KBLINT_VERSION } from '../model/version.js';

export const USER_AGENT = `kblint/${KBLINT_VERSION} (link checker; +${KBLINT_REPOSITORY})`;
