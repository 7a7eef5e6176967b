// @ts-check
// typedoc plugin: formulas, rendered at build time.
//
// Every public function states its formula in a ```text block (the house
// style), written with plain Unicode (−, ×, ≤, 办结 / 受理), so no maths
// library and no script from a CDN is needed: the page works offline.
//
// - Rendering: each ```text block becomes <pre class="formula">, styled by
//   scripts/typedoc/formulas.css (copied into the site by `customCss`).
// - Validation: a public function whose comment has no ```text block is a
//   warning, and `treatWarningsAsErrors` turns it into a failed build.
import { Application, ReflectionKind, Renderer } from 'typedoc';

/** @param {import('typedoc').Comment | undefined} comment */
function hasFormula(comment) {
  return (comment?.summary ?? []).some((part) => part.kind === 'code' && /^```text\r?\n/.test(part.text));
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    for (const fn of project.getReflectionsByKind(ReflectionKind.Function)) {
      const signatures = 'signatures' in fn ? (fn.signatures ?? []) : [];
      if (!signatures.some((signature) => hasFormula(signature.comment)) && !hasFormula(fn.comment)) {
        app.logger.warn(`${fn.getFriendlyFullName()} has no formula: add a \`\`\`text block to its doc comment`);
      }
    }
  });

  app.renderer.on(Renderer.EVENT_END_PAGE, (page) => {
    page.contents = page.contents?.replaceAll('<pre><code class="text">', '<pre class="formula"><code class="text">');
  });
}
