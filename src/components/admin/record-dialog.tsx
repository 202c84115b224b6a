import type { FormEvent, ReactNode } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { FormActions } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/field';

/**
 * The dialog that both creates and edits one kind of admin record (an office, a team):
 * "New office" and "Create office" for a new one, "Edit London" and "Save office" for
 * `record`; `error` is the line for the whole form.
 */
export function RecordDialog({
  noun,
  record,
  testId,
  error,
  isBusy,
  onSubmit,
  onClose,
  children,
}: {
  noun: string;
  record: { name: string } | null;
  testId: string;
  error: string | null | undefined;
  isBusy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog title={record ? `Edit ${record.name}` : `New ${noun}`} onClose={onClose} testId={testId}>
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={error} />
        {children}
        <FormActions submitLabel={record ? `Save ${noun}` : `Create ${noun}`} isBusy={isBusy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
