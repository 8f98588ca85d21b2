import { Command } from 'commander';
import { z } from 'zod';
import { ApiKeyNameModel, formatApiKeyEntry } from '../api/auth/api-keys.js';
import { generateApiKey, hashApiKey, keyProblem } from '../api/auth/key-material.js';
import { ROLES } from '../api/auth/roles.js';
import { CommandUsageError, exitWithUsageCode, parseCommandOptions } from './options-command.js';

export const KeyOptionsModel = z.object({
  role: z.enum(ROLES, { message: `expected ${ROLES.join(' or ')}` }),
  name: ApiKeyNameModel.optional(),
});
export type KeyOptions = z.infer<typeof KeyOptionsModel>;

/**
 * What `keys create` prints: the new key (the only time it is shown), its API_KEYS entry, and
 * what to do with each.
 */
export function formatCreatedKey(key: string, options: KeyOptions): string {
  const entry = formatApiKeyEntry({ ...options, sha256: hashApiKey(key) });
  const holder = options.name === undefined ? 'its holder' : options.name;
  return [
    `key:   ${key}`,
    `entry: ${entry}`,
    '',
    'Keep the key secret: it is shown only this once and the API stores only its hash. Give it to',
    `${holder} privately; whoever has it can call the API as a${options.role === 'editor' ? 'n' : ''} ${options.role}.`,
    'Add the entry to API_KEYS (comma-separated, next to any others) and restart the API.',
    '',
  ].join('\n');
}

/** The key for `keys hash`: the argument, or else standard input (which keeps it out of shell history and `ps`). */
async function keyToHash(argument: string | undefined): Promise<string> {
  if (argument === undefined && process.stdin.isTTY) {
    throw new CommandUsageError('keys hash: give the key as an argument or on standard input (`officials keys hash --role reader < key.txt`)');
  }
  let key = argument;
  if (key === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    key = Buffer.concat(chunks).toString('utf8');
  }
  key = key.trim();
  if (key === '') throw new CommandUsageError('keys hash: no key given: pass it as an argument or on standard input');
  const problem = keyProblem(key);
  // The key is never repeated: it may be real.
  if (problem !== undefined) throw new CommandUsageError(`keys hash: the key is not usable: ${problem}`);
  return key;
}

const roleHelp = `${ROLES.join(' or ')}: a reader can query, an editor can also run mutations`;
const nameHelp = 'who holds the key, as the audit trail names them (letters, digits, . _ @ -)';

/** The `keys` command (`keys create`, `keys hash`), for main.ts to add. Needs no database. */
export function keysCommand(): Command {
  const create = new Command('create')
    .description('make a new random API key: prints it once, with the API_KEYS entry (its hash) that lets it in')
    .requiredOption('--role <role>', roleHelp)
    .option('--name <who>', nameHelp)
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action((options: unknown) => {
      process.stdout.write(formatCreatedKey(generateApiKey(), parseCommandOptions(KeyOptionsModel, options)));
    });
  const hash = new Command('hash')
    .description('print the API_KEYS entry for an existing key')
    .argument('[key]', 'the key; read from standard input when omitted')
    .requiredOption('--role <role>', roleHelp)
    .option('--name <who>', nameHelp)
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .action(async (argument: string | undefined, options: unknown) => {
      const parsed = parseCommandOptions(KeyOptionsModel, options);
      const key = await keyToHash(argument);
      process.stdout.write(`${formatApiKeyEntry({ ...parsed, sha256: hashApiKey(key) })}\n`);
    });
  return new Command('keys')
    .description('API keys (no database): `keys create`, `keys hash`; see README, "API keys"')
    .showHelpAfterError()
    .exitOverride(exitWithUsageCode)
    .addCommand(create)
    .addCommand(hash);
}
