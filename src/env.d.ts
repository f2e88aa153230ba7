declare namespace App {
  interface Locals {
    /** The source an article's <Cite> and <SourceText> quote from when they name none. */
    defaultSource?: string;
  }
}
