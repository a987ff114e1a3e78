// Infrastructure: the CDK app entry (`cdk.json` runs it with tsx).
import { App } from 'aws-cdk-lib';
import { bouwApp } from './bouw-app';

bouwApp(new App());
