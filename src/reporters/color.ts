export interface ColorEnvironment {
  /** Whether the output stream is a terminal (`process.stdout.isTTY`). */
  isTTY: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether the text reporter should use colour. Pure: the caller passes the
 * stream's TTY flag and the environment.
 *
 * Precedence, following chalk/supports-color, where FORCE_COLOR is checked
 * before anything else:
 *  1. FORCE_COLOR, when set to a non-empty value, decides: `0` or `false`
 *     turns colour off, any other value turns it on, whatever NO_COLOR says
 *     and whether or not the output is a terminal.
 *  2. NO_COLOR, when set to a non-empty value, turns colour off
 *     (https://no-color.org: "present and not an empty string").
 *  3. Otherwise colour is used iff the output is a terminal.
 *
 * An empty FORCE_COLOR counts as unset here (supports-color would treat it
 * as "enable"); an empty NO_COLOR counts as unset, as no-color.org says.
 */
export function shouldUseColor({ isTTY, env }: ColorEnvironment): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') {
    const value = force.trim().toLowerCase();
    return !(value === '0' || value === 'false');
  }
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return isTTY === true;
}
