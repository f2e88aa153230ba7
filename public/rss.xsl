<?xml version="1.0" encoding="UTF-8"?>
<!--
  Turns /rss.xml (and each topic's feed) into a readable page when someone opens it in a browser:
  what a feed is, the address to copy, and the articles. Feed readers ignore it. Everything is in
  this file (styles included): it loads nothing, from this site or any other.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="atom dc">
  <xsl:output method="html" version="5.0" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:template match="/rss/channel">
    <html lang="en-GB">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <title><xsl:value-of select="title"/> (web feed)</title>
        <style>
          :root { color-scheme: light; --page: #fdfcf9; --ink: #1a1a1a; --muted: #555049; --accent: #0b5394; --rule: #d9d4cc; --surface: #f2eee6; }
          @media (prefers-color-scheme: dark) {
            :root { color-scheme: dark; --page: #121416; --ink: #ecebe8; --muted: #b2aea6; --accent: #8cc4ff; --rule: #3a3d42; --surface: #1d2024; }
          }
          html { background: var(--page); color: var(--ink); }
          body { margin: 0 auto; max-width: 42rem; padding: 1.5rem 1rem 4rem; font: 1.0625rem/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; overflow-wrap: break-word; }
          a { color: var(--accent); text-underline-offset: 0.18em; }
          a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
          .site { font: 700 1.5rem/1.2 'Iowan Old Style', Charter, 'Bitstream Charter', Cambria, Georgia, serif; color: var(--ink); text-decoration: none; }
          .about { margin: 1.5rem 0 2rem; padding: 1rem 1.25rem; border-top: 4px solid var(--accent); background: var(--surface); border-radius: 6px; }
          .about h1 { margin: 0 0 0.5rem; font-size: 1.25rem; }
          .about p { margin: 0.5rem 0; }
          code { display: block; margin: 0.5rem 0; padding: 0.5rem 0.75rem; border: 1px solid var(--rule); border-radius: 4px; background: var(--page); font: 0.95rem/1.4 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; user-select: all; word-break: break-all; }
          h2 { font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
          ol { list-style: none; margin: 0; padding: 0; }
          li { border-top: 1px solid var(--rule); padding: 1rem 0; }
          li h3 { margin: 0; font: 700 1.3rem/1.25 'Iowan Old Style', Charter, 'Bitstream Charter', Cambria, Georgia, serif; }
          li p { margin: 0.4rem 0 0; }
          .meta { color: var(--muted); font-size: 0.9rem; }
        </style>
      </head>
      <body>
        <header>
          <a class="site" href="{link}"><xsl:value-of select="title"/></a>
        </header>
        <main>
          <section class="about" aria-labelledby="about-title">
            <h1 id="about-title">This is a web feed</h1>
            <p>
              A feed reader can follow it and show you every new article in full, without visiting the site.
              Copy this address into your reader:
            </p>
            <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code>
            <p>
              New to feeds? <a href="/subscribe/">How to subscribe, and the other feeds</a>.
            </p>
          </section>
          <h2>In this feed</h2>
          <ol>
            <xsl:for-each select="item">
              <li>
                <h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
                <p><xsl:value-of select="description"/></p>
                <p class="meta">
                  <xsl:value-of select="dc:creator"/>
                  <xsl:text> · </xsl:text>
                  <xsl:value-of select="substring(pubDate, 6, 11)"/>
                </p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
