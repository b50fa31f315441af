import { SaxesParser, type SaxesTag } from 'saxes';

/** An element as read: enough of the XML tree to map one activity. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export type IatiFileErrorCode = 'XML_MALFORMED' | 'XML_DTD_FORBIDDEN' | 'IATI_WRONG_ROOT' | 'PAYLOAD_TOO_LARGE';

/** A whole file refused: not XML, a DTD, not an IATI activities file, or too large. */
export class IatiFileError extends Error {
  constructor(
    readonly code: IatiFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface IatiFile {
  version: string;
  activities: XmlElement[];
}

const CHUNK = 64 * 1024;
const MAX_DEPTH = 64;

/**
 * Reads an `iati-activities` file with a streaming parser (saxes), keeping one activity's elements
 * at a time until it closes. A document type declaration is refused as soon as it appears, so
 * neither external entities (XXE) nor entity expansion (billion laughs) can happen; saxes never
 * fetches or expands anything itself, and an undeclared entity reference is an error.
 */
export function readIatiFile(content: string, maxBytes: number): IatiFile {
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > maxBytes) {
    throw new IatiFileError(
      'PAYLOAD_TOO_LARGE',
      `The file has ${bytes} bytes; an IATI import takes files of at most ${maxBytes} bytes (split it)`,
    );
  }
  // Without xmlns processing attributes are plain strings, `xml:lang` included.
  const parser = new SaxesParser({ position: true, xmlns: false });
  const activities: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let version: string | null = null;
  let failure: IatiFileError | null = null;
  const fail = (error: IatiFileError): never => {
    failure = error;
    throw error;
  };

  parser.on('doctype', () =>
    fail(
      new IatiFileError(
        'XML_DTD_FORBIDDEN',
        `line ${parser.line}: a document type declaration (DTD) is not allowed: IATI files have none, and a DTD can declare entities that read local files or expand without end`,
      ),
    ),
  );
  parser.on('opentag', (tag: SaxesTag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (version === null) {
      if (tag.name !== 'iati-activities') {
        fail(
          new IatiFileError(
            'IATI_WRONG_ROOT',
            `The root element is <${tag.name}>; an IATI activities file starts with <iati-activities>`,
          ),
        );
      }
      version = attributes['version'] ?? '';
      if (!/^2\.0[1-3]$/.test(version)) {
        fail(
          new IatiFileError(
            'IATI_WRONG_ROOT',
            `<iati-activities version="${version}">: only IATI 2.01, 2.02 and 2.03 files can be imported`,
          ),
        );
      }
      return;
    }
    if (stack.length >= MAX_DEPTH)
      fail(new IatiFileError('XML_MALFORMED', `line ${parser.line}: elements nest too deep`));
    if (stack.length === 0 && tag.name !== 'iati-activity') {
      // Anything else at the top (comments are not elements) is not an activity: skipped whole.
      stack.push({ name: tag.name, attrs: {}, children: [], text: '', line: parser.line });
      return;
    }
    const element: XmlElement = {
      name: tag.name,
      attrs: { ...attributes },
      children: [],
      text: '',
      line: parser.line,
    };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element && stack.length === 0 && element.name === 'iati-activity') activities.push(element);
  });
  parser.on('error', (error) => {
    if (!failure) fail(new IatiFileError('XML_MALFORMED', `The file is not well-formed XML: ${error.message}`));
  });

  try {
    const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
    for (let i = 0; i < text.length;) {
      // Never split a surrogate pair between two chunks.
      let end = Math.min(i + CHUNK, text.length);
      if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end += 1;
      parser.write(text.slice(i, end));
      i = end;
    }
    parser.close();
  } catch (error) {
    if (error instanceof IatiFileError) throw error;
    throw new IatiFileError(
      'XML_MALFORMED',
      `The file is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (version === null) throw new IatiFileError('XML_MALFORMED', 'The file has no root element');
  return { version, activities };
}

/** Children of an element with this name. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
export const firstChild = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
