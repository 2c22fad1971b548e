/** Reads `gp:usage-rules` as RFC 4119 (geopriv10 namespace) and RFC 4119's basic policy (basicPolicy namespace) write them. */
import { NS, namespaceOf, tokenText } from '../xml/parse-xml.js';
import { notUnderstood, type NotUnderstood } from './reading.js';

export type UsageRules = {
  /** `retransmission-allowed`: true/yes/1 or false/no/0, in any letter case. */
  retransmissionAllowed?: boolean;
  /** `retention-expiry`, as written (an xs:dateTime in a valid document). */
  retentionExpiry?: string;
  /** `ruleset-reference`: where the full rules are. */
  rulesetReference?: string;
  /** `note-well`: free text the recipient must heed. */
  noteWell?: string;
};

const RULE_NAMESPACES: ReadonlySet<string> = new Set([NS.gp, NS.gbp]);

/**
 * `retransmission-allowed` as written in the wild: the schema says xs:boolean, RFC 4119's
 * own examples say yes/no, and products add letter case ("FAlse").
 */
export function readBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'true' || word === 'yes' || word === '1') return true;
  if (word === 'false' || word === 'no' || word === '0') return false;
  return undefined;
}

/** The usage rules of one geopriv, and the rules it met but could not read. */
export function readUsageRules(rules: Element | null): { rules: UsageRules; notUnderstood: NotUnderstood[] } {
  const result: UsageRules = {};
  const problems: NotUnderstood[] = [];
  for (const child of rules ? Array.from(rules.children) : []) {
    const text = tokenText(child);
    if (!RULE_NAMESPACES.has(namespaceOf(child))) {
      problems.push(notUnderstood(child, rules!.tagName));
      continue;
    }
    switch (child.localName) {
      case 'retransmission-allowed': {
        const allowed = readBoolean(text);
        if (allowed === undefined) problems.push(notUnderstood(child, rules!.tagName, 'not true/false or yes/no'));
        else result.retransmissionAllowed = allowed;
        break;
      }
      case 'retention-expiry':
        if (text) result.retentionExpiry = text;
        break;
      case 'ruleset-reference':
      case 'external-ruleset':
        if (text) result.rulesetReference = text;
        break;
      case 'note-well':
        if (text) result.noteWell = text;
        break;
      default:
        problems.push(notUnderstood(child, rules!.tagName));
    }
  }
  return { rules: result, notUnderstood: problems };
}
