/**
 * Where a JSON document breaks, as line and column. Node's JSON.parse does not always say
 * (`Unexpected token ',', ..."bodies": [,]... is not valid JSON`), and a webmaster fixing a
 * hand-edited feed needs the line. Only called after JSON.parse has failed, so this scanner
 * just walks the grammar until it meets the first thing that does not fit.
 */

export interface JsonErrorPlace {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

class Stop extends Error {
  constructor(readonly at: number, message: string) {
    super(message);
  }
}

export function locateJsonError(text: string): JsonErrorPlace | null {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (message: string): never => {
    throw new Stop(i, i >= text.length ? 'the file ends too early (a missing } or ]?)' : message);
  };
  const found = () => (i < text.length ? `"${text[i]}"` : 'the end');
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i]! < ' ') fail('a line break or control character inside a string (close the quote?)');
      i++;
    }
    if (i >= text.length) fail('');
    i++;
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    const literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!literal) fail(`expected a value, found ${found()}`);
    i += literal![0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') fail(`expected "," or "${close}", found ${found()}`);
      i++;
      space();
      if (text[i] === close) fail(`a "," before "${close}": remove the last comma`);
    }
  };
  const object = () => list('}', () => {
    space();
    if (text[i] !== '"') fail(`expected a "quoted" property name, found ${found()}`);
    string();
    space();
    if (text[i] !== ':') fail(`expected ":" after the property name, found ${found()}`);
    i++;
    value();
  });
  const array = () => list(']', value);
  try {
    value();
    space();
    if (i < text.length) fail(`unexpected ${found()} after the end of the document`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at);
    const line = before.split('\n').length;
    return { line, column: error.at - before.lastIndexOf('\n'), message: error.message };
  }
}
