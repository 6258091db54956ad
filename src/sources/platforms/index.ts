// Every help-center platform kblint reads, in the order they are tried. Each
// recognises its own export by fields no other has together, so no shared key
// (`articles`, `data`, `results`) decides alone.
import type { SourceKind } from '../../model/types.js';
import type { PlatformReader } from './reader.js';
import { zendesk } from './zendesk.js';
import { helpScout } from './helpscout.js';
import { intercom } from './intercom.js';
import { freshdesk } from './freshdesk.js';
import { document360 } from './document360.js';
import { salesforce } from './salesforce.js';
import { confluence } from './confluence.js';

export type { PlatformReader } from './reader.js';
export { isZendeskNamesFile } from './zendesk.js';

// In the order of PLATFORM_KINDS (src/sources/kinds.ts): the most specific shapes first.
export const PLATFORM_READERS: readonly PlatformReader[] = [intercom, salesforce, helpScout, confluence, document360, freshdesk, zendesk];

const BY_KIND = new Map<SourceKind, PlatformReader>(PLATFORM_READERS.map((r) => [r.kind, r]));

export function platformReader(kind: SourceKind): PlatformReader | undefined {
  return BY_KIND.get(kind);
}

/** The platform whose export this parsed JSON value is, or null. */
export function detectPlatform(value: unknown): PlatformReader | null {
  return PLATFORM_READERS.find((reader) => reader.detect(value)) ?? null;
}

/** "Zendesk Guide ({…}), Help Scout Docs ({…}), …": what a JSON file was tried as. */
export function formatsTried(): string {
  return PLATFORM_READERS.map((r) => `${r.label} (${r.shape})`).join('; ');
}
