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
