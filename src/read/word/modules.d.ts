// word-extractor ships no types: the little of it that src/read/word/doc.ts uses.
declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
  export = WordExtractor;
}

// mammoth's own module that reads word/numbering.xml (src/read/word/docx.ts wraps its reader).
declare module 'mammoth/lib/docx/numbering-xml.js' {
  interface Level {
    level: string;
    isOrdered: boolean;
  }
  interface Numbering {
    findLevel(numId: string, level: string): Level | null;
    findLevelByParagraphStyleId(styleId: string): Level | null;
  }
  const numberingXml: {
    readNumberingXml: (root: unknown, options: unknown) => Numbering;
  };
  export default numberingXml;
}
