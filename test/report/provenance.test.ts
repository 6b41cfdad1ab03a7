/** Remote URLs into links a reader can follow, with credentials never passed on. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicRepositoryUrl } from '../../server/src/report/provenance';

test('ssh, scp-style and https remotes become https URLs without .git or credentials', () => {
  assert.equal(publicRepositoryUrl('git@github.com:nhs/pds.git'), 'https://github.com/nhs/pds');
  assert.equal(publicRepositoryUrl('ssh://git@github.com/nhs/pds'), 'https://github.com/nhs/pds');
  assert.equal(publicRepositoryUrl('https://user:ghp_secret@github.com/nhs/pds.git'), 'https://github.com/nhs/pds');
  assert.equal(publicRepositoryUrl('https://dev.azure.com/nhs/project/_git/pds'), 'https://dev.azure.com/nhs/project/_git/pds');
  assert.equal(publicRepositoryUrl('https://git.example.nhs.uk:8443/team/repo'), 'https://git.example.nhs.uk:8443/team/repo');
});

test('a local path or file URL is no repository URL', () => {
  assert.equal(publicRepositoryUrl('/work/main'), undefined);
  assert.equal(publicRepositoryUrl('file:///srv/git/pds.git'), undefined);
  assert.equal(publicRepositoryUrl('../pds'), undefined);
});
