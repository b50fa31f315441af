import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { AppError } from './app-error';

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
        { location: 'body', field: '', message: 'Missing body' },
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
