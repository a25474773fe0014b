import { gitHubClient, nextLink } from '../../lib/github/github-client';
import { startFakeGitHub } from './fake-github';

describe('nextLink: the rel="next" target of a Link header', () => {
  test.each([
    [null, undefined],
    ['', undefined],
    [
      '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"',
      'https://api.github.com/x?page=2',
    ],
    [
      '<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next"',
      'https://api.github.com/x?page=3',
    ],
    ['<https://api.github.com/x?page=1>; rel="first"', undefined],
    ['<https://api.github.com/x?a=1,2>; rel="next"', undefined], // a comma inside a URL is not a link list
    ['<https://api.github.com/x?page=2>; rel=next', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=2>; rel="prefetch next"', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=2>; rel="nextish"', undefined],
  ])('%j → %j', (header, next) => expect(nextLink(header)).toBe(next));
});

describe('gitHubClient', () => {
  test('keeps the API root path (GitHub Enterprise Server: /api/v3) ', async () => {
    const github = await startFakeGitHub();
    try {
      github.state.teams.set('acme/it', new Map([['sam', 'active']]));
      const client = gitHubClient({ token: 'test-token', apiUrl: `${github.url}/` });
      expect(await client.find('/orgs/acme/teams/it/memberships/sam')).toEqual({
        url: `${github.url}/orgs/acme/teams/it/memberships/sam`,
        role: 'member',
        state: 'active',
      });
      expect(await client.find('/orgs/acme/teams/it/memberships/lee')).toBeUndefined();
      const prefixed = gitHubClient({ token: 'test-token', apiUrl: `${github.url}/api/v3` });
      expect(await prefixed.find('/orgs/acme/teams/it')).toBeUndefined(); // the double has no /api/v3
      expect(github.state.requests.at(-1)).toBe('/api/v3/orgs/acme/teams/it');
    } finally {
      await github.close();
    }
  });
});
