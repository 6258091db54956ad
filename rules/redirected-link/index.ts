import { defineRule, type Report } from '../../src/model/rule.js';
import { describeStatus } from '../../src/links/result.js';
import { RELATIVE_BASE } from '../../src/links/classify.js';
import { externalResultsFact, internalTargetsFact, linksFact } from '../../src/links/facts.js';

export default defineRule({
  meta: {
    id: 'redirected-link',
    category: 'links',
    description: 'A link that is permanently redirected (301/308, or a help-center article whose slug changed): link to the final URL.',
    defaultSeverity: 'warning',
    uses: [linksFact, externalResultsFact, internalTargetsFact],
  },
  check(_article, context) {
    const prepared = { external: context.get(externalResultsFact), internal: context.get(internalTargetsFact) };
    for (const link of context.get(linksFact)) {
      const at: Pick<Report, 'span'> = { span: link.span };
      const { target } = link;
      if (target.type === 'external') {
        if (prepared.external.isExcluded(target.url, link.url)) continue;
        const result = prepared.external.results.get(target.url);
        if (result?.kind !== 'ok' || !result.permanent) continue;
        const fragment = link.url.includes('#') ? link.url.slice(link.url.indexOf('#')) : '';
        const to = new URL(result.permanent.to);
        const suggestion = fragment && !to.hash ? `${to.href}${fragment}` : to.href;
        context.report({
          ...at,
          message: `Redirected link "${link.url}": ${describeStatus(result.permanent.status)} to ${result.permanent.to}.`,
          suggestion: `Link to ${suggestion} instead.`,
        });
      } else if (target.type === 'article-id' && target.slug !== null) {
        const found = prepared.internal.articleIds.get(target.id);
        if (!found?.slug || found.slug.toLowerCase() === target.slug.toLowerCase()) continue;
        const url = new URL(target.url);
        url.pathname = url.pathname.replace(/\/articles\/\d+(?:-[^/]*)?/, `/articles/${target.id}-${encodeURIComponent(found.slug)}`);
        context.report({
          ...at,
          message: `Redirected link "${link.url}": article ${target.id} is now at the slug "${found.slug}", so the help center redirects this URL.`,
          suggestion: `Link to ${url.origin === RELATIVE_BASE ? `${url.pathname}${url.search}${url.hash}` : url.href} instead.`,
        });
      }
    }
  },
});
