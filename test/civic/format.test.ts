import { expect } from '@open-wc/testing';
import { formatCivicAddress, formatStreetLine } from '../../src/civic/format.js';

describe('formatCivicAddress', () => {
  it('renders a US address on one line in postal order', () => {
    const line = formatCivicAddress({
      country: 'US', A1: 'IL', A3: 'Springfield', PRD: 'N', RD: 'Main', STS: 'St',
      HNO: '123', LOC: 'Apt 4', PC: '62701',
    });
    expect(line).to.equal('123 N Main St, Apt 4, Springfield, IL 62701, US');
  });

  it('joins the house number suffix to the number and skips missing parts', () => {
    expect(formatStreetLine({ country: 'CA', HNO: '4500', HNS: 'B', RD: 'René-Lévesque', STS: 'Boul', POD: 'O' }))
      .to.equal('4500B René-Lévesque Boul O');
    expect(formatCivicAddress({ country: 'GB', A3: 'London' })).to.equal('London, GB');
  });

  it('writes a fractional house number suffix as a separate word', () => {
    expect(formatStreetLine({ country: 'US', HNO: '123', HNS: '1/2', RD: 'Main', STS: 'St' })).to.equal('123 1/2 Main St');
  });
});

describe('formatCivicAddress: every element, in reading order', () => {
  it("reads RFC 4119's A6 as the street when there is no RD (\"123 Broadway\")", () => {
    expect(formatCivicAddress({ country: 'US', A1: 'New York', A3: 'New York', A6: 'Broadway', HNO: '123', LOC: 'Suite 75', PC: '10027-0401' }))
      .to.equal('123 Broadway, Suite 75, New York, New York 10027-0401, US');
  });

  it('keeps A6 as a district when RD names the street', () => {
    expect(formatCivicAddress({ country: 'US', A3: 'Austin', A6: 'Block 12', RD: 'Lamar', HNO: '1100' }))
      .to.equal('1100 Lamar, Block 12, Austin, US');
  });

  const ALL = {
    country: 'US', A1: 'TX', A2: 'Travis', A3: 'Austin', A4: 'Downtown', A5: 'Warehouse District', A6: 'Block 12',
    PRM: 'Old', PRD: 'N', RD: 'Lamar', STS: 'Blvd', POD: 'W', POM: 'Extended', RDSEC: '1', RDBR: 'Cesar Chavez St',
    RDSUBBR: 'Service Alley A', HNO: '1100', HNS: '1/2', LMK: 'Lamar Boulevard Bridge', LOC: 'Suite 500, east wing', FLR: '5',
    NAM: 'Example Corp', PC: '78703', BLD: 'North Tower', UNIT: '500', ROOM: '512', SEAT: 'WS-12', PLC: 'office', PCN: 'Austin',
    POBOX: 'PO Box 1234', ADDCODE: '48453001100',
  };

  it('renders every RFC 5139 element as a person reads it, on one line', () => {
    expect(formatCivicAddress(ALL)).to.equal(
      'Example Corp, Lamar Boulevard Bridge, 1100 1/2 Old N Lamar Blvd W Extended, Section 1, Branch Cesar Chavez St, ' +
      'Sub-branch Service Alley A, North Tower, Floor 5, Unit 500, Room 512, Seat WS-12, Suite 500, east wing, office, ' +
      'PO Box 1234, Block 12, Warehouse District, Downtown, Austin, Travis, TX 78703, US, Address code 48453001100',
    );
  });

  it('renders one group per line with { lines: true }', () => {
    expect(formatCivicAddress(ALL, { lines: true }).split('\n')).to.deep.equal([
      'Example Corp, Lamar Boulevard Bridge',
      '1100 1/2 Old N Lamar Blvd W Extended, Section 1, Branch Cesar Chavez St, Sub-branch Service Alley A',
      'North Tower, Floor 5, Unit 500, Room 512, Seat WS-12, Suite 500, east wing, office',
      'PO Box 1234',
      'Block 12, Warehouse District, Downtown, Austin, Travis, TX 78703',
      'US, Address code 48453001100',
    ]);
  });

  it('shows the postal community name when it differs from the city, and never doubles a label', () => {
    expect(formatCivicAddress({ country: 'US', A3: 'Aurora', PCN: 'North Aurora', FLR: 'Floor 2', BLD: 'B' }))
      .to.equal('Building B, Floor 2, Aurora, North Aurora, US');
  });
});
