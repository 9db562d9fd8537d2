/**
 * A well-formedness check for feeds. linkedom's XML mode is forgiving (it repairs a truncated feed
 * without a word), so before parsing we check that tags nest and close, and report the first
 * problem with its line number. One pass with indexOf; comments, CDATA, processing instructions and
 * the doctype are skipped whole.
 */

export interface XmlProblem {
  line: number;
  message: string;
}

const NAME = /[A-Za-z_:][\w.:-]*/y;

export function checkXml(xml: string): XmlProblem | null {
  const stack: { name: string; at: number }[] = [];
  let roots = 0;
  let pos = 0;
  const problem = (at: number, message: string): XmlProblem => ({ line: lineAt(xml, at), message });
  while (true) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return problem(lt, 'a comment is never closed');
      pos = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return problem(lt, 'a CDATA section is never closed');
      pos = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return problem(lt, 'a processing instruction is never closed');
      pos = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      const end = skipDeclaration(xml, lt);
      if (end < 0) return problem(lt, 'a declaration is never closed');
      pos = end;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end < 0) return problem(lt, 'a closing tag is cut off');
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open) return problem(lt, `</${name}> closes nothing`);
      if (open.name !== name)
        return problem(lt, `</${name}> closes <${open.name}> (opened on line ${lineAt(xml, open.at)})`);
      pos = end + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const name = NAME.exec(xml)?.[0];
      if (!name) return problem(lt, 'a "<" that starts no tag (write it as &lt;)');
      const end = tagEnd(xml, lt + 1 + name.length);
      if (end < 0) return problem(lt, `the tag <${name}> is cut off`);
      if (stack.length === 0) roots++;
      if (roots > 1) return problem(lt, `a second root element <${name}>`);
      if (xml[end - 1] !== '/') stack.push({ name, at: lt });
      pos = end + 1;
    }
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    return problem(open.at, `<${open.name}> is never closed (the feed may be cut off)`);
  }
  if (roots === 0) return { line: 1, message: 'no XML element found' };
  return null;
}

/** Index of the `>` ending a start tag, skipping quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') return -1;
  }
  return -1;
}

/** End (exclusive) of `<!DOCTYPE ...>`, including an internal `[...]` subset; -1 if none. */
function skipDeclaration(xml: string, from: number): number {
  let depth = 0;
  for (let i = from + 2; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

function lineAt(text: string, at: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
