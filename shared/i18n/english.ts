// The shared namespaces in English, the fallback every language loads with.
import { acknowledgementResources } from './acknowledgement-text.ts';
import { cliResources } from './cli.ts';
import { commonResources } from './common.ts';
import { errorResources } from './errors.ts';
import { exportResources } from './exports.ts';
import { flagResources } from './flags.ts';

/** {ns: {en: strings}} for cli, common, flags, errors, exports and acks. */
export const englishSharedResources = {
  ...cliResources,
  ...commonResources,
  ...flagResources,
  ...errorResources,
  ...exportResources,
  ...acknowledgementResources,
};
