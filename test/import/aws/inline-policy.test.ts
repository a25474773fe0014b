import { parseInlinePolicy } from '../../../lib/import/aws/inline-policy';

describe('parseInlinePolicy', () => {
  test('a single statement object is a list of one', () => {
    expect(
      parseInlinePolicy(
        '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}}',
      ),
    ).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }],
    });
  });

  test.each([
    ['not json', 'it is not JSON'],
    [
      '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
      'Version: Invalid input: expected "2012-10-17"',
    ],
    ['{"Statement":[]}', 'Statement: Too small: expected array to have >=1 items'],
  ])('%s: %s', (json, why) => expect(parseInlinePolicy(json)).toBe(why));
});
