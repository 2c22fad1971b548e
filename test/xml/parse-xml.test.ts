import { expect } from '@open-wc/testing';
import {
  MAX_XML_BYTES, NS, XmlParseError, childElements, firstChildElement, parseXml, tokenText,
} from '../../src/xml/parse-xml.js';

function refusal(text: string): XmlParseError {
  try {
    parseXml(text);
  } catch (error) {
    if (error instanceof XmlParseError) return error;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

describe('parseXml', () => {
  it('parses a namespaced document and finds children by namespace', () => {
    const doc = parseXml(
      `<presence xmlns="${NS.pidf}" xmlns:x="urn:other"><tuple id="a"/><x:tuple id="b"/><tuple id="c"/></presence>`,
    );
    const tuples = childElements(doc.documentElement, NS.pidf, 'tuple');
    expect(tuples.map((t) => t.id)).to.deep.equal(['a', 'c']);
    expect(firstChildElement(doc.documentElement, 'urn:other', 'tuple')?.id).to.equal('b');
    expect(firstChildElement(doc.documentElement, NS.pidf, 'note')).to.equal(null);
  });

  const refused: [string, string, XmlParseError['code']][] = [
    ['malformed text', '<a><b></a>', 'malformed'],
    ['a truncated document', '<presence xmlns="urn:ietf:params:xml:ns:pidf"><tuple', 'malformed'],
    ['white space before the XML declaration', ' \n<?xml version="1.0"?><a/>', 'malformed'],
    ['an empty string', '', 'malformed'],
    ['a DOCTYPE with an external entity', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>', 'doctype'],
    ['an entity expansion bomb', '<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>', 'doctype'],
    ['a bare DOCTYPE', '<!DOCTYPE html><a/>', 'doctype'],
    ['a document over the size cap', `<a>${'x'.repeat(MAX_XML_BYTES)}</a>`, 'too-large'],
    ['multi-byte text over the cap in UTF-8 bytes', `<a>${'é'.repeat(MAX_XML_BYTES / 2)}</a>`, 'too-large'],
  ];
  for (const [what, text, code] of refused) {
    it(`refuses ${what} with code ${code}`, () => {
      const error = refusal(text);
      expect(error.code).to.equal(code);
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  it('accepts a document just under the cap', () => {
    const doc = parseXml(`<a>${'x'.repeat(MAX_XML_BYTES - 10)}</a>`);
    expect(doc.documentElement.textContent?.length).to.equal(MAX_XML_BYTES - 10);
  });

  it('collapses white space as xs:token does', () => {
    const doc = parseXml('<a>  Main \n\t Street  </a>');
    expect(tokenText(doc.documentElement)).to.equal('Main Street');
  });
  // Cisco CUCM declares xmlns:cl=" urn:…"; WebKit's parser (libxml2) refuses such a URI as
  // "not a valid URI" where Chromium and Firefox keep it, so the reader trims it first.
  const padded: [string, string][] = [
    ['a leading space', `<a xmlns:cl=" ${NS.caLoc}"><cl:country>US</cl:country></a>`],
    ['a trailing space', `<a xmlns:cl='${NS.caLoc} '><cl:country>US</cl:country></a>`],
    ['a line break around a default namespace', `<a xmlns="\n\t${NS.caLoc}\n"><country>US</country></a>`],
    ['a padded declaration after a value holding ">"', `<a note="x > y" xmlns:cl=" ${NS.caLoc}"><cl:country>US</cl:country></a>`],
  ];
  for (const [what, text] of padded) {
    it(`reads a namespace URI declared with ${what} in every engine`, () => {
      const country = parseXml(text).documentElement.firstElementChild;
      expect(country?.namespaceURI).to.equal(NS.caLoc);
      expect(country?.textContent).to.equal('US');
    });
  }

  it('trims only namespace declarations: text, comments, CDATA and other attributes stay as written', () => {
    const text = ' xmlns:x=" urn:y" ';
    const doc = parseXml(
      `<a xmlns:cl=" urn:z" title='${text}'><!--${text}--><b>${text}</b><c><![CDATA[<d${text}/>]]></c></a>`,
    );
    const root = doc.documentElement;
    expect(root.getAttribute('title')).to.equal(text);
    expect(root.firstChild?.textContent).to.equal(text);
    expect(root.children[0].textContent).to.equal(text);
    expect(root.children[1].textContent).to.equal(`<d${text}/>`);
    expect(root.lookupNamespaceURI('cl')).to.equal('urn:z');
  });
});
