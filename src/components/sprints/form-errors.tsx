import { ApiError, messageOf } from '@/lib/api-client';

export { FieldError } from '@/components/ui/field';

// What a refused save means for a form: the reason for the whole form, and each field
// the server named, next to that field.

export type FormErrors<Field extends string> = Partial<Record<Field | 'form', string>>;

export function errorsFromFailure<Field extends string>(caught: unknown, fields: readonly Field[]): FormErrors<Field> {
  const errors: FormErrors<Field> = { form: messageOf(caught) } as FormErrors<Field>;
  if (caught instanceof ApiError) {
    for (const issue of caught.issues) {
      const field = issue.path.split('.')[0] as Field;
      if (fields.includes(field)) errors[field] ??= issue.message;
    }
  }
  return errors;
}

