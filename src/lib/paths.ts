/**
 * Every address on the site, in one place: pages and components ask here rather than writing
 * "/articles/…/" themselves, so an address is decided once and a link can never drift from its page.
 */

export const articlePath = (id: string) => `/articles/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
/** A paragraph (p…), sentence (s…) or heading of a source document. */
export const passagePath = (source: string, passage: string) => `${sourcePath(source)}#${passage}`;
export const topicPath = (id: string) => `/topics/${id}/`;
/** The page of every context fact, or one fact's entry on it. */
export const contextPath = (fact?: string) => `/context/${fact ? `#${fact}` : ''}`;
