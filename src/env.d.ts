/** A copy button's failure message by locale (astro.config.mjs, from each edition's `copy.failed`). */
declare const __COPY_FAILED__: Readonly<Record<string, string>>;

declare namespace App {
  interface Locals {
    /** The source an article's <Cite> and <SourceText> quote from when they name none. */
    defaultSource?: string;
    /** Set when an article is rendered for a feed: islands render as their no-JavaScript HTML. */
    inFeed?: boolean;
    /**
     * Set for an article whose every paragraph ends with an <Evidence> marker (an explainer or a
     * factfile): its inline quotations show no link of their own, since the marker carries the passage.
     */
    evidenced?: boolean;
    /** The story of the article being rendered: what a timeline inside its text shows. */
    story?: string;
  }
}

// For plain `tsc`, which cannot read .astro files (`astro check` types them for real): a .ts module
// that imports a component, such as the feed renderer, still type-checks.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
