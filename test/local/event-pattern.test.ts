import { describe, expect, it } from 'vitest';
import { type EventPattern, matchesPattern } from '../../local/event-pattern';

type Golden = {
  name: string;
  event: Record<string, unknown>;
  matching: EventPattern[];
  notMatching: EventPattern[];
};

// ---------------------------------------------------------------------------------------------------------------
// Example events taken from the AWS EventBridge user guide.
// ---------------------------------------------------------------------------------------------------------------

/** "Amazon EventBridge event patterns": the simple EC2 event. */
const ec2TerminatedEvent = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

/** "Amazon EventBridge event patterns" (Field matching) and "Matching null values and empty strings". */
const autoscalingEvent = {
  version: '0',
  id: '3e3c153a-8339-4e30-8c35-687ebef853fe',
  'detail-type': 'EC2 Instance Launch Successful',
  source: 'aws.autoscaling',
  account: '123456789012',
  time: '2015-11-11T21:31:47Z',
  region: 'us-east-1',
  resources: [],
  detail: { eventVersion: '', responseElements: null },
};

/** "Amazon EventBridge event patterns" (Value matching): the truncated Macie Classic alert. */
const macieEvent = {
  version: '0',
  id: '3e355723-fca9-4de3-9fd7-154c289d6b59',
  'detail-type': 'Macie Alert',
  source: 'aws.macie',
  account: '123456789012',
  time: '2017-04-24T22:28:49Z',
  region: 'us-east-1',
  resources: [
    'arn:aws:macie:us-east-1:123456789012:trigger/trigger_id/alert/alert_id',
    'arn:aws:macie:us-east-1:123456789012:trigger/trigger_id',
  ],
  detail: {
    'notification-type': 'ALERT_CREATED',
    name: 'Scanning bucket policies',
    tags: ['Custom_Alert', 'Insider'],
    'risk-score': 80,
    trigger: { 'alert-type': 'basic', risk: 8 },
  },
};

/** "Content filtering in Amazon EventBridge event patterns" (Exists matching): event with a detail.state. */
const ec2PendingEvent = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
};

/** "Content filtering in Amazon EventBridge event patterns" (Exists matching): c-count is not a leaf node. */
const cCountObjectEvent = {
  'detail-type': ['EC2 Instance State-change Notification'],
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-02ebd4584a2ebd341'],
  detail: { 'c-count': { c1: 100 } },
};

/** Complex example pattern from "Content filtering in Amazon EventBridge event patterns". */
const complexPattern: EventPattern = {
  time: [{ prefix: '2017-10-02' }],
  detail: {
    state: [{ 'anything-but': 'initializing' }],
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ 'anything-but': [100, 200, 300] }],
  },
};

