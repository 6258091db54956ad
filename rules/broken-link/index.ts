import path from 'node:path';
import { defineRule, type RuleContext } from '../../src/model/rule.js';
import type { ArticleSummary } from '../../src/model/types.js';
import { toPosix } from '../../src/config/policies.js';
import { candidates, redirectFor, resolveFile, type ClassifiedLink, type FileFact, type InternalTargets } from '../../src/links/internal.js';
import { internalTargetsFact, linksFact } from '../../src/links/facts.js';
import { closest } from '../../src/links/similar.js';

const ALWAYS_VALID_FRAGMENTS = new Set(['', 'top']);

export default defineRule({
  meta: {
    id: 'broken-link',
    category: 'links',
    description: 'A link or image to a file of the help center that does not exist, or to a heading or anchor it does not have.',
    defaultSeverity: 'error',
    uses: [linksFact, internalTargetsFact],
  },
  check(article, context) {
    const facts = context.get(internalTargetsFact);
    for (const link of context.get(linksFact)) {
      const { target } = link;
      if (target.type === 'invalid' && !target.external) {
        report(context, link, `Broken link "${link.url}": ${target.reason}.`);
      } else if (target.type === 'file') {
        const resolved = resolveFile(target.path, facts);
        // A page that moved behind a redirect: redirected-link reports it, with the final path.
        if (!resolved && redirectFor(target, facts, facts.siteRoot)) continue;
        if (!resolved) {
          const wanted = display(article, target.path);
          const suggestion = similarFile(article, target.path, facts);
          report(
            context,
            link,
            `Broken link "${link.url}": ${wanted}${candidates(target.path).length > 1 ? ' (or .md)' : ''} does not exist.`,
            suggestion
              ? `Did you mean "${suggestion}"?`
              : link.kind === 'image'
                ? 'Fix the path, or add the image file.'
                : 'Fix the path, or remove the link if the article was retired.',
          );
        } else if (target.fragment !== null) {
          checkFragment(context, link, target.fragment, resolved, article);
        }
      } else if (target.type === 'article-id') {
        const found = facts.articleIds.get(target.id);
        if (!found && redirectFor(target, facts, facts.siteRoot)) continue;
        if (!found) {
          report(
            context,
            link,
            `Broken link "${link.url}": no article has the help-center id ${target.id} (looked in file names and the frontmatter fields ${context.config.metadata.fields.id.join(', ')} (metadata.fields.id) under ${display(article, facts.siteRoot)}).`,
            'Link to an article that exists, or remove the link if the article was retired.',
          );
          continue;
        }
        if (target.fragment === null) continue;
        const resolved = found.anchors ? { path: found.path, fact: { kind: 'file' as const, anchors: found.anchors } } : resolveFile(found.path, facts);
        const self = found.key === undefined ? undefined : found.key === article.key;
        if (resolved) checkFragment(context, link, target.fragment, resolved, article, self);
      }
    }
  },
});

function checkFragment(
  context: RuleContext,
  link: ClassifiedLink,
  rawFragment: string,
  resolved: { path: string; fact: FileFact },
  article: ArticleSummary,
  /** Whether the target is this very article, when the path alone cannot tell (several articles in one file). */
  self = resolved.path === article.absolutePath && article.key === article.path,
): void {
  const anchors = resolved.fact.anchors;
  if (!anchors) return; // not Markdown (or a folder): nothing to check a fragment against
  // A text fragment (`#:~:text=…`, also after an anchor: `#setup:~:text=…`) is a
  // browser's scroll-to-text directive, never an anchor.
  const directive = rawFragment.indexOf(':~:');
  let fragment = directive >= 0 ? rawFragment.slice(0, directive) : rawFragment;
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep it as written
  }
  if (ALWAYS_VALID_FRAGMENTS.has(fragment) || anchors.has(fragment) || anchors.has(fragment.toLowerCase())) return;
  const where = self ? 'this article' : display(article, resolved.path);
  const near = closest(fragment, anchors);
  report(
    context,
    link,
    `Broken anchor "${link.url}": ${where} has no heading or anchor "#${fragment}".`,
    near ? `Did you mean "#${near}"?` : 'Point the link at an existing heading, or add an anchor with that id.',
  );
}

function report(context: RuleContext, link: ClassifiedLink, message: string, suggestion?: string): void {
  context.report({ span: link.span, message, suggestion });
}

/**
 * A file as the message names it: relative to the linking article's folder,
 * as a link from it would be written, so the message (and the finding's
 * fingerprint) is the same whichever folder kblint runs from.
 */
function display(article: ArticleSummary, file: string): string {
  return toPosix(path.relative(path.dirname(article.absolutePath), file)) || '.';
}

/** A linted article whose path is close to the one the link names, as a link from this article. */
function similarFile(article: ArticleSummary, wanted: string, facts: InternalTargets): string | null {
  const known = [...facts.anchorsByFile.keys()];
  const wantedMd = path.extname(wanted) === '' ? `${wanted}.md` : wanted;
  const sameName = known.filter((p) => path.basename(p) === path.basename(wantedMd));
  const folder = path.dirname(wantedMd);
  const near = closest(path.basename(wantedMd), known.filter((p) => path.dirname(p) === folder).map((p) => path.basename(p)));
  const pick = near ? path.join(folder, near) : sameName.length === 1 ? sameName[0]! : null;
  return pick ? toPosix(path.relative(path.dirname(article.absolutePath), pick)) : null;
}
