// Composition root for Lambda with every adapter, for a handler that does not name its own (awsBedrading): each is
// still made on first use, but all are in the bundle. The other handlers wire only what they use.
import { awsBedrading } from './aws-bedrading';
import * as poorten from './aws-poorten';

export const awsAfhankelijkheden = awsBedrading(poorten);
