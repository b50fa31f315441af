import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../common/app-error';

const strength = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });

/** argon2id with the OWASP minimum: 19 MiB of memory, 2 iterations, 1 lane (the library's defaults, pinned). */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 /* argon2id */ } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);
export const verifyPassword = (stored: string, password: string): Promise<boolean> =>
  verify(stored, password).catch(() => false);

/**
 * Refuses passwords found in common-password lists or guessable from the user's own details.
 * Length is checked by the contract; this is the second half of the rule.
 */
export function assertStrongPassword(password: string, userInputs: string[], field = 'password'): void {
  const result = strength.check(password, userInputs);
  if (result.score < 3) {
    const code = weakness(result.sequence);
    throw new AppError('VALIDATION_FAILED', 'Choose a less common password', [
      { location: 'body', field, code, message: WEAKNESS_MESSAGES[code] },
    ]);
  }
}

// zxcvbn's own feedback is a translation key ("common"); clients translate the code instead.
const WEAKNESS_MESSAGES: Record<'PASSWORD_PERSONAL' | 'PASSWORD_COMMON' | 'PASSWORD_WEAK', string> = {
  PASSWORD_PERSONAL: 'This password is built from your own name or address; a few unrelated words work well',
  PASSWORD_COMMON: 'This password is on lists of common passwords; a few unrelated words work well',
  PASSWORD_WEAK: 'This password is too easy to guess; a few unrelated words work well',
};

/** Why zxcvbn finds a password guessable: a listed common password, the user's own details, or else weak. */
function weakness(sequence: readonly { pattern: string; dictionaryName?: string }[]): keyof typeof WEAKNESS_MESSAGES {
  const from = (name: string) => sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName?.startsWith(name));
  if (from('userInputs')) return 'PASSWORD_PERSONAL';
  // "passwords-common" and the like: lists of passwords people actually use.
  if (from('passwords')) return 'PASSWORD_COMMON';
  return 'PASSWORD_WEAK';
}
