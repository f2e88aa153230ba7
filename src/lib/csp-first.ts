/**
 * Astro writes its <meta> CSP where it writes the head's styles and scripts, at the end of <head>:
 * after the title, the preview tags, the theme script and a style, none of which a policy read later
 * governs. This moves it to the front of <head>, straight after <meta charset> (which must stay within
 * the first 1,024 bytes, and the policy, with its hashes, is longer). Everything inline on the page must
 * then be hashed in it, which BaseLayout sees to. Pure: HTML in, HTML out; a page without one is returned as it is.
 */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

export function cspFirst(html: string): string {
  const csp = CSP_META.exec(html);
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
