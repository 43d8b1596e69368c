// word-extractor ships no types: the little of it that src/read/word/doc.ts uses.
declare module 'word-extractor' {
  interface WordDocument {
    getBody(): string;
  }
  class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
  export = WordExtractor;
}
