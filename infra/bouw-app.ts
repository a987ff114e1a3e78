// Infrastructure: the two stacks and the cdk-nag checks, on an App the caller makes (the CLI entry or a test).
import { type App, CrossStackReferences, type Environment, ReferenceStrength, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { omgeving } from './regio';
import { ServiceStack } from './service-stack';
import { StatefulStack } from './stateful-stack';

export interface SchuldhulpApp {
  stateful: StatefulStack;
  service: ServiceStack;
}

export function bouwApp(app: App, env: Environment = omgeving(app)): SchuldhulpApp {
  // Strong (Export/ImportValue), said explicitly: the stateful stack cannot be deleted while the service stack uses it.
  CrossStackReferences.of(app).consume(ReferenceStrength.STRONG);
  const stateful = new StatefulStack(app, 'SchuldhulpFlowStateful', {
    env,
    description: 'schuldhulp-flow: KMS key, case store, event bus, dead-letter queues',
    terminationProtection: true,
  });
  const service = new ServiceStack(app, 'SchuldhulpFlowService', {
    env,
    description: 'schuldhulp-flow: functions, workflows, event rules, HTTP API, sign-in, alarms',
    stateful,
  });
  Tags.of(app).add('app', 'schuldhulp-flow');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, service };
}
