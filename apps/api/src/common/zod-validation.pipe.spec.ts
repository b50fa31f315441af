import { SignupInputSchema } from '@galaxy/contracts';
import { createZodDto } from 'nestjs-zod';
import { AppError } from './app-error';
import { ZodValidationPipe } from './zod-validation.pipe';

class SignupDto extends createZodDto(SignupInputSchema) {}

const refusal = (body: unknown): AppError => {
  try {
    new ZodValidationPipe().transform(body, { type: 'body', metatype: SignupDto });
  } catch (error) {
    return error as AppError;
  }
  throw new Error('accepted');
};

describe('ZodValidationPipe field codes', () => {
  it('gives each field error a stable code and, for lengths, the bound', () => {
    const error = refusal({ email: 'nope', password: 'short', name: '', extra: 1 });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'INVALID_EMAIL' }),
        expect.objectContaining({ field: 'password', code: 'PASSWORD_TOO_SHORT', limit: 10 }),
        expect.objectContaining({ field: 'name', code: 'REQUIRED' }),
        expect.objectContaining({ field: 'extra', code: 'UNKNOWN_FIELD' }),
      ]),
    );
  });

  it('says a missing field is required, and a wrong choice is one', () => {
    const error = refusal({ email: 'a@example.org', password: 'long enough password', locale: 'xx' });
    expect(error.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'REQUIRED' }),
        expect.objectContaining({ field: 'locale', code: 'INVALID_CHOICE' }),
      ]),
    );
  });
});