const goldenCases: Golden[] = [
  // --- "Amazon EventBridge event patterns" ----------------------------------------------------------------------
  {
    name: 'Amazon EventBridge event patterns: EC2 instance-termination pattern',
    event: ec2TerminatedEvent,
    matching: [
      {
        source: ['aws.ec2'],
        'detail-type': ['EC2 Instance State-change Notification'],
        detail: { state: ['terminated'] },
      },
      { source: ['aws.ec2', 'aws.fargate'] },
    ],
    notMatching: [
      { source: ['aws.ec2'], detail: { state: ['running'] } },
      { source: ['aws.fargate'] },
      // Field names must appear with the same nesting structure.
      { state: ['terminated'] },
      // Exact, case-sensitive matching without normalisation.
      { source: ['AWS.EC2'] },
    ],
  },
  {
    name: 'Amazon EventBridge event patterns: field matching on a null responseElements',
    event: autoscalingEvent,
    matching: [
      {
        source: ['aws.autoscaling'],
        'detail-type': ['EC2 Instance Launch Successful'],
        detail: { responseElements: [null] },
      },
    ],
    notMatching: [{ source: ['aws.autoscaling'], detail: { responseElements: ['null'] } }],
  },
  {
    name: 'Amazon EventBridge event patterns: value matching on Macie risk scores',
    event: macieEvent,
    matching: [
      { source: ['aws.macie'], 'detail-type': ['Macie Alert'], detail: { 'risk-score': [80], trigger: { risk: [8] } } },
    ],
    notMatching: [
      { source: ['aws.macie'], detail: { 'risk-score': [81], trigger: { risk: [8] } } },
      { source: ['aws.macie'], detail: { 'risk-score': ['80'] } },
    ],
  },
  // --- "Matching null values and empty strings in Amazon EventBridge event patterns" ----------------------------
  {
    name: 'Matching null values and empty strings: empty string and null are not interchangeable',
    event: autoscalingEvent,
    matching: [{ detail: { eventVersion: [''] } }, { detail: { responseElements: [null] } }],
    notMatching: [{ detail: { eventVersion: [null] } }, { detail: { responseElements: [''] } }],
  },
  // --- "Arrays in Amazon EventBridge event patterns" ------------------------------------------------------------
  {
    name: 'Arrays in Amazon EventBridge event patterns: intersection of pattern and event arrays',
    event: {
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    },
    matching: [
      {
        resources: [
          'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
          'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
          'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
        ],
      },
    ],
    notMatching: [
      {
        resources: [
          'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
          'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
        ],
      },
    ],
  },
  // --- "Content filtering in Amazon EventBridge event patterns" -------------------------------------------------
  {
    name: 'Content filtering: prefix matching on time',
    event: { time: '2017-10-02T18:43:48Z' },
    matching: [{ time: [{ prefix: '2017-10-02' }] }],
    notMatching: [{ time: [{ prefix: '2017-10-03' }] }, { time: [{ prefix: '2017-10-02T18:43:48Z+' }] }],
  },
  {
    name: 'Content filtering: prefix matching while ignoring case',
    event: { detail: { service: 'EVENTBRIDGE' } },
    matching: [{ detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } }],
    notMatching: [{ detail: { service: [{ prefix: 'EventB' }] } }],
  },
  {
    name: 'Content filtering: suffix matching on FileName',
    event: { FileName: 'image.png' },
    matching: [{ FileName: [{ suffix: '.png' }] }, { FileName: [{ suffix: { 'equals-ignore-case': '.PNG' } }] }],
    notMatching: [{ FileName: [{ suffix: '.jpg' }] }, { FileName: [{ suffix: '.PNG' }] }],
  },
  {
    name: 'Content filtering: suffix matching while ignoring case',
    event: { detail: { FileName: 'IMAGE.PNG' } },
    matching: [{ detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } }],
    notMatching: [{ detail: { FileName: [{ suffix: '.png' }] } }],
  },
  {
    name: 'Content filtering: anything-but with a string, a list of strings and a prefix',
    event: { detail: { state: 'running' } },
    matching: [
      { detail: { state: [{ 'anything-but': 'initializing' }] } },
      { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
      { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    ],
    notMatching: [
      { detail: { state: [{ 'anything-but': 'running' }] } },
      { detail: { state: [{ 'anything-but': ['stopped', 'running'] }] } },
      { detail: { state: [{ 'anything-but': { prefix: 'run' } }] } },
    ],
  },
  {
    name: 'Content filtering: anything-but with a number and a list of numbers',
    event: { detail: { 'x-limit': 123 } },
    matching: [
      { detail: { 'x-limit': [{ 'anything-but': 124 }] } },
      { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } },
    ],
    notMatching: [
      { detail: { 'x-limit': [{ 'anything-but': 123 }] } },
      { detail: { 'x-limit': [{ 'anything-but': [100, 123, 300] }] } },
    ],
  },
  {
    name: 'Comparison operators: anything-but with suffix, equals-ignore-case and wildcard',
    event: { FileName: 'photo.jpg', FilePath: '/usr/local/bin/tool', state: 'INITIALIZING', Region: 'eu-west-1' },
    matching: [
      { FileName: [{ 'anything-but': { suffix: '.png' } }] },
      { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] },
      { state: [{ 'anything-but': { 'equals-ignore-case': 'stopped' } }] },
      { Region: [{ 'anything-but': { prefix: 'us-' } }] },
    ],
    notMatching: [
      { FileName: [{ 'anything-but': { suffix: '.jpg' } }] },
      { FilePath: [{ 'anything-but': { wildcard: '*/bin/*' } }] },
      { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] },
      { state: [{ 'anything-but': { 'equals-ignore-case': ['stopped', 'Initializing'] } }] },
      { Region: [{ 'anything-but': { prefix: 'eu-' } }] },
    ],
  },
  {
    name: 'Comparison operators: equals, equals-ignore-case and empty',
    event: { Name: 'Alice', LastName: '' },
    matching: [{ Name: ['Alice'] }, { Name: [{ 'equals-ignore-case': 'alice' }] }, { LastName: [''] }],
    notMatching: [{ Name: ['alice'] }, { Name: [{ 'equals-ignore-case': 'alic' }] }, { Name: [''] }],
  },
  {
    name: 'Content filtering: numeric matching is true for all fields',
    event: { detail: { 'c-count': 5, 'd-count': 9, 'x-limit': 301.8 } },
    matching: [
      {
        detail: {
          'c-count': [{ numeric: ['>', 0, '<=', 5] }],
          'd-count': [{ numeric: ['<', 10] }],
          'x-limit': [{ numeric: ['=', 3.018e2] }],
        },
      },
      { detail: { 'c-count': [{ numeric: ['>=', 5] }] } },
    ],
    notMatching: [
      { detail: { 'c-count': [{ numeric: ['>', 0, '<', 5] }] } },
      { detail: { 'd-count': [{ numeric: ['<', 9] }] } },
      { detail: { 'x-limit': [{ numeric: ['=', 301] }] } },
    ],
  },
  {
    name: 'Content filtering: numeric matching only applies to JSON numbers',
    event: { detail: { 'c-count': '3' } },
    matching: [{ detail: { 'c-count': ['3'] } }],
    notMatching: [{ detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }],
  },
  {
    name: 'Content filtering: IP address matching with cidr 10.0.0.0/24',
    event: { detail: { sourceIPAddress: '10.0.0.255' } },
    matching: [
      { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
      { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/8' }] } },
    ],
    notMatching: [
      { detail: { sourceIPAddress: [{ cidr: '10.0.1.0/24' }] } },
      { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } },
    ],
  },
  {
    name: 'Content filtering: IP address matching with an IPv6 range',
    event: { detail: { sourceIPAddress: '2001:db8:0:0:0:0:0:1' } },
    matching: [{ detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } }],
    notMatching: [
      { detail: { sourceIPAddress: [{ cidr: '2001:db9::/32' }] } },
      { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    ],
  },
  {
    name: 'Content filtering: exists true matches an event with a detail.state field',
    event: ec2PendingEvent,
    matching: [{ detail: { state: [{ exists: true }] } }],
    notMatching: [{ detail: { state: [{ exists: false }] } }],
  },
  {
    name: 'Content filtering: exists true does NOT match an event without detail.state',
    event: cCountObjectEvent,
    matching: [{ detail: { state: [{ exists: false }] } }],
    notMatching: [{ detail: { state: [{ exists: true }] } }],
  },
  {
    name: 'Content filtering: exists false on c-count matches because c-count is not a leaf node',
    event: { ...cCountObjectEvent, detail: { state: ['initializing', 'running'], 'c-count': { c1: 100 } } },
    matching: [{ detail: { 'c-count': [{ exists: false }] } }],
    notMatching: [{ detail: { 'c-count': [{ exists: true }] } }],
  },
  {
    name: 'Content filtering: exists false on c-count matches an event without it',
    event: {
      'detail-type': ['EC2 Instance State-change Notification'],
      resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-02ebd4584a2ebd341'],
      detail: { state: ['initializing', 'running'] },
    },
    matching: [{ detail: { 'c-count': [{ exists: false }] } }],
    notMatching: [{ detail: { 'c-count': [{ exists: true }] } }],
  },
  {
    name: 'Content filtering: complex example combining prefix, anything-but and numeric',
    event: { time: '2017-10-02T18:43:48Z', detail: { state: 'running', 'c-count': 3, 'd-count': 2, 'x-limit': 150 } },
    matching: [complexPattern],
    notMatching: [
      { ...complexPattern, time: [{ prefix: '2017-10-03' }] },
      { ...complexPattern, detail: { ...(complexPattern.detail as object), 'x-limit': [{ 'anything-but': [150] }] } },
      { ...complexPattern, detail: { ...(complexPattern.detail as object), state: [{ 'anything-but': 'running' }] } },
    ],
  },
  // --- "Comparison operators for use in event patterns in Amazon EventBridge" -----------------------------------
  {
    name: 'Comparison operators: wildcard matching',
    event: { EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/my-bus', FilePath: 'Dir/dir/dir/doc.png' },
    matching: [
      { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
      { FilePath: [{ wildcard: 'Dir/*.png' }] },
      { FilePath: [{ wildcard: '*' }] },
    ],
    notMatching: [
      { EventBusArn: [{ wildcard: 'arn:aws:events:us-west-2:*:event-bus/*' }] },
      { FilePath: [{ wildcard: 'Dir/*.jpg' }] },
      { FilePath: [{ wildcard: 'dir/*.png' }] },
    ],
  },
  {
    name: 'Comparison operators: wildcard escapes \\* and \\\\ are literal characters',
    event: { detail: { star: 'a*b', backslash: 'a\\b' } },
    matching: [{ detail: { star: [{ wildcard: 'a\\*b' }], backslash: [{ wildcard: 'a\\\\b' }] } }],
    notMatching: [{ detail: { star: [{ wildcard: 'x\\*' }] } }, { detail: { backslash: [{ wildcard: 'a\\\\c' }] } }],
  },
  {
    name: 'Comparison operators: $or across fields of detail',
    event: { detail: { 'c-count': 10, 'd-count': 20, 'x-limit': 301.8 } },
    matching: [
      {
        detail: {
          $or: [
            { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
            { 'd-count': [{ numeric: ['<', 10] }] },
            { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
          ],
        },
      },
    ],
    notMatching: [
      {
        detail: {
          $or: [{ 'c-count': [{ numeric: ['>', 0, '<=', 5] }] }, { 'd-count': [{ numeric: ['<', 10] }] }],
        },
      },
    ],
  },
  {
    name: 'Comparison operators: $or at the top level combined with other fields',
    event: { source: 'aws.cloudwatch', namespace: 'AWS/EC2', metrics: { metricName: 'NetworkIn' } },
    matching: [
      {
        source: ['aws.cloudwatch'],
        $or: [{ metrics: { metricName: ['CPUUtilization', 'ReadLatency'] } }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
      },
    ],
    notMatching: [
      {
        source: ['aws.ec2'],
        $or: [{ metrics: { metricName: ['CPUUtilization', 'ReadLatency'] } }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
      },
      {
        source: ['aws.cloudwatch'],
        $or: [{ metrics: { metricName: ['CPUUtilization', 'ReadLatency'] } }, { namespace: ['AWS/RDS'] }],
      },
    ],
  },
];

describe('matchesPattern', () => {
  describe.each(goldenCases)('$name', ({ event, matching, notMatching }) => {
    it.each(matching.map((pattern) => [JSON.stringify(pattern), pattern] as const))('matches %s', (_label, pattern) => {
      // Prepare: pattern and event come from the golden table
      // Act
      const result = matchesPattern(pattern, event);
      // Assess
      expect(result).toBe(true);
    });
    it.each(notMatching.map((pattern) => [JSON.stringify(pattern), pattern] as const))(
      'does not match %s',
      (_label, pattern) => {
        // Prepare: pattern and event come from the golden table
        // Act
        const result = matchesPattern(pattern, event);
        // Assess
        expect(result).toBe(false);
      },
    );
  });

  describe('array semantics', () => {
    it('matches when any element of an event array satisfies a content filter', () => {
      // Prepare
      const event = { detail: { state: ['initializing', 'running'], ports: [22, 8080] } };
      // Act
      const byPrefix = matchesPattern({ detail: { state: [{ prefix: 'run' }] } }, event);
      const byNumeric = matchesPattern({ detail: { ports: [{ numeric: ['>', 1024] }] } }, event);
      const noneMatch = matchesPattern({ detail: { state: [{ prefix: 'stop' }] } }, event);
      // Assess
      expect(byPrefix).toBe(true);
      expect(byNumeric).toBe(true);
      expect(noneMatch).toBe(false);
    });

    it('matches nested patterns against each object of an event array', () => {
      // Prepare
      const event = {
        detail: {
          items: [
            { kind: 'a', size: 1 },
            { kind: 'b', size: 2 },
          ],
        },
      };
      // Act
      const sameElement = matchesPattern({ detail: { items: { kind: ['b'], size: [2] } } }, event);
      const acrossElements = matchesPattern({ detail: { items: { kind: ['a'], size: [2] } } }, event);
      // Assess
      expect(sameElement).toBe(true);
      expect(acrossElements).toBe(false);
    });

    it('treats an empty event array as having no leaf values', () => {
      // Prepare
      const event = { resources: [] };
      // Act / Assess
      expect(matchesPattern({ resources: [{ exists: true }] }, event)).toBe(false);
      expect(matchesPattern({ resources: [{ exists: false }] }, event)).toBe(true);
      expect(matchesPattern({ resources: [{ 'anything-but': 'x' }] }, event)).toBe(false);
    });
  });

  describe('absent fields', () => {
    it.each([
      ['exact', { detail: { missing: ['x'] } }, false],
      ['anything-but', { detail: { missing: [{ 'anything-but': 'x' }] } }, false],
      ['prefix', { detail: { missing: [{ prefix: '' }] } }, false],
      ['exists true', { detail: { missing: [{ exists: true }] } }, false],
      ['exists false', { detail: { missing: [{ exists: false }] } }, true],
      ['exists false under a missing parent', { nothere: { missing: [{ exists: false }] } }, true],
      ['null is not absent', { detail: { missing: [null] } }, false],
    ] as const)('%s on an absent field -> %s', (_name, pattern, expected) => {
      // Prepare
      const event = { detail: { present: 1 } };
      // Act
      const result = matchesPattern(pattern, event);
      // Assess
      expect(result).toBe(expected);
    });
  });

  describe('invalid patterns', () => {
    it.each([
      ['unknown operator', { source: [{ contains: 'x' }] }, /unknown matcher operator "contains"/],
      [
        'unknown anything-but operator',
        { source: [{ 'anything-but': { contains: 'x' } }] },
        /unknown anything-but operator/,
      ],
      ['unknown numeric operator', { n: [{ numeric: ['!=', 1] }] }, /unknown numeric operator/],
      ['leaf that is not an array', { source: 'aws.ec2' }, /must be an array/],
      ['empty array', { source: [] }, /empty arrays are not allowed/],
      ['two operators in one matcher', { source: [{ prefix: 'a', suffix: 'b' }] }, /exactly one operator/],
      ['non-boolean exists', { source: [{ exists: 'yes' }] }, /exists must be true or false/],
      ['invalid cidr', { ip: [{ cidr: '10.0.0.0/33' }] }, /invalid CIDR/],
      ['bad wildcard escape', { f: [{ wildcard: 'a\\b' }] }, /invalid escape/],
      ['$or that is not a list', { $or: { a: ['b'] } }, /\$or must be a non-empty array/],
    ] as const)('throws for %s', (_name, pattern, message) => {
      // Prepare
      const event = { source: 'aws.ec2', n: 1, ip: '10.0.0.1', f: 'ab' };
      // Act
      const act = () => matchesPattern(pattern as EventPattern, event);
      // Assess
      expect(act).toThrow(message);
    });

    it('reports an unknown operator even when the field is absent from the event', () => {
      // Prepare
      const pattern = { detail: { missing: [{ 'starts-with': 'x' }] } };
      // Act
      const act = () => matchesPattern(pattern, {});
      // Assess
      expect(act).toThrow(/Invalid event pattern at "detail\.missing\[0\]": unknown matcher operator "starts-with"/);
    });
  });

  describe('schuldhulp-flow rule patterns', () => {
    const aanmeldingPattern: EventPattern = {
      source: ['nl.schuldhulp.traject'],
      'detail-type': ['aanmelding-ontvangen'],
    };
    const schuldeiserPattern: EventPattern = {
      source: ['nl.schuldhulp.schuldenknooppunt'],
      'detail-type': [{ prefix: 'schuldeiser.' }],
      detail: { metadata: { gemeente: [{ exists: true }] } },
    };

    it('routes an aanmelding-ontvangen event from the traject source', () => {
      // Prepare
      const event = {
        version: '0',
        id: 'f3b1c2d4-0000-4000-8000-000000000001',
        source: 'nl.schuldhulp.traject',
        'detail-type': 'aanmelding-ontvangen',
        detail: { trajectId: 'T-1' },
      };
      // Act
      const result = matchesPattern(aanmeldingPattern, event);
      // Assess
      expect(result).toBe(true);
      expect(matchesPattern(aanmeldingPattern, { ...event, 'detail-type': 'aanmelding-afgewezen' })).toBe(false);
      expect(matchesPattern(aanmeldingPattern, { ...event, source: 'nl.schuldhulp.schuldenknooppunt' })).toBe(false);
    });

    it.each([
      [
        'schuldeiser event with a gemeente',
        'schuldeiser.vordering-ingediend',
        { metadata: { gemeente: '0363' } },
        true,
      ],
      ['gemeente that is null still exists', 'schuldeiser.reactie', { metadata: { gemeente: null } }, true],
      [
        'detail-type without the schuldeiser. prefix',
        'schuldeisers.overzicht',
        { metadata: { gemeente: '0363' } },
        false,
      ],
      ['no gemeente in metadata', 'schuldeiser.reactie', { metadata: { kanaal: 'api' } }, false],
      ['no metadata at all', 'schuldeiser.reactie', {}, false],
      [
        'gemeente as an object is not a leaf',
        'schuldeiser.reactie',
        { metadata: { gemeente: { code: '0363' } } },
        false,
      ],
    ] as const)('%s -> %s', (_name, detailType, detail, expected) => {
      // Prepare
      const event = { source: 'nl.schuldhulp.schuldenknooppunt', 'detail-type': detailType, detail };
      // Act
      const result = matchesPattern(schuldeiserPattern, event);
      // Assess
      expect(result).toBe(expected);
    });
  });
});
