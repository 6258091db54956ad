import { defineRule, type Report } from '../../src/model/rule.js';
import { externalResultsFact, linksFact } from '../../src/links/facts.js';

export default defineRule({
  meta: {
    id: 'dead-link',
    category: 'links',
    description: 'An external link that does not work: an HTTP error, a timeout, a DNS failure, a redirect loop or an invalid URL.',
    defaultSeverity: 'error',
    uses: [linksFact, externalResultsFact],
  },
  check(_article, context) {
    const external = context.get(externalResultsFact);
    for (const link of context.get(linksFact)) {
      const at: Pick<Report, 'span'> = { span: link.span };
      const { target } = link;
      if (target.type === 'invalid' && target.external) {
        context.report({ ...at, message: `Dead link "${link.url}": ${target.reason}.`, suggestion: 'Fix the URL.' });
        continue;
      }
      if (target.type !== 'external' || external.isExcluded(target.url, link.url)) continue;
      const result = external.results.get(target.url);
      if (!result) continue; // offline, or not checked
      if (result.kind === 'dead') {
        context.report({
          ...at,
          message: `Dead link "${link.url}": ${result.reason}.`,
          suggestion:
            result.status === 404 || result.status === 410
              ? 'Find where the page moved and link there, or remove the link.'
              : 'Check the link in a browser; if it works there, add it to links.exclude or its status to links.allowStatus.',
        });
      } else if (result.kind === 'rate-limited') {
        context.report({ ...at, severity: 'warning', message: `Could not check "${link.url}": ${result.reason}.`, suggestion: 'Run the check again later, or add the site to links.exclude.' });
      } else if (result.kind === 'skipped') {
        context.report({
          ...at,
          severity: 'info',
          message: `Not checked "${link.url}": ${result.reason}.`,
          suggestion: result.suggestion ?? 'Readers outside your network cannot open it either; set links.allowPrivate to check such links.',
        });
      }
    }
  },
});
