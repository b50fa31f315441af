import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import type { FieldErrorCode } from '@galaxy/contracts';
import type { ZodType } from 'zod';
import { AppError, type FieldError } from './app-error';

interface ZodDtoClass {
  isZodDto?: boolean;
  schema?: ZodType;
}

/**
 * Validates every body, query and route parameter that is typed with a Zod DTO; a failure names each
 * offending field and where it was, and nothing behind the controller runs.
 */
@Injectable()
export class ZodValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const dto = metadata.metatype as ZodDtoClass | undefined;
    if (!dto?.isZodDto || !dto.schema) return value;
    const location = metadata.type === 'custom' ? 'request' : metadata.type;
    if (location === 'body' && (value === undefined || value === null)) {
      throw new AppError('VALIDATION_FAILED', 'A JSON body is required', [
        { location: 'body', field: '', code: 'REQUIRED', message: 'Missing body' },
      ]);
    }
    const result = dto.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    throw new AppError(
      'VALIDATION_FAILED',
      'Some input is not valid; see errors for each field',
      result.error.issues.map((issue) => ({
        location,
        field: fieldPath(issue),
        ...fieldCode(issue as LooseIssue),
        message: issue.message,
      })),
    );
  }
}

function fieldPath(issue: { path: PropertyKey[]; code: string; keys?: string[] }): string {
  const base = issue.path.map(String).join('.');
  // An unknown key is reported at the key itself, so the client can point at it.
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    return issue.keys.map((k) => (base ? `${base}.${k}` : k)).join(',');
  }
  return base;
}

interface LooseIssue {
  code: string;
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  params?: { code?: FieldErrorCode; limit?: number };
}

/** The stable code (and bound) of a Zod issue, which clients translate instead of its English message. */
export function fieldCode(issue: LooseIssue): Pick<FieldError, 'code' | 'limit'> {
  const many = issue.origin === 'array' || issue.origin === 'set';
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'custom':
      return { code: issue.params?.code ?? 'INVALID', ...(issue.params?.limit ? { limit: issue.params.limit } : {}) };
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (text && limit <= 1) return { code: 'REQUIRED' };
      return { code: text ? 'TOO_SHORT' : many ? 'TOO_FEW' : 'TOO_SMALL', limit };
    }
    case 'too_big':
      return { code: text ? 'TOO_LONG' : many ? 'TOO_MANY' : 'TOO_BIG', limit: Number(issue.maximum) };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'INVALID_EMAIL' };
      if (issue.format === 'url') return { code: 'INVALID_URL' };
      return { code: 'INVALID_FORMAT' };
    case 'invalid_type':
      return { code: issue.input === undefined ? 'REQUIRED' : 'INVALID_TYPE' };
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'INVALID_CHOICE' };
    case 'unrecognized_keys':
      return { code: 'UNKNOWN_FIELD' };
    default:
      return { code: 'INVALID' };
  }
}
