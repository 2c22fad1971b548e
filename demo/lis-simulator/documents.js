// @ts-check
/**
 * HELD documents the LIS simulator sends: pure string builders and the civic addresses
 * of each scenario (no Node APIs, so browser tests import the same data).
 */

const HELD_NS = 'urn:ietf:params:xml:ns:geopriv:held';

/** RFC 5139 element order (the schema requires it). */
const CIVIC_ORDER = [
  'country', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'PRM', 'PRD', 'RD', 'STS', 'POD', 'POM',
  'RDSEC', 'RDBR', 'RDSUBBR', 'HNO', 'HNS', 'LMK', 'LOC', 'FLR', 'NAM', 'PC',
  'BLD', 'UNIT', 'ROOM', 'SEAT', 'PLC', 'PCN', 'POBOX', 'ADDCODE',
];

/** @typedef {Record<string, string> & { country: string }} Civic */

/** Headquarters, as the LIS's wiremap knows it. */
export const HQ_CIVIC = /** @type {Civic} */ ({
  country: 'US', A1: 'IL', A3: 'Springfield', PRD: 'N', RD: 'Main', STS: 'St', HNO: '2100',
  FLR: '3', NAM: 'Example Corp Headquarters', PC: '62701',
});

/**
 * Civic text a hostile or buggy LIS might send: markup, entity-looking text, CDATA, and
 * odd white space and Unicode. `expected` is what a reader must give back — literally.
 */
export const MARKUP_CIVIC = {
  xml: {
    NAM: '&lt;img src=x onerror="alert(1)"&gt;',
    A3: '&amp;lt;b&amp;gt;Springfield&amp;lt;/b&amp;gt;',
    LOC: '<![CDATA[<script>alert("x")</script>]]>',
    RD: 'Main&#x9;&#xA;  \u202Eniam\u202C\u200B',
  },
  expected: {
    NAM: '<img src=x onerror="alert(1)">',
    A3: '&lt;b&gt;Springfield&lt;/b&gt;',
    LOC: '<script>alert("x")</script>',
    RD: 'Main \u202Eniam\u202C\u200B',
  },
};

/** @param {string} text */
export function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * A HELD locationResponse with a civic PIDF-LO (and a point, as real LISes send both).
 * @param {Record<string, string>} fields civic fields, already XML text (escape them first)
 * @param {{ lang?: string, method?: string, padding?: string }} [options]
 */
export function civicResponseXml(fields, options = {}) {
  const civic = CIVIC_ORDER.filter((name) => fields[name] !== undefined)
    .map((name) => `<ca:${name}>${fields[name]}</ca:${name}>`)
    .join('');
  const lang = options.lang ? ` xml:lang="${options.lang}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<locationResponse xmlns="${HELD_NS}">
  <presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:device@lis.example.com">
    <tuple id="lisLocation">
      <status>
        <geopriv xmlns="urn:ietf:params:xml:ns:pidf:geopriv10">
          <location-info>
            <ca:civicAddress xmlns:ca="urn:ietf:params:xml:ns:pidf:geopriv10:civicAddr"${lang}>${civic}</ca:civicAddress>
          </location-info>
          <usage-rules/>
          <method>${options.method ?? 'Wiremap'}</method>
        </geopriv>
      </status>${options.padding ?? ''}
      <timestamp>2025-01-01T12:00:00Z</timestamp>
    </tuple>
  </presence>
</locationResponse>`;
}

/** @param {Civic} civic @param {{ lang?: string, method?: string, padding?: string }} [options] */
export function civicResponse(civic, options) {
  /** @type {Record<string, string>} */
  const escaped = {};
  for (const [name, value] of Object.entries(civic)) escaped[name] = escapeXml(value);
  return civicResponseXml(escaped, options);
}

/** A locationResponse with only a geodetic point (no civic address). */
export const GEODETIC_ONLY_RESPONSE = `<?xml version="1.0" encoding="UTF-8"?>
<locationResponse xmlns="${HELD_NS}">
  <presence xmlns="urn:ietf:params:xml:ns:pidf" entity="pres:device@lis.example.com">
    <tuple id="lisLocation">
      <status>
        <geopriv xmlns="urn:ietf:params:xml:ns:pidf:geopriv10">
          <location-info>
            <gml:Point xmlns:gml="http://www.opengis.net/gml" srsName="urn:ogc:def:crs:EPSG::4326">
              <gml:pos>39.7990 -89.6440</gml:pos>
            </gml:Point>
          </location-info>
          <usage-rules/>
          <method>Wiremap</method>
        </geopriv>
      </status>
      <timestamp>2025-01-01T12:00:00Z</timestamp>
    </tuple>
  </presence>
</locationResponse>`;

