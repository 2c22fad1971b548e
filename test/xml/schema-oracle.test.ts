import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Validation = { file: number; ok: boolean; reason: string };

async function oracleExample(path: string): Promise<string> {
  const response = await fetch(`/oracles/examples/${path}`);
  expect(response.ok, path).to.equal(true);
  return response.text();
}

describe('the validate-xml test command', () => {
  it('accepts a valid oracle example and refuses invalid and malformed ones, with a reason', async () => {
    const documents = await Promise.all([
      oracleExample('valid/pidflo-manual-civic-us.xml'),
      oracleExample('invalid/pidflo-civic-out-of-order.xml'),
      oracleExample('invalid/malformed-unescaped-ampersand.xml'),
    ]);
    const [valid, outOfOrder, malformed] = (await executeServerCommand('validate-xml', { documents })) as Validation[];
    expect(valid.ok).to.equal(true);
    expect(outOfOrder.ok).to.equal(false);
    expect(outOfOrder.reason).to.contain('This element is not expected');
    expect(malformed.ok).to.equal(false);
    expect(malformed.reason).to.contain('parser error');
  });
});
