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
    throw new AppError('VALIDATION_FAILED', 'Choose a less common password', [
      {
        location: 'body',
        field,
        message:
          result.feedback.warning ||
          'This password is too common or too easy to guess; a few unrelated words work well',
      },
    ]);
  }
}
