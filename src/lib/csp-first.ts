/**
 * Astro writes its <meta> CSP where it writes the head's styles and scripts, at the end of <head>:
 * after the title, the preview tags, the theme script and a style, none of which a policy read later
 * governs. This moves it to the front of <head>, straight after <meta charset> (which must stay within
 * the first 1,024 bytes, and the policy, with its hashes, is longer). Everything inline on the page must
 * then be hashed in it, which BaseLayout sees to. Pure: HTML in, HTML out; a page without one is returned as it is.
 */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/** The policy's element as Astro writes it, found by indexOf first: a case-blind search of every page costs more. */
function cspMeta(html: string): { index: number; 0: string } | null {
  const opening = '<meta http-equiv="content-security-policy" content="';
  const at = html.indexOf(opening);
  const quote = at === -1 ? -1 : html.indexOf('"', at + opening.length);
  if (quote !== -1 && html[quote + 1] === '>') return { index: at, 0: html.slice(at, quote + 2) };
  return CSP_META.exec(html);
}

export function cspFirst(html: string): string {
  const csp = cspMeta(html);
  const headStart = /<head[^>]*>/i.exec(html);
  if (!csp || !headStart) return html;
  const without = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const charset = CHARSET.exec(without);
  const at =
    charset && charset.index < without.indexOf('</head>')
      ? charset.index + charset[0].length
      : headStart.index + headStart[0].length;
  return without.slice(0, at) + csp[0] + without.slice(at);
}