/** A locationResponse with only a location URI set (location by reference). */
export const URI_SET_ONLY_RESPONSE = `<?xml version="1.0" encoding="UTF-8"?>
<locationResponse xmlns="${HELD_NS}">
  <locationUriSet expires="2030-01-01T13:00:00Z">
    <locationURI>https://lis.example.com:9768/357yc6s64ceyoiuy5ax3o</locationURI>
  </locationUriSet>
</locationResponse>`;

/**
 * A civic address the way older LIS products and Cisco CUCM write it: RFC 4119's civicLoc
 * namespace (declared with a stray leading space, as CUCM does), the street in A6, and
 * usage rules in the geopriv10 namespace with yes/no.
 */
export const RFC4119_CIVIC_RESPONSE = `<?xml version="1.0" encoding="UTF-8"?>
<locationResponse xmlns="${HELD_NS}">
  <presence xmlns="urn:ietf:params:xml:ns:pidf" xmlns:gp="urn:ietf:params:xml:ns:pidf:geopriv10"
      xmlns:cl=" urn:ietf:params:xml:ns:pidf:geopriv10:civicLoc" entity="pres:device@lis.example.com">
    <tuple id="sg89ae">
      <status>
        <gp:geopriv>
          <gp:location-info>
            <cl:civicAddress>
              <cl:country>US</cl:country>
              <cl:A1>New York</cl:A1>
              <cl:A3>New York</cl:A3>
              <cl:A6>Broadway</cl:A6>
              <cl:HNO>123</cl:HNO>
              <cl:LOC>Suite 75</cl:LOC>
              <cl:PC>10027-0401</cl:PC>
            </cl:civicAddress>
          </gp:location-info>
          <gp:usage-rules>
            <gp:retransmission-allowed>yes</gp:retransmission-allowed>
            <gp:retention-expiry>2030-06-23T04:57:29Z</gp:retention-expiry>
          </gp:usage-rules>
          <gp:method>Wiremap</gp:method>
        </gp:geopriv>
      </status>
      <timestamp>2025-01-01T12:00:00Z</timestamp>
    </tuple>
  </presence>
</locationResponse>`;

/** The expected reading of {@link RFC4119_CIVIC_RESPONSE}. */
export const RFC4119_CIVIC = { country: 'US', A1: 'New York', A3: 'New York', A6: 'Broadway', HNO: '123', LOC: 'Suite 75', PC: '10027-0401' };

/** Two presence documents (RFC 5985 allows several): a geodetic one first, the civic one second. */
export const TWO_PRESENCES_RESPONSE = GEODETIC_ONLY_RESPONSE.replace(
  '</locationResponse>',
  `${RFC4119_CIVIC_RESPONSE.split('\n').slice(2, -1).join('\n')}\n</locationResponse>`,
);

/** Every error code RFC 5985 defines. */
export const HELD_ERROR_CODES = [
  'requestError', 'xmlError', 'generalLisError', 'locationUnknown',
  'unsupportedMessage', 'timeout', 'cannotProvideLiType', 'notLocatable',
];

/** @param {string} code @param {string} [message] */
export function heldError(code, message = `Simulated HELD error ${code}`) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<error xmlns="${HELD_NS}" code="${escapeXml(code)}">
  <message xml:lang="en">${escapeXml(message)}</message>
</error>`;
}

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE locationResponse [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
${civicResponseXml({ ...HQ_CIVIC, NAM: '&lol9;' })}`.replace(/<\?xml version="1.0" encoding="UTF-8"\?>\n(?=<locationResponse)/, '');

export const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE locationResponse [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
${civicResponseXml({ ...HQ_CIVIC, NAM: '&xxe;' })}`.replace(/<\?xml version="1.0" encoding="UTF-8"\?>\n(?=<locationResponse)/, '');
