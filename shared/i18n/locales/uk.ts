// This language's shared namespaces, one JSON file each in uk/ (English, the fallback, is in en/).
import cli from './uk/cli.json' with { type: 'json' };
import common from './uk/common.json' with { type: 'json' };
import flags from './uk/flags.json' with { type: 'json' };
import errors from './uk/errors.json' with { type: 'json' };
import exportStrings from './uk/exports.json' with { type: 'json' };
import acks from './uk/acks.json' with { type: 'json' };
import type { Strings as CliStrings } from '../cli.ts';
import type { FlagStrings as FlagsStrings } from '../flags.ts';
import type { ErrorStrings as ErrorsStrings } from '../errors.ts';
import type { Strings as ExportsStrings } from '../exports.ts';

export default {
  cli: cli satisfies CliStrings,
  common,
  flags: flags satisfies FlagsStrings,
  errors: errors satisfies ErrorsStrings,
  exports: exportStrings satisfies ExportsStrings,
  acks,
};
