/** Indents an XML document for display as text (never parsed into the page as markup). */

/**
 * Puts each tag on its own line, indented by depth; a text-only element stays on one
 * line. Works on the serialized string, so the result can only ever be shown as text.
 */
export function prettyXml(xml: string, indent = '  '): string {
  const tokens = xml
    .replace(/>\s+</g, '><')
    .split(/(<[^>]+>)/)
    .filter((token) => token.trim() !== '');
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const isTag = token.startsWith('<');
    const isClosing = token.startsWith('</');
    const isSelfContained = token.endsWith('/>') || token.startsWith('<?') || token.startsWith('<!');
    if (isClosing) {
      depth = Math.max(0, depth - 1);
      lines.push(indent.repeat(depth) + token);
    } else if (isTag && !isSelfContained && !tokens[i + 1]?.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
      // <el>text</el> on one line
      lines.push(indent.repeat(depth) + token + tokens[i + 1].trim() + tokens[i + 2]);
      i += 2;
    } else if (isTag) {
      lines.push(indent.repeat(depth) + token);
      if (!isSelfContained) depth++;
    } else {
      lines.push(indent.repeat(depth) + token.trim());
    }
  }
  return lines.join('\n');
}
