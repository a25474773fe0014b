// diffStack: one stack's CloudFormation changes; a template the same on both sides is no change.
import { awsDiff, diffStack } from '../../lib/review/aws-diff';

const topic = (name: string) => ({
  Resources: { Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: name } } },
});

describe('diffStack', () => {
  test('the same template on both sides (equal, not the same object) is no change', () => {
    expect(diffStack('acme-it', topic('alerts'), topic('alerts'))).toBeUndefined();
    expect(awsDiff({ 'acme-it': topic('alerts') }, { 'acme-it': topic('alerts') })).toEqual([]);
  });

  test('a changed property shows with its impact (a new name replaces a topic)', () => {
    expect(diffStack('acme-it', topic('alerts'), topic('alarms'))?.resources).toEqual([
      { logicalId: 'Topic', type: 'AWS::SNS::Topic', impact: 'replace', properties: ['TopicName'] },
    ]);
  });

  test('a stack only in the head is every resource created', () => {
    expect(diffStack('acme-new', undefined, topic('alerts'))?.resources).toEqual([
      { logicalId: 'Topic', type: 'AWS::SNS::Topic', impact: 'create', properties: [] },
    ]);
  });
});
